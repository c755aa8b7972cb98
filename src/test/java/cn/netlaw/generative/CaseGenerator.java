package cn.netlaw.generative;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Draws requests in the shape of the reference request (docs/request.md#reference-request) from a seeded {@link
 * Random}: every enum value, every optional field present, absent or null, and timestamps from 2008 to 2030 so that
 * every regime is reached. Most drawn requests are valid; some break an ordering rule of docs/request.md#validation on
 * purpose (the engine must then reject them).
 */
public final class CaseGenerator {

    static final Instant FROM = OffsetDateTime.parse("2008-01-01T00:00:00+08:00").toInstant();
    static final Instant UNTIL = OffsetDateTime.parse("2030-06-30T00:00:00+08:00").toInstant();
    /** The evaluation instant for requests drawn without {@code asOf}: after every drawn timestamp. */
    public static final Instant CLOCK = OffsetDateTime.parse("2031-06-30T12:00:00+08:00").toInstant();

    private static final List<String> ROLES = List.of("ACCESS", "CACHING", "STORAGE", "SEARCH", "LINKING",
            "INFRASTRUCTURE");
    private static final List<String> RIGHTS =
            List.of("COPYRIGHT", "COPYRIGHT_OTHER", "PERSONALITY", "TRADEMARK", "PATENT", "OTHER");
    private static final List<String> KNOWLEDGE = List.of("NOT_ASSESSED", "NONE", "SHOULD_HAVE_KNOWN", "KNEW");
    private static final List<String> CHANNELS = List.of("WRITTEN", "EMAIL", "PLATFORM_FORM", "PHONE", "OTHER");
    private static final List<String> PROVIDER_FLAGS = List.of("participatesInContent", "userUploadProven",
            "altersContent", "selectsRecipients", "selectsTransmittedContent", "exposesToNonDesignatedRecipients",
            "substitutesSource", "substitutionNoUnreasonablePrejudice", "servesAfterOriginRemoval",
            "interferesWithOriginStats", "identifiesAsProvider", "instigates");
    private static final List<String> INDICATORS = List.of("algorithmicRecommendation", "manualEditorialHandling",
            "manualPrePublicationReview", "prominentPlacement", "hotOrWellKnownWork", "infringementObvious",
            "directEconomicBenefit", "priorNoticeSameUserOrInformation", "priorNoticeSameWork",
            "reasonableTechnicalMeasures", "warningLetterBeforeUpload");
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final long HOUR = 3600;

    private final Random random;
    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private Instant latest;

    public CaseGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The next request. */
    public ObjectNode next() {
        latest = null;
        ObjectNode request = json.objectNode();
        long span = UNTIL.getEpochSecond() - FROM.getEpochSecond();
        Instant conduct = FROM.plusSeconds((long) (random.nextDouble() * span) / HOUR * HOUR);
        conduct = LocalDate.ofInstant(conduct, CHINA).atStartOfDay().toInstant(CHINA);
        String role = pick(ROLES);

        ObjectNode provider = request.putObject("provider");
        provider.put("role", role);
        if (chance(0.6)) {
            String k = pick(KNOWLEDGE);
            provider.put("knowledge", k);
            if (k.equals("SHOULD_HAVE_KNOWN") || k.equals("KNEW")) {
                provider.put("knowledgeSince", stamp(conduct.plusSeconds(hours(-48, 3000))));
            }
        }
        for (String flag : PROVIDER_FLAGS) {
            bool(provider, flag, flag.equals("userUploadProven") || flag.equals("identifiesAsProvider") ? 0.9 : 0.08);
        }
        if (provider.path("participatesInContent").asBoolean(false) && chance(0.5)) {
            provider.put("coProvidesWithUser", true);
        }
        if (chance(0.15)) {
            provider.put("selfInitiatedMeasureAt", stamp(conduct.plusSeconds(hours(0, 4000))));
        }
        if (chance(0.1)) {
            provider.put("userWarnedAt", stamp(conduct.plusSeconds(hours(0, 4000))));
        }
        if (chance(0.7)) {
            ObjectNode indicators = provider.putObject("indicators");
            for (String indicator : INDICATORS) {
                bool(indicators, indicator, 0.15);
            }
            if (indicators.path("priorNoticeSameUserOrInformation").asBoolean(false)
                    || indicators.path("priorNoticeSameWork").asBoolean(false) || chance(0.1)) {
                provider.put("indicatorsSince", stamp(conduct.plusSeconds(hours(-24, 3000))));
            }
        }

        String rightType = chance(0.9) ? pick(RIGHTS) : null;
        if (rightType != null) {
            request.put("rightType", rightType);
        }
        boolean ip = rightType != null && !rightType.equals("PERSONALITY") && !rightType.equals("OTHER");
        int episodes = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(random.nextInt(10) == 0 ? 6 : 3);
        ArrayNode history = json.arrayNode();
        Instant base = conduct;
        for (int i = 0; i < episodes; i++) {
            history.add(episode(base, ip));
            base = base.plusSeconds(hours(0, 1500));
        }
        if (episodes > 0 || chance(0.3)) {
            request.set("noticeHistory", history);
        }

        boolean conductGiven = chance(0.75);
        if (conductGiven) {
            request.put("conductDate", chance(0.8) ? LocalDate.ofInstant(conduct, CHINA).toString() : stamp(conduct));
        }
        if (chance(0.3)) {
            Instant end = conduct.plusSeconds(hours(0, 6000));
            request.put("conductEndDate", chance(0.6) ? LocalDate.ofInstant(end, CHINA).toString() : stamp(end));
        } else if (chance(0.1)) {
            request.put("ongoing", chance(0.7));
        }
        if (chance(0.3)) {
            request.put("ecommercePlatform", role.equals("STORAGE") || role.equals("SEARCH") || role.equals("LINKING")
                    ? chance(0.6) : false);
        }
        if (chance(0.12)) {
            request.put("liveContent", true);
            if (chance(0.6)) {
                Instant ended = conduct.plusSeconds(hours(0, 30));
                request.put("liveEndedAt", chance(0.2) ? LocalDate.ofInstant(ended, CHINA).toString() : stamp(ended));
            }
        } else if (chance(0.05)) {
            request.put("liveContent", false);
        }
        bool(request, "contentInfringing", 0.9);
        bool(request, "paidDeletionAgreement", 0.1);
        if (chance(0.8)) {
            Instant after = (latest == null ? conduct : latest).plusSeconds(hours(0, 9000));
            request.put("asOf", stamp(after));
        }
        return request;
    }

    private ObjectNode episode(Instant base, boolean ip) {
        ObjectNode e = json.objectNode();
        Instant received = chance(0.2) ? base.plusSeconds(hours(0, 6)) : base.plusSeconds(hours(-72, 2000));
        e.put("receivedAt", stamp(received));
        if (chance(0.15)) {
            e.put("reappearedAt", stamp(received.minusSeconds(hours(0, 48))));
            bool(e, "reappearedBySameUser", 0.5);
        }
        bool(e, "newGrounds", 0.2);
        if (chance(0.8)) {
            e.put("channel", pick(CHANNELS));
        }
        bool(e, "publishedChannel", 0.4);
        bool(e, "includesIdentity", 0.9);
        bool(e, "includesPreliminaryEvidence", 0.9);
        bool(e, "includesReason", 0.5);
        bool(e, "locatesContent", 0.9);
        if (chance(0.2)) {
            e.put("itemCount", chance(0.3) ? 100 + random.nextInt(400) : 1 + random.nextInt(20));
        }
        if (chance(0.1)) {
            boolean malicious = chance(0.5);
            e.put("malicious", malicious);
            e.put("goodFaithProven", !malicious && chance(0.5));
        }
        if (chance(0.6)) {
            e.put("forwardedAt", stamp(received.plusSeconds(chance(0.2) ? hours(0, 3) : hours(0, 200))));
        }
        Instant measure = null;
        if (chance(0.7)) {
            measure = received.plusSeconds(chance(0.2) ? hours(0, 3) : hours(0, 300));
            e.put("measuresTakenAt", stamp(measure));
            bool(e, "measureEffective", 0.9);
            if (chance(0.3)) {
                e.put("restoredAt", stamp(measure.plusSeconds(hours(0, 1000))));
            }
        }
        if (chance(0.3)) {
            ObjectNode c = e.putObject("counterNotice");
            Instant cr = received.plusSeconds(hours(0, 400));
            c.put("receivedAt", stamp(cr));
            bool(c, "includesIdentity", 0.9);
            bool(c, "includesPreliminaryEvidence", 0.9);
            if (chance(0.7)) {
                c.put("forwardedToRightsHolderAt", stamp(cr.plusSeconds(hours(0, 100))));
            }
            if (chance(0.2)) {
                c.put("rightsHolderComplainedOrSuedAt", stamp(received.plusSeconds(hours(0, 1000))));
            }
            if (ip && chance(0.3)) {
                c.put("excludedDelayWorkingDays", random.nextInt(26));
            }
        }
        return e;
    }

    /** A timestamp: mostly a date-time at +08:00, sometimes in UTC, sometimes a bare date. */
    private String stamp(Instant t) {
        latest = latest == null || t.isAfter(latest) ? t : latest;
        int form = random.nextInt(10);
        if (form == 0) {
            return LocalDate.ofInstant(t, CHINA).toString();
        }
        if (form == 1) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(CHINA));
    }

    private long hours(int min, int max) {
        return (min + random.nextInt(max - min + 1)) * HOUR + (random.nextBoolean() ? 0 : random.nextInt(3600));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Sets a boolean field true with probability p, false, absent or null. */
    private void bool(ObjectNode node, String field, double p) {
        int form = random.nextInt(10);
        if (form < 2) {
            return;
        }
        if (form == 2) {
            node.putNull(field);
            return;
        }
        node.put(field, chance(p));
    }
}
