package cn.netlaw.liability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * Step 0 — validate and normalise (decision-spec §4.2, §4.3, §4.5): fill every default, record it as an assumption,
 * read same-day bare dates, build the up/down timeline and derive {@code stateEnd}. The syntactic checks of §4.5
 * items 1–3 belong to whoever reads the JSON; this class checks items 4–14.
 */
final class Normaliser {

    /** Either a normalised case or the violations of §4.5. */
    record Outcome(NormalCase normalCase, List<Violation> violations) {
    }

    private static final Comparator<NormalCase.Episode> BY_RECEIPT =
            Comparator.comparing(NormalCase.Episode::receivedAt);

    private final List<Violation> violations = new ArrayList<>(0);
    private final Decision decision;

    Normaliser(Decision decision) {
        this.decision = decision;
    }

    Outcome normalise(CaseFacts facts, Instant evaluationInstant) {
        ProviderFacts p = facts.provider();
        Indicators ind = p.indicators() == null ? Indicators.NONE : p.indicators();

        // asOf: the evaluation instant from the injectable clock, at +08:00 (AS_OF_ASSUMED); resolved after the
        // other timestamps because a bare-date asOf may be read as the latest of them (§4.3).
        if (facts.asOf() == null) {
            decision.assume(AssumptionCode.AS_OF_ASSUMED, Instants.render(evaluationInstant));
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

        // §4.5 item 5
        if (isTrue(p.coProvidesWithUser()) && !isTrue(p.participatesInContent())) {
            reject("provider.coProvidesWithUser", "coProvidesWithUser=true requires participatesInContent=true");
        }
        // §4.5 item 6
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
        // §4.5 item 14
        boolean ecommercePlatform = isTrue(facts.ecommercePlatform());
        if (ecommercePlatform && p.role().isConduit()) {
            reject("ecommercePlatform", "ecommercePlatform=true requires a host role (STORAGE, SEARCH, LINKING), not "
                    + p.role());
        }

        Moment conductDateGiven = facts.conductDate();
        Moment conductEndGiven = facts.conductEndDate();
        // §4.5 item 7: conductEndDate before a conductDate the caller supplied (days compared when either is a date)
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

        // Episodes (§4.5 items 4, 8–13), same-day readings (§4.3).
        List<Stamp> supplied = new ArrayList<>();
        addStamp(supplied, new FieldPath(null, "conductDate"), conductDateGiven);
        addStamp(supplied, new FieldPath(null, "conductEndDate"), conductEndGiven);
        addStamp(supplied, new FieldPath(null, "provider.knowledgeSince"), p.knowledgeSince());
        addStamp(supplied, new FieldPath(null, "provider.indicatorsSince"), p.indicatorsSince());
        addStamp(supplied, new FieldPath(null, "provider.selfInitiatedMeasureAt"), p.selfInitiatedMeasureAt());
        addStamp(supplied, new FieldPath(null, "provider.userWarnedAt"), p.userWarnedAt());

        List<NormalCase.Episode> episodes = new ArrayList<>();
        for (int i = 0; i < facts.noticeHistory().size(); i++) {
            episodes.add(episode(i, facts.noticeHistory().get(i), conductDateGiven, rightType, supplied));
        }
        episodes.sort(BY_RECEIPT); // stable

        // asOf against every supplied timestamp (§4.5 item 7; §4.3 for a bare-date asOf).
        Instant asOf = resolveAsOf(facts.asOf(), evaluationInstant, supplied);

        // conductDate default: the day of the earliest of the listed instants, else the asOf day.
        Instant conductDate;
        if (conductDateGiven != null) {
            conductDate = conductDateGiven.instant();
        } else {
            Instant earliest = null;
            for (NoticeEpisode e : facts.noticeHistory()) {
                earliest = Instants.min(earliest, e.receivedAt().instant());
                earliest = Instants.min(earliest, e.reappearedAt() == null ? null : e.reappearedAt().instant());
            }
            earliest = Instants.min(earliest, instant(p.knowledgeSince()));
            earliest = Instants.min(earliest, instant(p.indicatorsSince()));
            earliest = Instants.min(earliest, instant(p.selfInitiatedMeasureAt()));
            earliest = Instants.min(earliest, instant(p.userWarnedAt()));
            earliest = Instants.min(earliest,
                    conductEndGiven == null ? null : Moment.startOfDay(conductEndGiven.day()));
            if (earliest == null) {
                earliest = asOf;
            }
            LocalDate day = Moment.dayOf(earliest);
            conductDate = Moment.startOfDay(day);
            decision.assume(AssumptionCode.CONDUCT_DATE_ASSUMED, day.toString());
        }

        // The timeline (§4.3).
        Timeline timeline = new Timeline();
        timeline.add(conductDate, Timeline.Kind.CONDUCT_START, -1);
        Instant selfInitiated = instant(p.selfInitiatedMeasureAt());
        if (selfInitiated != null) {
            timeline.add(selfInitiated, Timeline.Kind.DOWN, -1);
        }
        for (NormalCase.Episode e : episodes) {
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
        // Assumed re-appearance: a notice received while "down" whose own episode has an effective measure.
        for (NormalCase.Episode e : episodes) {
            Instant t = e.receivedAt();
            if (e.effectiveMeasure() != null && !t.isBefore(conductDate)
                    && (givenEnd == null || t.isBefore(givenEnd)) && !timeline.upAtNotice(t, e.index())) {
                timeline.add(t, Timeline.Kind.REAPPEARANCE, e.index());
                decision.assume(AssumptionCode.REAPPEARANCE_ASSUMED, e.path() + ": " + Instants.render(t));
                decision.flag(ReviewFlag.REAPPEARANCE_NEEDS_REVIEW);
            }
        }

        // stateEnd (§4.3).
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
                decision.assume(AssumptionCode.CONDUCT_END_ASSUMED, Instants.render(down));
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
                isTrue(ind.priorNoticeSameWork()), isTrue(ind.reasonableTechnicalMeasures()));
        NormalCase normalCase = new NormalCase(p.role(), rightType, knowledge, instant(p.knowledgeSince()),
                instant(p.indicatorsSince()), isTrue(p.participatesInContent()), isTrue(p.coProvidesWithUser()),
                !Boolean.FALSE.equals(p.userUploadProven()), isTrue(p.altersContent()), isTrue(p.selectsRecipients()),
                isTrue(p.selectsTransmittedContent()), isTrue(p.exposesToNonDesignatedRecipients()),
                isTrue(p.substitutesSource()), isTrue(p.substitutionNoUnreasonablePrejudice()),
                isTrue(p.servesAfterOriginRemoval()), isTrue(p.interferesWithOriginStats()),
                !Boolean.FALSE.equals(p.identifiesAsProvider()), isTrue(p.instigates()), selfInitiated,
                instant(p.userWarnedAt()), signals, List.copyOf(episodes), conductDate, givenEnd, stateEnd, continuing,
                asOf, ecommercePlatform, contentInfringing, isTrue(facts.paidDeletionAgreement()), timeline);
        return new Outcome(normalCase, List.of());
    }

    private NormalCase.Episode episode(int i, NoticeEpisode e, Moment conductDateGiven, RightType rightType,
            List<Stamp> supplied) {
        String path = "noticeHistory[" + i + "]";
        Instant received = e.receivedAt().instant();
        addStamp(supplied, new FieldPath(path, "receivedAt"), e.receivedAt());

        StringJoiner omitted = new StringJoiner(",");
        if (e.channel() == null) {
            omitted.add("channel");
        }
        if (e.includesIdentity() == null) {
            omitted.add("includesIdentity");
        }
        if (e.includesPreliminaryEvidence() == null) {
            omitted.add("includesPreliminaryEvidence");
        }
        if (e.locatesContent() == null) {
            omitted.add("locatesContent");
        }
        if (omitted.length() > 0) {
            decision.assume(AssumptionCode.NOTICE_CONTENT_ASSUMED, path + ": " + omitted);
        }

        // §4.5 item 8: reappearedAt at or before receivedAt, and not before a conductDate the caller supplied
        Instant reappeared = null;
        if (e.reappearedAt() != null) {
            reappeared = e.reappearedAt().instant();
            if (reappeared.isAfter(received)) {
                reject(new FieldPath(path, "reappearedAt"), "reappearedAt must not be after the notice's receivedAt ("
                        + e.receivedAt() + ")");
            }
            if (conductDateGiven != null) {
                reappeared = atOrAfter(e.reappearedAt(), conductDateGiven.instant(), new FieldPath(path, "reappearedAt"),
                        "conductDate");
            }
            addStamp(supplied, new FieldPath(path, "reappearedAt"), reappeared);
        }
        Instant forwarded = atOrAfter(e.forwardedAt(), received, new FieldPath(path, "forwardedAt"), new FieldPath(path, "receivedAt"));
        addStamp(supplied, new FieldPath(path, "forwardedAt"), forwarded);
        Instant measure = atOrAfter(e.measuresTakenAt(), received, new FieldPath(path, "measuresTakenAt"), new FieldPath(path, "receivedAt"));
        addStamp(supplied, new FieldPath(path, "measuresTakenAt"), measure);
        // §4.5 item 9
        Instant restored = null;
        if (e.restoredAt() != null) {
            if (measure == null) {
                reject(new FieldPath(path, "restoredAt"), "restoredAt requires measuresTakenAt in the same episode");
                restored = e.restoredAt().instant();
            } else {
                restored = atOrAfter(e.restoredAt(), measure, new FieldPath(path, "restoredAt"), new FieldPath(path, "measuresTakenAt"));
            }
            addStamp(supplied, new FieldPath(path, "restoredAt"), restored);
        }
        // §4.5 item 4
        int itemCount = e.itemCount() == null ? 1 : e.itemCount();
        if (itemCount < 1) {
            reject(new FieldPath(path, "itemCount"), "itemCount must be an integer of at least 1");
        }
        // §4.5 item 12
        if (isTrue(e.malicious()) && isTrue(e.goodFaithProven())) {
            reject(new FieldPath(path, "goodFaithProven"), "malicious and goodFaithProven cannot both be true");
        }

        NormalCase.Counter counter = null;
        CounterNotice c = e.counterNotice();
        if (c != null) {
            String cpath = path + ".counterNotice";
            StringJoiner cOmitted = new StringJoiner(",");
            if (c.includesIdentity() == null) {
                cOmitted.add("includesIdentity");
            }
            if (c.includesPreliminaryEvidence() == null) {
                cOmitted.add("includesPreliminaryEvidence");
            }
            if (cOmitted.length() > 0) {
                decision.assume(AssumptionCode.COUNTER_NOTICE_CONTENT_ASSUMED, cpath + ": " + cOmitted);
            }
            // §4.5 items 10, 11
            Instant cReceived = atOrAfter(c.receivedAt(), received, new FieldPath(cpath, "receivedAt"), new FieldPath(path, "receivedAt"));
            addStamp(supplied, new FieldPath(cpath, "receivedAt"), cReceived);
            Instant cForwarded = atOrAfter(c.forwardedToRightsHolderAt(), cReceived,
                    new FieldPath(cpath, "forwardedToRightsHolderAt"), new FieldPath(cpath, "receivedAt"));
            addStamp(supplied, new FieldPath(cpath, "forwardedToRightsHolderAt"), cForwarded);
            Instant complained = atOrAfter(c.rightsHolderComplainedOrSuedAt(), received,
                    new FieldPath(cpath, "rightsHolderComplainedOrSuedAt"), new FieldPath(path, "receivedAt"));
            addStamp(supplied, new FieldPath(cpath, "rightsHolderComplainedOrSuedAt"), complained);
            // §4.5 item 13
            int excluded = c.excludedDelayWorkingDays() == null ? 0 : c.excludedDelayWorkingDays();
            if (excluded < 0) {
                reject(new FieldPath(cpath, "excludedDelayWorkingDays"), "excludedDelayWorkingDays must not be negative");
            } else if (excluded > 0 && !rightType.isIntellectualProperty()) {
                reject(new FieldPath(cpath, "excludedDelayWorkingDays"), "excludedDelayWorkingDays (SPC Reply Art 3) applies only "
                        + "to IP right types (COPYRIGHT, COPYRIGHT_OTHER, TRADEMARK, PATENT), not " + rightType);
            }
            counter = new NormalCase.Counter(cReceived, !Boolean.FALSE.equals(c.includesIdentity()),
                    !Boolean.FALSE.equals(c.includesPreliminaryEvidence()), cForwarded, complained, excluded);
        }
        return new NormalCase.Episode(i, path, received, reappeared, isTrue(e.newGrounds()),
                e.channel() == null ? NoticeChannel.OTHER : e.channel(), isTrue(e.publishedChannel()),
                !Boolean.FALSE.equals(e.includesIdentity()), !Boolean.FALSE.equals(e.includesPreliminaryEvidence()),
                isTrue(e.includesReason()), !Boolean.FALSE.equals(e.locatesContent()), itemCount, isTrue(e.malicious()),
                isTrue(e.goodFaithProven()), forwarded, measure, !Boolean.FALSE.equals(e.measureEffective()), restored,
                counter);
    }

    /**
     * A value that must be at or after a reference instant X (§4.3): a bare date on X's +08:00 day is read as X
     * (assumption {@code SAME_DAY_DATE_READ_AS_REFERENCE}); an earlier value is a violation.
     */
    private Instant atOrAfter(Moment value, Instant reference, FieldPath path, Object referenceName) {
        if (value == null) {
            return null;
        }
        if (reference == null || !value.instant().isBefore(reference)) {
            return value.instant();
        }
        if (value.bareDate() && value.day().equals(Moment.dayOf(reference))) {
            decision.assume(AssumptionCode.SAME_DAY_DATE_READ_AS_REFERENCE, path.toString());
            return reference;
        }
        reject(path.toString(), "must not be before " + referenceName + " (" + Instants.render(reference) + ")");
        return value.instant();
    }

    private Instant resolveAsOf(Moment given, Instant evaluationInstant, List<Stamp> supplied) {
        Stamp latest = null;
        for (Stamp s : supplied) {
            if (latest == null || s.at().isAfter(latest.at())) {
                latest = s;
            }
        }
        if (given == null) {
            if (latest != null && evaluationInstant.isBefore(latest.at())) {
                reject(latest.path().toString(), "is later than the evaluation instant (" + Instants.render(evaluationInstant)
                        + ", the default of asOf): a case is assessed after its facts");
            }
            return evaluationInstant;
        }
        Instant asOf = given.instant();
        if (latest != null && asOf.isBefore(latest.at())) {
            if (given.bareDate() && given.day().equals(Moment.dayOf(latest.at()))) {
                decision.assume(AssumptionCode.SAME_DAY_DATE_READ_AS_REFERENCE, "asOf");
                return latest.at();
            }
            reject("asOf", "asOf must not be earlier than " + latest.path() + " (" + Instants.render(latest.at())
                    + ")");
        }
        return asOf;
    }

    /** A field path joined only when a message or an assumption needs it (most requests never do). */
    private record FieldPath(String base, String field) {
        @Override
        public String toString() {
            return base == null ? field : base + "." + field;
        }
    }

    private record Stamp(FieldPath path, Instant at) {
    }

    private static void addStamp(List<Stamp> stamps, FieldPath path, Moment m) {
        if (m != null) {
            stamps.add(new Stamp(path, m.instant()));
        }
    }

    private static void addStamp(List<Stamp> stamps, FieldPath path, Instant at) {
        if (at != null) {
            stamps.add(new Stamp(path, at));
        }
    }

    private void reject(Object field, String message) {
        violations.add(new Violation(field.toString(), message));
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static Instant instant(Moment m) {
        return m == null ? null : m.instant();
    }
}
