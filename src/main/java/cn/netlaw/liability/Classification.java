package cn.netlaw.liability;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The classification of one case (docs/result.md). Every field has a value on every path; instants that
 * the spec allows to be absent are {@code null}. The headline fields are the run under the presumptive readings;
 * {@code contested} and {@code alternatives} say what follows when a question is decided the other way (Step 12).
 */
public record Classification(
        Regime regime,
        List<SpecialRegime> specialRegimes,
        Liability liability,
        Rule rule,
        boolean joint,
        JointScope jointScope,
        Certainty certainty,
        List<ContestedPoint> contested,
        List<Alternative> alternatives,
        Exploration exploration,
        List<LiablePeriod> liablePeriods,
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
        Instant clearlyLateAt,
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
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(exploration, "exploration");
        Objects.requireNonNull(effectiveKnowledge, "effectiveKnowledge");
        Objects.requireNonNull(safeHarbour, "safeHarbour");
        Objects.requireNonNull(notifierLiability, "notifierLiability");
        Objects.requireNonNull(paidDeletionAgreement, "paidDeletionAgreement");
        specialRegimes = UniqueList.unmodifiable(specialRegimes);
        contested = List.copyOf(contested);
        alternatives = List.copyOf(alternatives);
        liablePeriods = UniqueList.unmodifiable(liablePeriods);
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
            if (rule != Rule.NOTICE_RULE || expandedPeriods.isEmpty() || !liablePeriods.equals(expandedPeriods)) {
                throw new IllegalStateException("the enlarged part belongs to the notice rule with liable periods");
            }
        } else if (!expandedPeriods.isEmpty() || expandedFrom != null || expandedUntil != null) {
            throw new IllegalStateException("enlarged-damage periods exist only under the notice rule");
        }
        if (jointScope == JointScope.SINCE_KNOWLEDGE) {
            if (rule != Rule.KNOWLEDGE_RULE || liablePeriods.isEmpty()) {
                throw new IllegalStateException("the damage since knowledge belongs to the knowledge rule with periods");
            }
        } else if (jointScope != JointScope.EXPANDED_PART && !liablePeriods.isEmpty()) {
            throw new IllegalStateException("liable periods only with EXPANDED_PART or SINCE_KNOWLEDGE");
        }
        if ((liability == Liability.DIRECT) != (rule == Rule.DIRECT_INFRINGEMENT)) {
            throw new IllegalStateException("DIRECT only with DIRECT_INFRINGEMENT");
        }
        if ((certainty == Certainty.CONTESTED) == contested.isEmpty()) {
            throw new IllegalStateException("CONTESTED exactly when a question is contested");
        }
        if (certainty == Certainty.UNDETERMINED && exploration.complete()) {
            throw new IllegalStateException("UNDETERMINED only when the exploration was cut short");
        }
        if (certainty == Certainty.DETERMINED && !exploration.complete()
                && exploration.questionsExplored() < exploration.questionsRaised()) {
            throw new IllegalStateException("DETERMINED only when every raised question was flipped");
        }
        if ((actBy == null) != (clearlyLateAt == null)) {
            throw new IllegalStateException("clearlyLateAt belongs to the duty that gives actBy");
        }
    }

    /** The outcome Step 12 compares: regime, liability, rule, joint, joint scope, liable periods. */
    public Outcome outcome() {
        return new Outcome(regime, liability, rule, joint, jointScope, liablePeriods);
    }
}
