package cn.netlaw.liability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one run of the procedure, collected step by step; {@link #classification()} freezes them into the
 * result. Lists keep the order of addition without duplicates (§4.6).
 */
final class Decision {
    Regime regime = Regime.OUT_OF_SCOPE;
    final UniqueList<SpecialRegime> specialRegimes = new UniqueList<>();
    Liability liability;
    Rule rule;
    boolean joint;
    JointScope jointScope = JointScope.NONE;
    List<LiablePeriod> expandedPeriods = List.of();
    Instant knowledgeFrom;
    Knowledge effectiveKnowledge = Knowledge.NOT_ASSESSED;
    SafeHarbourStatus safeHarbour = SafeHarbourStatus.NOT_APPLICABLE;
    NotifierLiability notifierLiability = NotifierLiability.NOT_APPLICABLE;
    final List<NoticeNotifierLiability> notifierLiabilityByNotice = new ArrayList<>();
    PaidDeletionStatus paidDeletionAgreement = PaidDeletionStatus.NOT_APPLICABLE;
    final UniqueList<DutyBreach> dutyBreaches = new UniqueList<>();
    Instant actBy;
    final UniqueList<Provision> legalBasis = new UniqueList<>();
    final UniqueList<Reason> reasons = new UniqueList<>();
    final UniqueList<ReviewFlag> reviewFlags = new UniqueList<>();
    final UniqueList<Assumption> assumptions = new UniqueList<>();

    /** Whether the findings are recorded for an explanation (the reasons and the citations always are). */
    private final boolean explaining;

    Decision(boolean explaining) {
        this.explaining = explaining;
    }

    Decision() {
        this(true);
    }

    /** The findings in the order the procedure made them, with the ids cited for each. */
    private final List<Entry> explanation = new ArrayList<>(0);
    private final UniqueList<Provision> pendingIds = new UniqueList<>();
    private Step step = Step.NORMALISATION;

    private record Entry(Step step, Reason reason, Map<String, String> values, UniqueList<Provision> ids) {
    }

    /** The procedure enters a step: ids cited from now on belong to this step's findings. */
    void at(Step step) {
        this.step = step;
        pendingIds.clear();
    }

    /**
     * Cites provisions for the current step: they join the step's latest finding, or, when the step has made none
     * yet, its next one.
     */
    void cite(Provision... provisions) {
        if (!explaining) {
            java.util.Collections.addAll(legalBasis, provisions);
            return;
        }
        Entry last = explanation.isEmpty() ? null : explanation.get(explanation.size() - 1);
        for (Provision p : provisions) {
            legalBasis.add(p);
            if (last != null && last.step() == step) {
                last.ids().add(p);
            } else {
                pendingIds.add(p);
            }
        }
    }

    /**
     * Names provisions for the latest finding without citing them yet: the procedure cites them later on every path
     * that reaches this point (the collected notice ids of Step 9).
     */
    void refer(java.util.Collection<Provision> provisions) {
        if (explaining && !explanation.isEmpty()) {
            explanation.get(explanation.size() - 1).ids().addAll(provisions);
        }
    }

    /** Names, for the latest finding, those of the given provisions that the result already cites. */
    void referIfCited(Provision... provisions) {
        for (Provision p : provisions) {
            if (legalBasis.contains(p)) {
                refer(List.of(p));
            }
        }
    }

    /** A finding of the current step, with the facts it rests on as name/value pairs. */
    void because(Reason reason, Object... namesAndValues) {
        reasons.add(reason);
        if (!explaining) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                values.put((String) namesAndValues[i],
                        value instanceof Instant instant ? Instants.render(instant) : value.toString());
            }
        }
        for (Entry e : explanation) {
            if (e.reason() == reason && e.values().equals(values)) {
                e.ids().addAll(pendingIds);
                pendingIds.clear();
                return;
            }
        }
        UniqueList<Provision> ids = new UniqueList<>();
        ids.addAll(pendingIds);
        explanation.add(new Entry(step, reason, values, ids));
        pendingIds.clear();
    }

    void flag(ReviewFlag flag) {
        reviewFlags.add(flag);
    }

    void assume(AssumptionCode code, String value) {
        assumptions.add(new Assumption(code, value));
    }

    /** A deadline not passed at {@code asOf}: the earliest is reported as {@code actBy} (§6). */
    void pending(Instant deadline, Object... namesAndValues) {
        Object[] values = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        values[namesAndValues.length] = "deadline";
        values[namesAndValues.length + 1] = deadline;
        because(Reason.DEADLINE_PENDING, values);
        actBy = Instants.min(actBy, deadline);
    }

    void decide(Liability liability, Rule rule, JointScope scope) {
        this.liability = liability;
        this.rule = rule;
        this.jointScope = scope;
        this.joint = scope != JointScope.NONE;
    }

    Classification classification() {
        Instant from = expandedPeriods.isEmpty() ? null : expandedPeriods.get(0).from();
        Instant until = expandedPeriods.isEmpty() ? null : expandedPeriods.get(expandedPeriods.size() - 1).until();
        return new Classification(regime, List.copyOf(specialRegimes), liability, rule, joint, jointScope, from,
                until, expandedPeriods, knowledgeFrom, effectiveKnowledge, safeHarbour, notifierLiability,
                notifierLiabilityByNotice, paidDeletionAgreement, List.copyOf(dutyBreaches), actBy,
                List.copyOf(legalBasis), List.copyOf(reasons), List.copyOf(reviewFlags), List.copyOf(assumptions),
                explanationSteps());
    }

    private List<ExplanationStep> explanationSteps() {
        if (explanation.isEmpty()) {
            return List.of();
        }
        List<ExplanationStep> steps = new ArrayList<>(explanation.size());
        for (Entry e : explanation) {
            steps.add(new ExplanationStep(e.step(), e.reason(), e.values(), List.copyOf(e.ids())));
        }
        return steps;
    }
}
