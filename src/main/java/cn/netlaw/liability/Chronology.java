package cn.netlaw.liability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The case in time as the engine read it, for a picture of it (docs/result.md#timeline-picture): the normalised facts
 * of Step 0 (the instants of each notice episode, the conduct and its end, {@code asOf}), the stretches in which the
 * content was up or down (docs/request.md#timeline), and the deadlines the presumptive run computed: the band of each
 * notice's duties, of each knowledge window, of ending a measure after a counter-notice period, of a Regulation Art 17
 * restoration; and each counter-notice period. Nothing here is a finding the classification does not make: it is the
 * material the decision was made on, in the order of time.
 *
 * @param conductDate  the start of the state (Step 0: the earliest instant given when conductDate was absent)
 * @param stateEnd     the end of the state the decision used (conductEndDate, the last "down", or asOf)
 * @param continuing   the state continues at asOf (no known end)
 * @param asOf         the evaluation instant
 * @param knowledgeSince the instant the caller gave for the provider's knowledge, or null
 * @param selfInitiatedMeasureAt the provider's own measure, or null
 * @param userWarnedAt the instant the provider warned its user, or null
 * @param liveEndedAt  the end of a live broadcast, or null
 * @param stretches    the content up or down, in time order, from conductDate to asOf
 * @param notices      the notice episodes in order of receipt
 * @param deadlines    the deadlines of the duties judged, in the order the procedure computed them
 * @param counterNoticePeriods the counter-notice periods computed, in the order of the notices
 */
public record Chronology(
        Instant conductDate,
        Instant stateEnd,
        boolean continuing,
        Instant asOf,
        Instant knowledgeSince,
        Instant selfInitiatedMeasureAt,
        Instant userWarnedAt,
        Instant liveEndedAt,
        List<Stretch> stretches,
        List<Notice> notices,
        List<Deadline> deadlines,
        List<Period> counterNoticePeriods) {

    public Chronology {
        Objects.requireNonNull(conductDate, "conductDate");
        Objects.requireNonNull(asOf, "asOf");
        stretches = List.copyOf(stretches);
        notices = List.copyOf(notices);
        deadlines = List.copyOf(deadlines);
        counterNoticePeriods = List.copyOf(counterNoticePeriods);
    }

    /** A stretch of time in which the content was up (on the service) or down. */
    public record Stretch(Instant from, Instant until, boolean up) {
    }

    /**
     * One notice episode as read (instants at their normalised values; {@code index} is its place in
     * {@code noticeHistory}), and whether 9.1 found it valid under the presumptive readings.
     */
    public record Notice(int index, Instant receivedAt, Instant reappearedAt, Instant forwardedAt,
            Instant measuresTakenAt, boolean measureEffective, Instant restoredAt, boolean valid,
            CounterNoticeDates counterNotice) {
    }

    /** The instants of a counter-notice, or null where not given. */
    public record CounterNoticeDates(Instant receivedAt, Instant forwardedToRightsHolderAt,
            Instant rightsHolderComplainedOrSuedAt) {
    }

    /** The duties whose deadlines the procedure computes (docs/procedure.md#timeliness). */
    public enum Duty {
        /** Acting on a valid notice about content that was up, and forwarding it (9.3, Step 11). */
        NOTICE,
        /** Acting on knowledge: one window per time the content was up while the provider knew (Step 8). */
        KNOWLEDGE,
        /** Ending a measure after a counter-notice period that passed without a complaint or suit (Step 11). */
        MEASURE_TERMINATION,
        /** Restoring copyright content immediately after a valid counter-notice under Regulation Art 17 (Step 11). */
        REG_17_RESTORATION
    }

    /**
     * The deadlines of one duty from {@code start}: handled by {@code prompt} is in time, not handled by {@code late}
     * is late (equal for a duty with a single bound); {@code notice} is the episode's index, or -1.
     */
    public record Deadline(Duty duty, int notice, Instant start, Instant prompt, Instant late) {
        public Deadline {
            Objects.requireNonNull(duty, "duty");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(late, "late");
        }
    }

    /** A counter-notice period of the notice {@code notice}: from the declaration's arrival to its end. */
    public record Period(int notice, Instant from, Instant until) {
    }

    /** Dates of the law in force that the picture marks when they fall inside the case. */
    public enum LawDate {
        TORT_LIABILITY_LAW(Instants.TORT_LIABILITY_LAW_IN_FORCE),
        SPC_NETWORK_DISSEMINATION_RULES(Instants.SPC_NDR_IN_FORCE),
        SPC_PERSONALITY_RULES_2014(Instants.SPC_PR_2014_IN_FORCE),
        GENERAL_PROVISIONS(Instants.GENERAL_PROVISIONS_IN_FORCE),
        E_COMMERCE_LAW(Instants.E_COMMERCE_LAW_IN_FORCE),
        SPC_REPLY_2020(Instants.SPC_REPLY_IN_FORCE),
        /** The regime boundary: the Civil Code replaces the Tort Liability Law. */
        CIVIL_CODE(Instants.CIVIL_CODE_IN_FORCE);

        private final Instant at;

        LawDate(Instant at) {
            this.at = at;
        }

        public Instant at() {
            return at;
        }
    }

    /** The run's material in time: its notice findings and the deadlines and periods it recorded. */
    static Chronology of(NormalCase c, Decision d) {
        List<Notice> notices = new ArrayList<>(c.episodes().size());
        List<Deadline> deadlines = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        List<NoticeFindings.Finding> findings = d.noticeFindings == null ? List.of() : d.noticeFindings.all();
        for (NormalCase.Episode e : c.episodes()) {
            NoticeFindings.Finding f = null;
            for (NoticeFindings.Finding candidate : findings) {
                if (candidate.episode().index() == e.index()) {
                    f = candidate;
                }
            }
            NormalCase.Counter counter = e.counter();
            notices.add(new Notice(e.index(), e.receivedAt(), e.reappearedAt(), e.forwardedAt(), e.measuresTakenAt(),
                    e.measureEffective(), e.restoredAt(), f != null && f.valid(),
                    counter == null ? null : new CounterNoticeDates(counter.receivedAt(),
                            counter.forwardedToRightsHolderAt(), counter.rightsHolderComplainedOrSuedAt())));
            if (f != null && f.valid() && !f.skipped() && f.deadlines() != null) {
                Bands.Deadlines band = f.deadlines();
                deadlines.add(new Deadline(Duty.NOTICE, e.index(), band.start(), band.prompt(), band.late()));
            }
            if (f != null && f.restoration() != null && f.restoration().period() != null && counter != null
                    && counter.forwardedToRightsHolderAt() != null) {
                periods.add(new Period(e.index(), counter.forwardedToRightsHolderAt(),
                        f.restoration().period().end()));
            }
        }
        deadlines.addAll(d.deadlines);
        for (Period p : d.counterNoticePeriods) {
            if (!periods.contains(p)) {
                periods.add(p);
            }
        }
        periods.sort(java.util.Comparator.comparingInt(Period::notice));
        return new Chronology(c.conductDate(), c.stateEnd(), c.continuing(), c.asOf(), c.knowledgeSince(),
                c.selfInitiatedMeasureAt(), c.userWarnedAt(), c.liveEndedAt(), stretches(c), notices, deadlines,
                periods);
    }

    /**
     * The up and down stretches from conductDate to asOf: the state between two consecutive events is the state at
     * the earlier one (every event at or before it, docs/request.md#timeline).
     */
    private static List<Stretch> stretches(NormalCase c) {
        TreeSet<Instant> turns = new TreeSet<>();
        turns.add(c.conductDate());
        for (NormalCase.Episode e : c.episodes()) {
            add(turns, e.reappearedAt());
            add(turns, e.effectiveMeasure());
            add(turns, e.restoredAt());
        }
        add(turns, c.selfInitiatedMeasureAt());
        add(turns, c.indicatorsSince());
        add(turns, c.timeline().givenEnd());
        Instant end = c.asOf();
        List<Stretch> out = new ArrayList<>();
        List<Instant> instants = new ArrayList<>(turns.subSet(c.conductDate(), true, end, false));
        for (int i = 0; i < instants.size(); i++) {
            Instant from = instants.get(i);
            Instant until = i + 1 < instants.size() ? instants.get(i + 1) : end;
            boolean up = c.timeline().upAt(from);
            if (!out.isEmpty() && out.get(out.size() - 1).up() == up) {
                Stretch last = out.remove(out.size() - 1);
                out.add(new Stretch(last.from(), until, up));
            } else {
                out.add(new Stretch(from, until, up));
            }
        }
        return out;
    }

    private static void add(TreeSet<Instant> turns, Instant instant) {
        if (instant != null) {
            turns.add(instant);
        }
    }
}
