package cn.netlaw.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges one scenario against the result the service gave for its {@code input}, as docs/scenarios.md#judging
 * prescribes. Usable from plain unit tests (the result rendered from the engine's classification) and from HTTP tests
 * (the response body). A rejected request is passed as its problem+json body ({@code "status": 400}) or as
 * {@link #rejected(int)}.
 *
 * <p>docs/scenarios.md#judging: "A scenario whose expected block is {"httpStatus": 400} passes when the request is
 * rejected. Otherwise regime, liability, rule, joint, jointScope must match exactly. Optional expected fields are
 * checked when present ... Every id in expected legalBasis must be in the result (more allowed); no id in
 * forbiddenBasis may be. Catalogue check on every emitted id ..."
 */
public final class ScenarioJudge {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** R(t): the act regime is the Civil Code for acts from 2021-01-01 00:00 (+08:00), else the Tort Liability Law. */
    private static final Instant CIVIL_CODE_IN_FORCE = LocalDate.of(2021, 1, 1).atStartOfDay().toInstant(CHINA);

    private static final List<String> EXACT = List.of("regime", "liability", "rule", "joint", "jointScope");
    private static final List<String> EQUAL_WHEN_EXPECTED =
            List.of("notifierLiability", "safeHarbour", "paidDeletionAgreement", "effectiveKnowledge", "certainty");
    private static final List<String> INSTANTS_WHEN_EXPECTED =
            List.of("expandedFrom", "expandedUntil", "knowledgeFrom", "actBy", "clearlyLateAt");
    private static final List<String> SETS_WHEN_EXPECTED = List.of("dutyBreaches", "specialRegimes");
    private static final Set<String> KNOWN_EXPECTED_FIELDS = Set.of("httpStatus", "regime", "liability", "rule",
            "joint", "jointScope", "notifierLiability", "safeHarbour", "paidDeletionAgreement", "effectiveKnowledge",
            "expandedFrom", "expandedUntil", "knowledgeFrom", "actBy", "clearlyLateAt", "expandedPeriods",
            "liablePeriods", "certainty", "contested", "alternatives", "dutyBreaches", "specialRegimes", "reviewFlags",
            "assumptionCodes", "legalBasis", "forbiddenBasis");

    private ScenarioJudge() {
    }

    /** The stand-in for a rejected request when no problem+json body is at hand (unit tests). */
    public static ObjectNode rejected(int httpStatus) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("httpStatus", httpStatus);
        return node;
    }

    /**
     * @param scenario the scenario as it stands in the file ({@code id}, {@code input}, {@code expected}, ...)
     * @param actual   the result JSON (docs/result.md), or a rejection: a problem+json body or {@link #rejected(int)}
     * @return human-readable mismatches; empty = the scenario passes
     */
    public static List<String> judge(JsonNode scenario, JsonNode actual) {
        JsonNode expected = scenario.path("expected");
        List<String> mismatches = new ArrayList<>();
        expected.fieldNames().forEachRemaining(field -> {
            if (!KNOWN_EXPECTED_FIELDS.contains(field)) {
                mismatches.add("the scenario expects an unknown field '" + field
                        + "' (the judge knows no such check, docs/scenarios.md#judging)");
            }
        });

        Integer actualStatus = rejectionStatus(actual);
        if (expected.has("httpStatus")) {
            int expectedStatus = expected.get("httpStatus").asInt();
            if (actualStatus == null) {
                mismatches.add("expected HTTP " + expectedStatus + " (rejection), but the request was classified: "
                        + "regime " + actual.path("regime").asText("?") + ", liability "
                        + actual.path("liability").asText("?"));
            } else if (actualStatus != expectedStatus) {
                mismatches.add("expected HTTP " + expectedStatus + ", got HTTP " + actualStatus);
            }
            return mismatches;
        }
        if (actualStatus != null) {
            mismatches.add("expected a classification, but the request was rejected with HTTP " + actualStatus + ": "
                    + actual.path("errors"));
            return mismatches;
        }

        for (String field : EXACT) {
            if (!expected.has(field)) {
                mismatches.add("the scenario lacks the mandatory expected field '" + field + "'");
            } else {
                compareEqual(field, expected, actual, mismatches);
            }
        }
        for (String field : EQUAL_WHEN_EXPECTED) {
            if (expected.has(field)) {
                compareEqual(field, expected, actual, mismatches);
            }
        }
        for (String field : INSTANTS_WHEN_EXPECTED) {
            if (expected.has(field)) {
                compareInstant(field, expected.get(field), actual, mismatches);
            }
        }
        if (expected.has("expandedPeriods")) {
            comparePeriods("expandedPeriods", expected.get("expandedPeriods"), actual, mismatches);
        }
        if (expected.has("liablePeriods")) {
            comparePeriods("liablePeriods", expected.get("liablePeriods"), actual, mismatches);
        }
        if (expected.has("contested")) {
            Set<String> want = new TreeSet<>();
            expected.get("contested").forEach(q -> want.add(q.path("question").asText() + "@" + q.path("subject").asText()));
            Set<String> got = new TreeSet<>();
            actual.path("contested").forEach(q -> got.add(q.path("question").asText() + "@" + q.path("subject").asText()));
            if (!want.equals(got)) {
                mismatches.add("contested: expected the pairs " + want + ", got " + got);
            }
        }
        if (expected.has("alternatives")) {
            Set<String> want = new TreeSet<>();
            expected.get("alternatives").forEach(a -> want.add(outcomeKey(a.has("outcome") ? a.get("outcome") : a)));
            Set<String> got = new TreeSet<>();
            actual.path("alternatives").forEach(a -> got.add(outcomeKey(a.path("outcome"))));
            if (!want.equals(got)) {
                mismatches.add("alternatives: expected the outcomes " + want + ", got " + got);
            }
        }
        for (String field : SETS_WHEN_EXPECTED) {
            if (expected.has(field)) {
                compareSets(field, expected.get(field), actual, mismatches);
            }
        }
        if (expected.has("reviewFlags")) {
            requireSubset("reviewFlags", texts(expected.get("reviewFlags")), actual.get("reviewFlags"), mismatches);
        }
        if (expected.has("assumptionCodes")) {
            List<String> codes = new ArrayList<>();
            JsonNode assumptions = actual.get("assumptions");
            if (assumptions != null && assumptions.isArray()) {
                assumptions.forEach(a -> codes.add(a.path("code").asText()));
            }
            Set<String> missing = new TreeSet<>(texts(expected.get("assumptionCodes")));
            missing.removeAll(codes);
            if (assumptions == null || !assumptions.isArray()) {
                mismatches.add("assumptions: the result has no list of assumptions");
            } else if (!missing.isEmpty()) {
                mismatches.add("assumptionCodes: expected " + missing + " among the assumptions, got " + codes);
            }
        }

        Catalogue catalogue = Catalogue.load();
        if (expected.has("legalBasis")) {
            for (String id : texts(expected.get("legalBasis"))) {
                if (catalogue.find(id).isEmpty()) {
                    mismatches.add("the scenario expects '" + id + "', which is not in the catalogue");
                }
            }
            requireSubset("legalBasis", texts(expected.get("legalBasis")), actual.get("legalBasis"), mismatches);
        }
        if (expected.has("forbiddenBasis")) {
            Set<String> present = new TreeSet<>(texts(expected.get("forbiddenBasis")));
            present.retainAll(texts(actual.path("legalBasis")));
            if (!present.isEmpty()) {
                mismatches.add("forbiddenBasis: " + present + " must not be cited, legalBasis is "
                        + texts(actual.path("legalBasis")));
            }
        }
        mismatches.addAll(catalogueCheck(scenario.path("input"), actual, catalogue));
        return mismatches;
    }

    /**
     * docs/scenarios.md#judging catalogue check on every emitted id: it exists; its {@code rightTypes} (if any) include
     * the request's rightType (default OTHER); its {@code regimes} include the result's regime or the act regime R(t)
     * of a
     * {@code receivedAt}, {@code counterNotice.receivedAt} or {@code restoredAt} in the request; and an id with
     * {@code appliesTo: FACTS} was in force (effective_from, 00:00 +08:00) by the latest of {@code stateEnd} and those
     * acts.
     *
     * <p>{@code stateEnd} is not part of the result, so it is approximated from what the result and the request show:
     * the value of the assumption {@code CONDUCT_END_ASSUMED} when it is an instant (the event that last took the
     * content down); else the request's {@code conductEndDate} (a bare date = 24:00 +08:00 of that day); else
     * {@code asOf} (the value of {@code AS_OF_ASSUMED}, or the request's {@code asOf}), which is {@code stateEnd}
     * for a continuing state ({@code ONGOING_AT_AS_OF} or {@code ongoing = true}). A same-day bare {@code asOf} read as
     * a later instant of its day (docs/request.md#dates) is covered because the latest act of the request counts as
     * well.
     *
     * <p>"Before" is read as "not after": an act at 00:00 of the day a statute entered into force is governed by it
     * (R(t) is the Civil Code for t ≥ 2021-01-01 00:00), so its id may be cited for that act.
     */
    public static List<String> catalogueCheck(JsonNode input, JsonNode actual, Catalogue catalogue) {
        List<String> mismatches = new ArrayList<>();
        JsonNode legalBasis = actual.get("legalBasis");
        if (legalBasis == null || !legalBasis.isArray()) {
            mismatches.add("legalBasis: the result has no list of legal-basis ids");
            return mismatches;
        }
        String rightType = input.path("rightType").isTextual() ? input.path("rightType").asText() : "OTHER";
        List<Instant> acts = acts(input);
        Set<String> regimesReached = new LinkedHashSet<>();
        regimesReached.add(actual.path("regime").asText());
        acts.forEach(t -> regimesReached.add(t.isBefore(CIVIL_CODE_IN_FORCE) ? "TORT_LIABILITY_LAW" : "CIVIL_CODE"));
        Instant stateEnd = approximateStateEnd(input, actual);
        Instant latest = stateEnd;
        for (Instant act : acts) {
            if (latest == null || act.isAfter(latest)) {
                latest = act;
            }
        }
        for (String id : texts(legalBasis)) {
            var entry = catalogue.find(id);
            if (entry.isEmpty()) {
                mismatches.add("catalogue: emitted id " + id + " is not in provisions.yaml");
                continue;
            }
            Catalogue.Entry provision = entry.get();
            if (provision.rightTypes() != null && !provision.rightTypes().contains(rightType)) {
                mismatches.add("catalogue: " + id + " is for " + new TreeSet<>(provision.rightTypes())
                        + ", not for the request's right type " + rightType);
            }
            if (provision.regimes().stream().noneMatch(regimesReached::contains)) {
                mismatches.add("catalogue: " + id + " belongs to " + new TreeSet<>(provision.regimes())
                        + ", a regime the case does not reach " + regimesReached);
            }
            if (provision.appliesToFactsOnly() && provision.effectiveFrom() != null && latest != null) {
                Instant inForce = provision.effectiveFrom().atStartOfDay().toInstant(CHINA);
                if (inForce.isAfter(latest)) {
                    mismatches.add("catalogue: " + id + " (FACTS) entered into force on " + provision.effectiveFrom()
                            + ", after the latest of stateEnd (≈ " + render(stateEnd) + ") and the acts of the case ("
                            + render(latest) + ")");
                }
            }
        }
        return mismatches;
    }

    /** See {@link #catalogueCheck}: the end of the infringing state as far as the result and the request show it. */
    static Instant approximateStateEnd(JsonNode input, JsonNode actual) {
        Instant assumedEnd = instantOrNull(assumptionValue(actual, "CONDUCT_END_ASSUMED"));
        if (assumedEnd != null) {
            return assumedEnd;
        }
        JsonNode conductEnd = input.path("conductEndDate");
        if (conductEnd.isTextual()) {
            String text = conductEnd.asText();
            if (isBareDate(text)) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(CHINA);
            }
            Instant end = instantOrNull(text);
            if (end != null) {
                return end;
            }
        }
        Instant asOf = instantOrNull(assumptionValue(actual, "AS_OF_ASSUMED"));
        if (asOf != null) {
            return asOf;
        }
        return input.path("asOf").isTextual() ? instantOrNull(input.path("asOf").asText()) : null;
    }

    private static List<Instant> acts(JsonNode input) {
        List<Instant> acts = new ArrayList<>();
        JsonNode history = input.path("noticeHistory");
        if (history.isArray()) {
            for (JsonNode episode : history) {
                addInstant(acts, episode.path("receivedAt"));
                addInstant(acts, episode.path("restoredAt"));
                addInstant(acts, episode.path("counterNotice").path("receivedAt"));
                addInstant(acts, episode.path("counterNotice").path("forwardedToRightsHolderAt"));
            }
        }
        acts.sort(Comparator.naturalOrder());
        return acts;
    }

    private static void addInstant(List<Instant> acts, JsonNode node) {
        if (node.isTextual()) {
            Instant instant = instantOrNull(node.asText());
            if (instant != null) {
                acts.add(instant);
            }
        }
    }

    private static String assumptionValue(JsonNode actual, String code) {
        for (JsonNode assumption : actual.path("assumptions")) {
            if (code.equals(assumption.path("code").asText())) {
                return assumption.path("value").asText(null);
            }
        }
        return null;
    }

    private static Integer rejectionStatus(JsonNode actual) {
        if (actual == null || actual.isNull() || actual.isMissingNode()) {
            return null;
        }
        if (actual.path("httpStatus").isInt()) {
            return actual.get("httpStatus").asInt();
        }
        if (!actual.has("regime") && actual.path("status").isInt()) {
            return actual.get("status").asInt();
        }
        return null;
    }

    private static void compareEqual(String field, JsonNode expected, JsonNode actual, List<String> mismatches) {
        if (!actual.has(field)) {
            mismatches.add(field + ": expected " + expected.get(field) + ", the result has no such field");
        } else if (!sameValue(expected.get(field), actual.get(field))) {
            mismatches.add(field + ": expected " + expected.get(field) + ", got " + actual.get(field));
        }
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isTextual() || actual.isTextual()) {
            return expected.isTextual() && actual.isTextual() && expected.asText().equals(actual.asText());
        }
        return expected.equals(actual);
    }

    private static void compareInstant(String field, JsonNode expected, JsonNode actual, List<String> mismatches) {
        if (!actual.has(field)) {
            mismatches.add(field + ": expected " + expected + ", the result has no such field");
            return;
        }
        String problem = instantMismatch(expected, actual.get(field));
        if (problem != null) {
            mismatches.add(field + ": " + problem);
        }
    }

    /** Same instant, or both null; {@code null} when they agree. */
    private static String instantMismatch(JsonNode expected, JsonNode actual) {
        boolean expectedNull = expected == null || expected.isNull();
        boolean actualNull = actual == null || actual.isNull();
        if (expectedNull || actualNull) {
            return expectedNull == actualNull ? null : "expected " + expected + ", got " + actual;
        }
        Instant want = instantOrNull(expected.asText());
        Instant got = instantOrNull(actual.asText());
        if (want == null) {
            return "the scenario's value " + expected + " is not a timestamp";
        }
        if (got == null) {
            return "expected " + expected + ", got " + actual + ", which is not a timestamp";
        }
        return want.equals(got) ? null : "expected " + expected + ", got " + actual;
    }

    private static void comparePeriods(String field, JsonNode expected, JsonNode actual, List<String> mismatches) {
        JsonNode periods = actual.get(field);
        if (periods == null || !periods.isArray()) {
            mismatches.add(field + ": expected " + expected + ", the result has no list of periods");
            return;
        }
        if (periods.size() != expected.size()) {
            mismatches.add(field + ": expected " + expected.size() + " period(s) " + expected + ", got "
                    + periods.size() + " " + periods);
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            for (String end : List.of("from", "until")) {
                String problem = instantMismatch(expected.get(i).get(end), periods.get(i).get(end));
                if (problem != null) {
                    mismatches.add(field + "[" + i + "]." + end + ": " + problem);
                }
            }
        }
    }

    /** An alternative's outcome as docs/scenarios.md#judging judges it: regime, liability, rule, joint, jointScope. */
    private static String outcomeKey(JsonNode outcome) {
        return outcome.path("regime").asText() + "/" + outcome.path("liability").asText() + "/"
                + outcome.path("rule").asText() + "/" + outcome.path("joint").asText() + "/"
                + outcome.path("jointScope").asText();
    }

    private static void compareSets(String field, JsonNode expected, JsonNode actual, List<String> mismatches) {
        JsonNode values = actual.get(field);
        if (values == null || !values.isArray()) {
            mismatches.add(field + ": expected " + expected + ", the result has no such list");
            return;
        }
        Set<String> want = new TreeSet<>(texts(expected));
        Set<String> got = new TreeSet<>(texts(values));
        if (!want.equals(got)) {
            mismatches.add(field + ": expected exactly " + want + ", got " + got);
        }
    }

    private static void requireSubset(String field, List<String> expected, JsonNode actual,
                                      List<String> mismatches) {
        if (actual == null || !actual.isArray()) {
            mismatches.add(field + ": expected to contain " + expected + ", the result has no such list");
            return;
        }
        List<String> got = texts(actual);
        Set<String> missing = new TreeSet<>(expected);
        got.forEach(missing::remove);
        if (!missing.isEmpty()) {
            mismatches.add(field + ": missing " + missing + ", got " + got);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private static boolean isBareDate(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    }

    /**
     * A date-time with offset, or a bare date (00:00 +08:00, docs/request.md#dates); {@code null} for anything else.
     */
    static Instant instantOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            if (isBareDate(text)) {
                return LocalDate.parse(text).atStartOfDay().toInstant(CHINA);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String render(Instant instant) {
        return instant == null ? "unknown" : Objects.toString(instant.atOffset(CHINA));
    }
}
