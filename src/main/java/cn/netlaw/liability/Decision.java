package cn.netlaw.liability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings of one run of the procedure, collected step by step; {@link #classification()} freezes them into the
 * result. Lists keep the order of addition without duplicates (§4.6).
 */
final class Decision {
    Regime regime = Regime.OUT_OF_SCOPE;
    final Set<SpecialRegime> specialRegimes = new LinkedHashSet<>();
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
    final Set<DutyBreach> dutyBreaches = new LinkedHashSet<>();
    Instant actBy;
    final Set<Provision> legalBasis = new LinkedHashSet<>();
    final Set<Reason> reasons = new LinkedHashSet<>();
    final Set<ReviewFlag> reviewFlags = new LinkedHashSet<>();
    final Set<Assumption> assumptions = new LinkedHashSet<>();

    void cite(Provision... provisions) {
        for (Provision p : provisions) {
            legalBasis.add(p);
        }
    }

    void because(Reason reason) {
        reasons.add(reason);
    }

    void flag(ReviewFlag flag) {
        reviewFlags.add(flag);
    }

    void assume(AssumptionCode code, String value) {
        assumptions.add(new Assumption(code, value));
    }

    /** A deadline not passed at {@code asOf}: the earliest is reported as {@code actBy} (§6). */
    void pending(Instant deadline) {
        because(Reason.DEADLINE_PENDING);
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
                List.copyOf(legalBasis), List.copyOf(reasons), List.copyOf(reviewFlags), List.copyOf(assumptions));
    }
}
