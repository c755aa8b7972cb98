package cn.netlaw.liability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * Step 0 — validate and normalise (docs/request.md: fields, dates, validation): fill every default, record it as an
 * assumption, read same-day bare dates, build the up/down timeline and derive {@code stateEnd}. The syntactic checks of
 * validation rules 1–3 (docs/request.md#validation) belong to whoever reads the JSON; this class checks the others but
 * rule 16 (the request's policy, read with the JSON).
 */
final class Normaliser {

    /** Either a normalised case or the violations of docs/request.md#validation. */
    record Outcome(NormalCase normalCase, List<Violation> violations) {
    }

    private static final Comparator<NormalCase.Episode> BY_RECEIPT =
            Comparator.comparing(NormalCase.Episode::receivedAt);

    private final List<Violation> violations = new ArrayList<>(0);
    private final Decision decision;
    private final List<String> policyOverrides;

    /**
     * @param policyOverrides the values the request {@code policy} gave, as {@code <key path>=<value>} in the order
     *                        of the request's keys: each is recorded as {@code POLICY_OVERRIDE} after {@code asOf}
     */
    Normaliser(Decision decision, List<String> policyOverrides) {
        this.decision = decision;
        this.policyOverrides = policyOverrides;
    }

    Outcome normalise(CaseFacts facts, Instant evaluationInstant) {
        ProviderFacts p = facts.provider();
        Indicators ind = p.indicators() == null ? Indicators.NONE : p.indicators();

        // asOf: the evaluation instant from the injectable clock, at +08:00 (AS_OF_ASSUMED); resolved after the
        // other timestamps because a bare-date asOf may be read as the latest of them (docs/request.md#dates).
        if (facts.asOf() == null) {
            decision.assume(AssumptionCode.AS_OF_ASSUMED, evaluationInstant);
        }
        for (int i = 0; i < policyOverrides.size(); i++) {
            decision.assume(AssumptionCode.POLICY_OVERRIDE, policyOverrides.get(i));
        }
        RightType rightType = facts.rightType();
        if (rightType == null) {
            rightType = RightType.OTHER;
            decision.assume(AssumptionCode.RIGHT_TYPE_ASSUMED, rightType.name());
        }
        boolean contentInfringing = facts.contentInfringing() == null || facts.contentInfringing();
        if (facts.contentInfringing() == null) {
            decision.assume(AssumptionCode.CONTENT_INFRINGING_ASSUMED, "true");
        }
        Knowledge knowledge = p.knowledge() == null ? Knowledge.NOT_ASSESSED : p.knowledge();

        // docs/request.md#rule-5
        if (isTrue(p.coProvidesWithUser()) && !isTrue(p.participatesInContent())) {
            reject("provider.coProvidesWithUser", "coProvidesWithUser=true requires participatesInContent=true");
        }
        // docs/request.md#rule-6
        if (knowledge.isKnowledge() && p.knowledgeSince() == null) {
            reject("provider.knowledgeSince", "knowledgeSince is required when knowledge is " + knowledge);
        }
        if (!knowledge.isKnowledge() && p.knowledgeSince() != null) {
            reject("provider.knowledgeSince",
                    "knowledgeSince is allowed only with knowledge SHOULD_HAVE_KNOWN or KNEW, not " + knowledge);
        }
        if ((isTrue(ind.priorNoticeSameUserOrInformation()) || isTrue(ind.priorNoticeSameWork()))
                && p.indicatorsSince() == null) {
            reject("provider.indicatorsSince", "indicatorsSince (when the repeat appeared) is required when "
                    + "priorNoticeSameUserOrInformation or priorNoticeSameWork is true");
        }
        // docs/request.md#rule-14
        boolean ecommercePlatform = isTrue(facts.ecommercePlatform());
        if (ecommercePlatform && !p.role().isHost()) {
            reject("ecommercePlatform", "ecommercePlatform=true requires a host role (STORAGE, SEARCH, LINKING), not "
                    + p.role());
        }
        // docs/request.md#rule-18
        boolean liveContent = isTrue(facts.liveContent());
        Moment liveEndedGiven = facts.liveEndedAt();
        if (liveEndedGiven != null && !liveContent) {
            reject("liveEndedAt", "liveEndedAt is allowed only with liveContent=true");
        }

        Moment conductDateGiven = facts.conductDate();
        Moment conductEndGiven = facts.conductEndDate();
        // docs/request.md#rule-7: conductEndDate before a conductDate the caller supplied (days compared when either is
        // a date)
        if (conductDateGiven != null && conductEndGiven != null) {
            boolean before = conductDateGiven.bareDate() || conductEndGiven.bareDate()
                    ? conductEndGiven.day().isBefore(conductDateGiven.day())
                    : conductEndGiven.instant().isBefore(conductDateGiven.instant());
            if (before) {
                reject("conductEndDate", "conductEndDate must not be before conductDate (" + conductDateGiven + ")");
            }
        }
        if (Boolean.TRUE.equals(facts.ongoing()) && conductEndGiven != null) {
            reject("ongoing", "ongoing=true contradicts conductEndDate: send one or the other");
        }
        // docs/request.md#rule-18: liveEndedAt not before a supplied conductDate (a bare date: not on an earlier day)
        if (liveEndedGiven != null && conductDateGiven != null) {
            boolean before = liveEndedGiven.bareDate()
                    ? liveEndedGiven.day().isBefore(conductDateGiven.day())
                    : liveEndedGiven.instant().isBefore(conductDateGiven.instant());
            if (before) {
                reject("liveEndedAt", "liveEndedAt must not be before conductDate (" + conductDateGiven + ")");
            }
        }
        // a bare liveEndedAt is 24:00 (+08:00) of its day, like conductEndDate (docs/request.md#dates)
        Instant liveEnded = liveEndedGiven == null ? null : liveEndedGiven.bareDate()
                ? Moment.startOfDay(liveEndedGiven.day().plusDays(1)) : liveEndedGiven.instant();

        // Episodes (validation rules 4, 8–13), same-day readings (docs/request.md#dates).
        Latest supplied = new Latest();
        supplied.stamp(null, "conductDate", conductDateGiven);
        supplied.stamp(null, "conductEndDate", conductEndGiven);
        supplied.stamp(null, "provider.knowledgeSince", p.knowledgeSince());
        supplied.stamp(null, "provider.indicatorsSince", p.indicatorsSince());
        supplied.stamp(null, "provider.selfInitiatedMeasureAt", p.selfInitiatedMeasureAt());
        supplied.stamp(null, "provider.userWarnedAt", p.userWarnedAt());
        supplied.stamp(null, "liveEndedAt", liveEndedGiven);

        List<NoticeEpisode> history = facts.noticeHistory();
        List<NormalCase.Episode> episodes;
        if (history.isEmpty()) {
            episodes = List.of();
        } else {
            NormalCase.Episode[] read = new NormalCase.Episode[history.size()];
            for (int i = 0; i < read.length; i++) {
                read[i] = episode(i, history.get(i), conductDateGiven, rightType, supplied);
            }
            if (read.length > 1) {
                java.util.Arrays.sort(read, BY_RECEIPT); // stable
            }
            episodes = UniqueList.adopt(read);
        }

        // asOf against every supplied timestamp (docs/request.md#rule-7; docs/request.md#dates for a bare-date asOf).
        Instant asOf = resolveAsOf(facts.asOf(), evaluationInstant, supplied);

        // conductDate default: the day of the earliest of the listed instants, else the asOf day.
        Instant conductDate;
        if (conductDateGiven != null) {
            conductDate = conductDateGiven.instant();
        } else {
            Instant earliest = null;
            for (int i = 0; i < history.size(); i++) {
                NoticeEpisode e = history.get(i);
                earliest = Instants.min(earliest, e.receivedAt().instant());
                earliest = Instants.min(earliest, e.reappearedAt() == null ? null : e.reappearedAt().instant());
            }
            earliest = Instants.min(earliest, instant(p.knowledgeSince()));
            earliest = Instants.min(earliest, instant(p.indicatorsSince()));
            earliest = Instants.min(earliest, instant(p.selfInitiatedMeasureAt()));
            earliest = Instants.min(earliest, instant(p.userWarnedAt()));
            earliest = Instants.min(earliest, liveEndedGiven == null ? null : Moment.startOfDay(liveEndedGiven.day()));
            earliest = Instants.min(earliest,
                    conductEndGiven == null ? null : Moment.startOfDay(conductEndGiven.day()));
            if (earliest == null) {
                earliest = asOf;
            }
            LocalDate day = Moment.dayOf(earliest);
            conductDate = Moment.startOfDay(day);
            decision.assume(AssumptionCode.CONDUCT_DATE_ASSUMED, day);
        }

        // The timeline (docs/request.md#timeline).
        Timeline timeline = new Timeline(2 + 2 * episodes.size());
        timeline.add(conductDate, Timeline.Kind.CONDUCT_START, -1);
        Instant selfInitiated = instant(p.selfInitiatedMeasureAt());
        if (selfInitiated != null) {
            timeline.add(selfInitiated, Timeline.Kind.DOWN, -1);
        }
        for (int i = 0; i < episodes.size(); i++) {
            NormalCase.Episode e = episodes.get(i);
            if (e.reappearedAt() != null) {
                timeline.add(e.reappearedAt(), Timeline.Kind.REAPPEARANCE, e.index());
            }
            if (e.effectiveMeasure() != null) {
                timeline.add(e.effectiveMeasure(), Timeline.Kind.DOWN, e.index());
                if (e.restoredAt() != null) {
                    timeline.add(e.restoredAt(), Timeline.Kind.RESTORATION, e.index());
                }
            }
        }
        Instant givenEnd = null;
        if (conductEndGiven != null) {
            // a bare date is the last day of the state, inclusive: 24:00 (+08:00) of that day
            givenEnd = conductEndGiven.bareDate()
                    ? Moment.startOfDay(conductEndGiven.day().plusDays(1))
                    : conductEndGiven.instant();
            timeline.endAt(givenEnd);
        }
        // A prior-notice indicatorsSince is when the repeat appeared: an "up" event (3.0), not before conductDate (then
        // read as conductDate), none at or after a caller-given end; finding the content down, it changes the timeline.
        if ((isTrue(ind.priorNoticeSameUserOrInformation()) || isTrue(ind.priorNoticeSameWork()))
                && p.indicatorsSince() != null) {
            Instant repeat = Instants.max(p.indicatorsSince().instant(), conductDate);
            if (givenEnd == null || repeat.isBefore(givenEnd)) {
                if (!timeline.upAtNotice(repeat, -2)) {
                    decision.flag(ReviewFlag.REAPPEARANCE_NEEDS_REVIEW);
                }
                timeline.add(repeat, Timeline.Kind.INDICATORS, -1);
            }
        }
        // Assumed re-appearance: a notice received while "down" whose own episode has an effective measure.
        for (int i = 0; i < episodes.size(); i++) {
            NormalCase.Episode e = episodes.get(i);
            Instant t = e.receivedAt();
            if (e.effectiveMeasure() != null && !t.isBefore(conductDate)
                    && (givenEnd == null || t.isBefore(givenEnd)) && !timeline.upAtNotice(t, e.index())) {
                timeline.add(t, Timeline.Kind.REAPPEARANCE, e.index());
                decision.assume(AssumptionCode.REAPPEARANCE_ASSUMED, e.path(), t);
                decision.flag(ReviewFlag.REAPPEARANCE_NEEDS_REVIEW);
            }
        }

        // stateEnd (docs/request.md#timeline).
        Instant stateEnd;
        boolean continuing;
        if (Boolean.TRUE.equals(facts.ongoing())) {
            stateEnd = asOf;
            continuing = true;
        } else if (givenEnd != null) {
            stateEnd = givenEnd;
            continuing = false;
        } else {
            Instant down = timeline.lastTakenDown();
            if (down != null) {
                stateEnd = down;
                continuing = false;
                decision.assume(AssumptionCode.CONDUCT_END_ASSUMED, down);
            } else {
                stateEnd = asOf;
                continuing = true;
                if (Boolean.FALSE.equals(facts.ongoing())) {
                    reject("conductEndDate", "conductEndDate is required when ongoing is false and the recorded "
                            + "events do not take the content down");
                } else {
                    decision.assume(AssumptionCode.CONDUCT_END_ASSUMED, "ONGOING_AT_AS_OF");
                }
            }
        }

        if (!violations.isEmpty()) {
            return new Outcome(null, List.copyOf(violations));
        }
        NormalCase.Signals signals = new NormalCase.Signals(
                isTrue(ind.algorithmicRecommendation()), isTrue(ind.manualEditorialHandling()),
                isTrue(ind.manualPrePublicationReview()), isTrue(ind.prominentPlacement()),
                isTrue(ind.hotOrWellKnownWork()), isTrue(ind.infringementObvious()),
                isTrue(ind.directEconomicBenefit()), isTrue(ind.priorNoticeSameUserOrInformation()),
                isTrue(ind.priorNoticeSameWork()), isTrue(ind.reasonableTechnicalMeasures()),
                isTrue(ind.warningLetterBeforeUpload()));
        boolean infrastructure = p.role().isInfrastructure();
        NormalCase normalCase = new NormalCase(p.role(), rightType, knowledge, instant(p.knowledgeSince()),
                p.knowledgeSince() != null && p.knowledgeSince().bareDate(), instant(p.indicatorsSince()), isTrue(p.participatesInContent()), isTrue(p.coProvidesWithUser()),
                // INFRASTRUCTURE: Step 4 uses only trigger 1, the other service facts are ignored
                // (docs/procedure.md#step-4)
                infrastructure || !Boolean.FALSE.equals(p.userUploadProven()),
                !infrastructure && isTrue(p.altersContent()), !infrastructure && isTrue(p.selectsRecipients()),
                !infrastructure && isTrue(p.selectsTransmittedContent()),
                !infrastructure && isTrue(p.exposesToNonDesignatedRecipients()),
                !infrastructure && isTrue(p.substitutesSource()), isTrue(p.substitutionNoUnreasonablePrejudice()),
                !infrastructure && isTrue(p.servesAfterOriginRemoval()),
                !infrastructure && isTrue(p.interferesWithOriginStats()),
                infrastructure || !Boolean.FALSE.equals(p.identifiesAsProvider()), isTrue(p.instigates()), selfInitiated,
                instant(p.userWarnedAt()), signals, episodes, conductDate, givenEnd, stateEnd, continuing,
                givenEnd != null || Boolean.TRUE.equals(facts.ongoing()),
                asOf, ecommercePlatform, liveContent, liveEnded, contentInfringing, isTrue(facts.paidDeletionAgreement()), timeline);
        return new Outcome(normalCase, List.of());
    }

    private NormalCase.Episode episode(int i, NoticeEpisode e, Moment conductDateGiven, RightType rightType,
            Latest supplied) {
        String path = NormalCase.Episode.path(i);
        Instant received = e.receivedAt().instant();
        supplied.stamp(path, "receivedAt", e.receivedAt());

        if (e.includesIdentity() == null || e.includesPreliminaryEvidence() == null || e.locatesContent() == null) {
            StringJoiner omitted = new StringJoiner(",");
            if (e.includesIdentity() == null) {
                omitted.add("includesIdentity");
            }
            if (e.includesPreliminaryEvidence() == null) {
                omitted.add("includesPreliminaryEvidence");
            }
            if (e.locatesContent() == null) {
                omitted.add("locatesContent");
            }
            decision.assume(AssumptionCode.NOTICE_CONTENT_ASSUMED, path, omitted.toString());
        }
        // the channel is form, not content: an omitted channel is OTHER (9.1)
        if (e.channel() == null) {
            decision.assume(AssumptionCode.NOTICE_CHANNEL_ASSUMED, path, "OTHER");
        }
        // docs/request.md#rule-17
        if (isTrue(e.reappearedBySameUser()) && e.reappearedAt() == null) {
            reject(path, "reappearedBySameUser", "reappearedBySameUser=true requires reappearedAt in the same episode");
        }

        // docs/request.md#rule-8: reappearedAt at or before receivedAt, and not before a conductDate the caller
        // supplied
        Instant reappeared = null;
        if (e.reappearedAt() != null) {
            reappeared = e.reappearedAt().instant();
            if (reappeared.isAfter(received)) {
                reject(path, "reappearedAt", "reappearedAt must not be after the notice's receivedAt ("
                        + e.receivedAt() + ")");
            }
            if (conductDateGiven != null) {
                reappeared = atOrAfter(e.reappearedAt(), conductDateGiven.instant(), path, "reappearedAt",
                        null, "conductDate");
            }
            supplied.stamp(path, "reappearedAt", reappeared);
        }
        Instant forwarded = atOrAfter(e.forwardedAt(), received, path, "forwardedAt", path, "receivedAt");
        supplied.stamp(path, "forwardedAt", forwarded);
        Instant measure = atOrAfter(e.measuresTakenAt(), received, path, "measuresTakenAt", path, "receivedAt");
        supplied.stamp(path, "measuresTakenAt", measure);
        // docs/request.md#rule-9
        Instant restored = null;
        if (e.restoredAt() != null) {
            if (measure == null) {
                reject(path, "restoredAt", "restoredAt requires measuresTakenAt in the same episode");
                restored = e.restoredAt().instant();
            } else {
                restored = atOrAfter(e.restoredAt(), measure, path, "restoredAt", path, "measuresTakenAt");
            }
            supplied.stamp(path, "restoredAt", restored);
        }
        // docs/request.md#rule-4
        int itemCount = e.itemCount() == null ? 1 : e.itemCount();
        if (itemCount < 1) {
            reject(path, "itemCount", "itemCount must be an integer of at least 1");
        }
        // docs/request.md#rule-12
        if (isTrue(e.malicious()) && isTrue(e.goodFaithProven())) {
            reject(path, "goodFaithProven", "malicious and goodFaithProven cannot both be true");
        }

        NormalCase.Counter counter = null;
        CounterNotice c = e.counterNotice();
        if (c != null) {
            String cpath = NormalCase.Episode.counterNoticePath(i);
            if (c.includesIdentity() == null || c.includesPreliminaryEvidence() == null) {
                StringJoiner cOmitted = new StringJoiner(",");
                if (c.includesIdentity() == null) {
                    cOmitted.add("includesIdentity");
                }
                if (c.includesPreliminaryEvidence() == null) {
                    cOmitted.add("includesPreliminaryEvidence");
                }
                decision.assume(AssumptionCode.COUNTER_NOTICE_CONTENT_ASSUMED, cpath, cOmitted.toString());
            }
            // docs/request.md#rule-10, #rule-11
            Instant cReceived = atOrAfter(c.receivedAt(), received, cpath, "receivedAt", path, "receivedAt");
            supplied.stamp(cpath, "receivedAt", cReceived);
            Instant cForwarded = atOrAfter(c.forwardedToRightsHolderAt(), cReceived,
                    cpath, "forwardedToRightsHolderAt", cpath, "receivedAt");
            supplied.stamp(cpath, "forwardedToRightsHolderAt", cForwarded);
            Instant complained = atOrAfter(c.rightsHolderComplainedOrSuedAt(), received,
                    cpath, "rightsHolderComplainedOrSuedAt", path, "receivedAt");
            supplied.stamp(cpath, "rightsHolderComplainedOrSuedAt", complained);
            // docs/request.md#rule-13
            int excluded = c.excludedDelayWorkingDays() == null ? 0 : c.excludedDelayWorkingDays();
            if (excluded < 0) {
                reject(cpath, "excludedDelayWorkingDays", "excludedDelayWorkingDays must not be negative");
            } else if (excluded > 0 && !rightType.isIntellectualProperty()) {
                reject(cpath, "excludedDelayWorkingDays", "excludedDelayWorkingDays (SPC Reply Art 3) applies only "
                        + "to IP right types (COPYRIGHT, COPYRIGHT_OTHER, TRADEMARK, PATENT), not " + rightType);
            }
            counter = new NormalCase.Counter(cReceived, !Boolean.FALSE.equals(c.includesIdentity()),
                    !Boolean.FALSE.equals(c.includesPreliminaryEvidence()), cForwarded, complained, excluded);
        }
        return new NormalCase.Episode(i, received, reappeared, isTrue(e.reappearedBySameUser()), isTrue(e.newGrounds()),
                e.channel() == null ? NoticeChannel.OTHER : e.channel(), isTrue(e.publishedChannel()),
                e.includesIdentity(), e.includesPreliminaryEvidence(),
                isTrue(e.includesReason()), e.locatesContent(), itemCount, isTrue(e.malicious()),
                isTrue(e.goodFaithProven()), forwarded, measure, !Boolean.FALSE.equals(e.measureEffective()), restored,
                counter);
    }

    /**
     * A value that must be at or after a reference instant X (docs/request.md#dates): a bare date on X's +08:00 day is
     * read as X (assumption {@code SAME_DAY_DATE_READ_AS_REFERENCE}); an earlier value is a violation. Paths are given
     * as the object's path ({@code null} at the top) and the field's name, joined only for a message.
     */
    private Instant atOrAfter(Moment value, Instant reference, String base, String field, String referenceBase,
            String referenceField) {
        if (value == null) {
            return null;
        }
        if (reference == null || !value.instant().isBefore(reference)) {
            return value.instant();
        }
        if (value.bareDate() && value.day().equals(Moment.dayOf(reference))) {
            decision.assume(AssumptionCode.SAME_DAY_DATE_READ_AS_REFERENCE, path(base, field));
            return reference;
        }
        reject(base, field, "must not be before " + path(referenceBase, referenceField) + " ("
                + Instants.render(reference) + ")");
        return value.instant();
    }

    private Instant resolveAsOf(Moment given, Instant evaluationInstant, Latest latest) {
        if (given == null) {
            if (latest.at != null && evaluationInstant.isBefore(latest.at)) {
                reject(latest.base, latest.field, "is later than the evaluation instant ("
                        + Instants.render(evaluationInstant) + ", the default of asOf): a case is assessed after its facts");
            }
            return evaluationInstant;
        }
        Instant asOf = given.instant();
        if (latest.at != null && asOf.isBefore(latest.at)) {
            if (given.bareDate() && given.day().equals(Moment.dayOf(latest.at))) {
                decision.assume(AssumptionCode.SAME_DAY_DATE_READ_AS_REFERENCE, "asOf");
                return latest.at;
            }
            reject("asOf", "asOf must not be earlier than " + path(latest.base, latest.field) + " ("
                    + Instants.render(latest.at) + ")");
        }
        return asOf;
    }

    private static String path(String base, String field) {
        return base == null ? field : base + "." + field;
    }

    /** The latest of the timestamps the caller supplied, and where it was (the first of equal ones). */
    private static final class Latest {
        Instant at;
        String base;
        String field;

        void stamp(String base, String field, Moment m) {
            if (m != null) {
                stamp(base, field, m.instant());
            }
        }

        void stamp(String base, String field, Instant t) {
            if (t != null && (at == null || t.isAfter(at))) {
                at = t;
                this.base = base;
                this.field = field;
            }
        }
    }

    private void reject(String base, String field, String message) {
        reject(path(base, field), message);
    }

    private void reject(String field, String message) {
        violations.add(new Violation(field, message));
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static Instant instant(Moment m) {
        return m == null ? null : m.instant();
    }
}
