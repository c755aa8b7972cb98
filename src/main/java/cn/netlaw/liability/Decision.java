package cn.netlaw.liability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings of one run of the procedure, collected step by step; {@link #classification()} freezes them into the
 * result. Lists keep the order of addition without duplicates (docs/result.md).
 */
final class Decision {
    Regime regime = Regime.OUT_OF_SCOPE;
    final UniqueList<SpecialRegime> specialRegimes;
    Liability liability;
    Rule rule;
    boolean joint;
    JointScope jointScope = JointScope.NONE;
    List<LiablePeriod> expandedPeriods = List.of();
    List<LiablePeriod> liablePeriods = List.of();
    Instant knowledgeFrom;
    Knowledge effectiveKnowledge = Knowledge.NOT_ASSESSED;
    SafeHarbourStatus safeHarbour = SafeHarbourStatus.NOT_APPLICABLE;
    NotifierLiability notifierLiability = NotifierLiability.NOT_APPLICABLE;
    /** One per notice (so never a duplicate), in the order of the notices. */
    final UniqueList<NoticeNotifierLiability> notifierLiabilityByNotice;
    PaidDeletionStatus paidDeletionAgreement = PaidDeletionStatus.NOT_APPLICABLE;
    final UniqueList<DutyBreach> dutyBreaches;
    /**
     * Duties not yet performed whose late deadline has not passed at {@code asOf} (docs/procedure.md#pending-duties),
     * in order of recording.
     */
    final List<PendingDuty> pendingDuties;
    final UniqueList<Provision> legalBasis;
    final UniqueList<Reason> reasons;
    final UniqueList<ReviewFlag> reviewFlags;
    final UniqueList<Assumption> assumptions;
    /** The deadlines and counter-notice periods this run computed ({@link Chronology}). */
    final List<Chronology.Deadline> deadlines;
    final List<Chronology.Period> counterNoticePeriods;

    /** Whether the findings are recorded for an explanation (the reasons and the citations always are). */
    private final boolean explaining;
    /** The readings of the contested questions this run takes. */
    final Readings readings;
    /** The questions raised in this run, in the order raised (Step 12). */
    final java.util.LinkedHashMap<RaisedKey, ContestedPoint> raised;

    /** A question met for a subject: the identity of a raised question. */
    record RaisedKey(ContestedQuestion question, String subject) {
    }
    /** Episodes with content not stated, read INVALID under the presumptive reading (9.1, inline use). */
    final List<String> contentNotShown;
    /** {@code asOf}: a judicial interpretation not in force then is not cited (docs/procedure.md#interpretations). */
    Instant asOf;
    /** Whether an id of a judicial interpretation not in force at {@code asOf} was withheld. */
    boolean interpretationWithheld;
    /**
     * What this run found in the notice history (null where it returned before reading it): the presumptive run's
     * findings are where Step 12's re-runs start from, and what {@link Chronology} draws.
     */
    NoticeFindings noticeFindings;
    /** The presumptive run's findings, where a re-run of Step 12 starts from (null: none). */
    NoticeFindings base;
    /**
     * The knowledge finding of Step 6 when the knowledge rule (Step 8) then found no liability (null otherwise, or
     * before): a re-run of Step 12 whose readings leave Steps 6–8 as they were starts from it at Step 9.
     */
    KnowledgeFinding.Finding knowledgeWithoutLiability;

    /**
     * A run made only for its outcome (Step 12's re-runs): nothing but the outcome fields is recorded, and the
     * steps after the outcome is fixed (Step 11, Finally) are not run.
     */
    final boolean outcomeOnly;
    /**
     * Whether this run records its findings (reasons, citations, flags, assumptions, raised questions, deadlines):
     * not in a run for the outcome, nor in a run made for its pending duties alone ({@link #forDuties}).
     */
    final boolean recording;

    Decision(boolean explaining, Readings readings) {
        this(explaining, readings, false);
    }

    Decision(boolean explaining, Readings readings, boolean outcomeOnly) {
        this(explaining, readings, outcomeOnly, !outcomeOnly);
    }

    private Decision(boolean explaining, Readings readings, boolean outcomeOnly, boolean recording) {
        this.outcomeOnly = outcomeOnly;
        this.recording = recording;
        this.explaining = explaining && recording;
        // a run for the outcome records none of these (every writer of them returns first in such a run, or belongs to
        // a step such a run does not make: Steps 1-5 and 11)
        this.specialRegimes = outcomeOnly ? null : new UniqueList<>();
        this.notifierLiabilityByNotice = outcomeOnly ? null : new UniqueList<>();
        this.pendingDuties = outcomeOnly ? List.of() : new ArrayList<>(0);
        this.deadlines = outcomeOnly ? List.of() : new ArrayList<>(0);
        this.counterNoticePeriods = outcomeOnly ? List.of() : new ArrayList<>(0);
        this.raised = outcomeOnly ? null : new java.util.LinkedHashMap<>(2);
        this.contentNotShown = outcomeOnly ? List.of() : new ArrayList<>(0);
        this.dutyBreaches = outcomeOnly ? null : new UniqueList<>();
        this.legalBasis = outcomeOnly ? null : new UniqueList<>();
        this.reasons = outcomeOnly ? null : new UniqueList<>();
        this.reviewFlags = outcomeOnly ? null : new UniqueList<>();
        this.assumptions = outcomeOnly ? null : new UniqueList<>();
        this.readings = readings;
        this.explanation = explaining ? new ArrayList<>() : List.of();
        this.pendingIds = explaining ? new UniqueList<>() : null;
    }

    Decision(boolean explaining) {
        this(explaining, Readings.PRESUMPTIVE);
    }

    /**
     * A run of every step (Step 11 included) that records nothing but its pending duties: Step 12's run that reads
     * the notices with content not stated as valid, for the headline's {@code actBy} (9.1, inline use).
     */
    static Decision forDuties(Readings readings) {
        return new Decision(false, readings, false, false);
    }

    Decision() {
        this(true);
    }

    /** A duty not performed whose late deadline {@code dL} has not passed; {@code source} is its episode or -1. */
    record PendingDuty(Instant prompt, Instant late, int source) {
    }

    /**
     * A contested question met for a subject: records it (the first time) and returns the reading this run takes.
     * {@code facts} are name/value pairs for the detail text.
     */
    Reading raise(ContestedQuestion question, String subject, Reading presumptive, Object... facts) {
        if (!recording) {
            return readings.of(question, subject, presumptive);
        }
        RaisedKey key = new RaisedKey(question, subject);
        if (!raised.containsKey(key)) {
            raised.put(key, new ContestedPoint(question, subject, presumptive, question.flip(presumptive),
                    Facts.of(facts)));
        }
        return readings.of(question, subject, presumptive);
    }

    /** The findings in the order the procedure made them, with the ids cited for each (only when explaining). */
    private final List<Entry> explanation;
    private final UniqueList<Provision> pendingIds;
    private Step step = Step.NORMALISATION;

    private record Entry(Step step, Reason reason, Map<String, Object> values, UniqueList<Provision> ids) {
    }

    /** A finding's identity: the same reason with the same facts is one finding (its ids merged). */
    private record Finding(Reason reason, Map<String, Object> values) {
    }

    /**
     * The explanation's entries by their identity, once it holds more than {@value UniqueList#INDEXED_FROM} (a case
     * of many notices), so that recording n findings stays linear in n; null before.
     */
    private Map<Finding, Entry> findings;

    /** The procedure enters a step: ids cited from now on belong to this step's findings. */
    void at(Step step) {
        this.step = step;
        if (explaining) {
            pendingIds.clear();
        }
    }

    /**
     * Cites provisions for the current step: they join the step's latest finding, or, when the step has made none
     * yet, its next one.
     */
    void cite(Provision provision) {
        if (!recording) {
            return;
        }
        if (asOf != null && !provision.inForceForPendingCasesAt(asOf)) {
            interpretationWithheld = true;
            return;
        }
        legalBasis.add(provision);
        if (explaining) {
            Entry last = explanation.isEmpty() ? null : explanation.get(explanation.size() - 1);
            if (last != null && last.step() == step) {
                last.ids().add(provision);
            } else {
                pendingIds.add(provision);
            }
        }
    }

    void cite(Provision first, Provision second) {
        cite(first);
        cite(second);
    }

    void cite(Provision... provisions) {
        for (Provision p : provisions) {
            cite(p);
        }
    }

    /**
     * Names provisions for the latest finding without citing them yet: the procedure cites them later on every path
     * that reaches this point (the collected notice ids of Step 9).
     */
    void refer(java.util.Collection<Provision> provisions) {
        for (Provision p : provisions) {
            refer(p);
        }
    }

    /** Names a provision for the latest finding; a judicial interpretation not in force at asOf is never named. */
    void refer(Provision provision) {
        if (explaining && !explanation.isEmpty() && (asOf == null || provision.inForceForPendingCasesAt(asOf))) {
            explanation.get(explanation.size() - 1).ids().add(provision);
        }
    }

    void refer(Provision first, Provision second) {
        refer(first);
        refer(second);
    }

    /** Names, for the latest finding, the given provision if the result already cites it. */
    void referIfCited(Provision provision) {
        if (explaining && legalBasis.contains(provision)) {
            refer(provision);
        }
    }

    /** Names, for the latest finding, those of the given provisions that the result already cites. */
    void referIfCited(Provision... provisions) {
        for (Provision p : provisions) {
            referIfCited(p);
        }
    }

    /*
     * A finding of the current step, with the facts it rests on as name/value pairs (a null value is left out). One
     * method per number of pairs, so that a decision made without its explanation builds no array of values.
     */

    void because(Reason reason) {
        if (!recording) {
            return;
        }
        reasons.add(reason);
        if (explaining) {
            record(reason);
        }
    }

    void because(Reason reason, String n1, Object v1) {
        if (!recording) {
            return;
        }
        reasons.add(reason);
        if (explaining) {
            record(reason, n1, v1);
        }
    }

    void because(Reason reason, String n1, Object v1, String n2, Object v2) {
        if (!recording) {
            return;
        }
        reasons.add(reason);
        if (explaining) {
            record(reason, n1, v1, n2, v2);
        }
    }

    void because(Reason reason, String n1, Object v1, String n2, Object v2, String n3, Object v3) {
        if (!recording) {
            return;
        }
        reasons.add(reason);
        if (explaining) {
            record(reason, n1, v1, n2, v2, n3, v3);
        }
    }

    void because(Reason reason, String n1, Object v1, String n2, Object v2, String n3, Object v3, String n4,
            Object v4) {
        if (!recording) {
            return;
        }
        reasons.add(reason);
        if (explaining) {
            record(reason, n1, v1, n2, v2, n3, v3, n4, v4);
        }
    }

    void because(Reason reason, String n1, Object v1, String n2, Object v2, String n3, Object v3, String n4,
            Object v4, String n5, Object v5) {
        if (!recording) {
            return;
        }
        reasons.add(reason);
        if (explaining) {
            record(reason, n1, v1, n2, v2, n3, v3, n4, v4, n5, v5);
        }
    }

    void because(Reason reason, String n1, Object v1, String n2, Object v2, String n3, Object v3, String n4,
            Object v4, String n5, Object v5, String n6, Object v6) {
        if (!recording) {
            return;
        }
        reasons.add(reason);
        if (explaining) {
            record(reason, n1, v1, n2, v2, n3, v3, n4, v4, n5, v5, n6, v6);
        }
    }

    private void record(Reason reason, Object... namesAndValues) {
        // instants stay instants (the edge writes them in the caller's language); the rest is text
        record(reason, Facts.of(namesAndValues));
    }

    /**
     * A finding of the current step whose facts are already made ({@link Facts#ofTexts}): Step 12's findings, one per
     * contested question, written without the pairs' array.
     */
    void because(Reason reason, Facts values) {
        if (!recording) {
            return;
        }
        reasons.add(reason);
        if (explaining) {
            record(reason, values);
        }
    }

    /**
     * A finding that no earlier finding of the run can equal, so none is looked for: Step 12's, one per contested
     * question (distinct question and subject), made by no other step.
     */
    void becauseAnew(Reason reason, Facts values) {
        if (!recording) {
            return;
        }
        reasons.add(reason);
        if (explaining) {
            append(reason, values, findings == null ? null : new Finding(reason, values));
        }
    }

    private void record(Reason reason, Facts values) {
        Entry same = null;
        Finding key = null;
        if (findings != null) {
            key = new Finding(reason, values);
            same = findings.get(key);
        } else {
            for (int i = 0; i < explanation.size() && same == null; i++) {
                Entry e = explanation.get(i);
                if (e.reason() == reason && e.values().equals(values)) {
                    same = e;
                }
            }
        }
        if (same != null) {
            same.ids().addAll(pendingIds);
            pendingIds.clear();
            return;
        }
        append(reason, values, key);
    }

    /** A new entry of the explanation, with the citations pending; {@code key} is its index key when indexed. */
    private void append(Reason reason, Facts values, Finding key) {
        UniqueList<Provision> ids = new UniqueList<>();
        ids.addAll(pendingIds);
        Entry entry = new Entry(step, reason, values, ids);
        explanation.add(entry);
        if (findings != null) {
            findings.put(key, entry);
        } else if (explanation.size() > UniqueList.INDEXED_FROM) {
            findings = new java.util.HashMap<>();
            for (Entry e : explanation) {
                findings.putIfAbsent(new Finding(e.reason(), e.values()), e);
            }
        }
        pendingIds.clear();
    }

    void flag(ReviewFlag flag) {
        if (!recording) {
            return;
        }
        reviewFlags.add(flag);
    }

    /** An assumption whose value is {@code detail} (a text, an instant, a threshold), written when first read. */
    void assume(AssumptionCode code, Object detail) {
        if (!recording) {
            return;
        }
        assumptions.add(Assumption.of(code, detail));
    }

    /** An assumption whose value is {@code subject: detail}, written when first read. */
    void assume(AssumptionCode code, String subject, Object detail) {
        if (!recording) {
            return;
        }
        assumptions.add(Assumption.of(code, subject, detail));
    }

    /**
     * A duty not performed whose late deadline has not passed at {@code asOf}: the earliest prompt deadline is
     * reported as {@code actBy}, its late deadline as {@code clearlyLateAt} (docs/procedure.md#pending-duties).
     */
    void pending(Instant prompt, Instant late, int source, String n1, Object v1, String n2, Object v2) {
        if (outcomeOnly) {
            return;
        }
        because(Reason.DEADLINE_PENDING, n1, v1, n2, v2, "deadline", prompt, "lateDeadline", late);
        pendingDuties.add(new PendingDuty(prompt, late, source));
    }

    /** The deadlines of a duty, kept for the picture of the case ({@link Chronology}); not in a run for the outcome. */
    void deadline(Chronology.Duty duty, int notice, Instant start, Instant prompt, Instant late) {
        if (recording) {
            deadlines.add(new Chronology.Deadline(duty, notice, start, prompt, late));
        }
    }

    /** {@code actBy} and {@code clearlyLateAt} of the pending duties (of two with the same dP, the earlier dL). */
    static Instant[] earliest(List<PendingDuty> duties) {
        Instant prompt = null;
        Instant late = null;
        for (int i = 0; i < duties.size(); i++) {
            PendingDuty p = duties.get(i);
            if (prompt == null || p.prompt().isBefore(prompt)
                    || (p.prompt().equals(prompt) && p.late().isBefore(late))) {
                prompt = p.prompt();
                late = p.late();
            }
        }
        return new Instant[] {prompt, late};
    }

    Outcome outcome() {
        return new Outcome(regime, liability, rule, joint, jointScope, liablePeriods);
    }

    void decide(Liability liability, Rule rule, JointScope scope) {
        this.liability = liability;
        this.rule = rule;
        this.jointScope = scope;
        this.joint = scope != JointScope.NONE;
    }

    /**
     * The result of this run, with Step 12's contested questions and alternatives, and {@code actBy} /
     * {@code clearlyLateAt} from the given pending duties.
     */
    Classification classification(List<ContestedPoint> contested, List<Alternative> alternatives,
            List<PendingDuty> duties, Exploration exploration) {
        Instant from = expandedPeriods.isEmpty() ? null : expandedPeriods.get(0).from();
        Instant until = expandedPeriods.isEmpty() ? null : expandedPeriods.get(expandedPeriods.size() - 1).until();
        Instant[] act = earliest(duties);
        return new Classification(regime, specialRegimes.freeze(), liability, rule, joint, jointScope,
                certainty(contested, exploration), contested, alternatives, exploration, liablePeriods, from, until, expandedPeriods, knowledgeFrom, effectiveKnowledge, safeHarbour,
                notifierLiability, notifierLiabilityByNotice.freeze(), paidDeletionAgreement, dutyBreaches.freeze(),
                act[0], act[1], legalBasis.freeze(), reasons.freeze(), reviewFlags.freeze(), assumptions.freeze(),
                explanationSteps());
    }

    /**
     * CONTESTED when a flip changed the outcome; otherwise DETERMINED when every raised question was flipped, and
     * UNDETERMINED when the budget left some unflipped.
     */
    private static Certainty certainty(List<ContestedPoint> contested, Exploration exploration) {
        if (!contested.isEmpty()) {
            return Certainty.CONTESTED;
        }
        return exploration.questionsExplored() < exploration.questionsRaised()
                ? Certainty.UNDETERMINED : Certainty.DETERMINED;
    }

    private List<ExplanationStep> explanationSteps() {
        if (explanation.isEmpty()) {
            return List.of();
        }
        ExplanationStep[] steps = new ExplanationStep[explanation.size()];
        for (int i = 0; i < steps.length; i++) {
            Entry e = explanation.get(i);
            steps[i] = new ExplanationStep(e.step(), e.reason(), e.values(), e.ids().freeze());
        }
        return UniqueList.adopt(steps);
    }
}
