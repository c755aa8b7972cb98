package cn.netlaw.liability;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The classification of one case (decision-spec §4.6, §4.7). Every field has a value on every path; instants that
 * the spec allows to be absent are {@code null}.
 */
public record Classification(
        Regime regime,
        List<SpecialRegime> specialRegimes,
        Liability liability,
        Rule rule,
        boolean joint,
        JointScope jointScope,
        Instant expandedFrom,
        Instant expandedUntil,
        List<LiablePeriod> expandedPeriods,
        Instant knowledgeFrom,
        Knowledge effectiveKnowledge,
        SafeHarbourStatus safeHarbour,
        NotifierLiability notifierLiability,
        List<NoticeNotifierLiability> notifierLiabilityByNotice,
        PaidDeletionStatus paidDeletionAgreement,
        List<DutyBreach> dutyBreaches,
        Instant actBy,
        List<Provision> legalBasis,
        List<Reason> reasons,
        List<ReviewFlag> reviewFlags,
        List<Assumption> assumptions,
        List<ExplanationStep> explanation) implements Evaluation {

    public Classification {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(liability, "liability");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(jointScope, "jointScope");
        Objects.requireNonNull(effectiveKnowledge, "effectiveKnowledge");
        Objects.requireNonNull(safeHarbour, "safeHarbour");
        Objects.requireNonNull(notifierLiability, "notifierLiability");
        Objects.requireNonNull(paidDeletionAgreement, "paidDeletionAgreement");
        specialRegimes = UniqueList.unmodifiable(specialRegimes);
        expandedPeriods = UniqueList.unmodifiable(expandedPeriods);
        notifierLiabilityByNotice = UniqueList.unmodifiable(notifierLiabilityByNotice);
        dutyBreaches = UniqueList.unmodifiable(dutyBreaches);
        legalBasis = UniqueList.unmodifiable(legalBasis);
        reasons = UniqueList.unmodifiable(reasons);
        reviewFlags = UniqueList.unmodifiable(reviewFlags);
        assumptions = UniqueList.unmodifiable(assumptions);
        explanation = UniqueList.unmodifiable(explanation);
        if (joint == (jointScope == JointScope.NONE)) {
            throw new IllegalStateException("joint iff a joint scope: " + joint + "/" + jointScope);
        }
        if (jointScope == JointScope.EXPANDED_PART) {
            if (rule != Rule.NOTICE_RULE || expandedPeriods.isEmpty()) {
                throw new IllegalStateException("the enlarged part belongs to the notice rule with liable periods");
            }
        } else if (!expandedPeriods.isEmpty() || expandedFrom != null || expandedUntil != null) {
            throw new IllegalStateException("liable periods exist only under the notice rule");
        }
        if ((liability == Liability.DIRECT) != (rule == Rule.DIRECT_INFRINGEMENT)) {
            throw new IllegalStateException("DIRECT only with DIRECT_INFRINGEMENT");
        }
    }
}
