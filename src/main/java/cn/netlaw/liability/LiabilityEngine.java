package cn.netlaw.liability;

import java.time.Clock;
import java.util.Objects;

/**
 * The decision procedure of decision-spec §5 (version {@value #SPEC_VERSION}): a pure evaluator. Precedence between
 * the rules is decided here, in one place: the first step that returns fixes liability, rule and joint scope.
 *
 * <ol start="0">
 *   <li>validate and normalise (§4) — {@link Normaliser};</li>
 *   <li>regime by the end of the infringing state — {@link RegimeRule};</li>
 *   <li>paid deletion (side output) — {@link PaidDeletionRule};</li>
 *   <li>no primary infringement — {@link NoPrimaryInfringementRule};</li>
 *   <li>direct liability — {@link DirectInfringementRule};</li>
 *   <li>instigation — {@link InstigationRule};</li>
 *   <li>effective knowledge — {@link KnowledgeFinding};</li>
 *   <li>Regulation status of a copyright conduit — {@link ConduitHarbour};</li>
 *   <li>knowledge rule, before the notice rule — {@link KnowledgeRule};</li>
 *   <li>notice rule — {@link NoticeRule};</li>
 *   <li>no liability: safe harbour or no fault — {@link NoLiabilityRule};</li>
 *   <li>duties toward the user, on every intermediary path — {@link DutiesTowardUser};</li>
 * </ol>
 * and finally the transitional articles and the limitation reminder — {@link TransitionalArticles}.
 */
public final class LiabilityEngine {

    /** The version of decision-spec.md this engine implements. */
    public static final String SPEC_VERSION = "2.3";

    private final Policy policy;
    private final Clock clock;

    public LiabilityEngine(Policy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Policy policy() {
        return policy;
    }

    /** Validates (§4.5) and classifies (§5) one case under the configured policy. */
    public Evaluation evaluate(CaseFacts facts) {
        return evaluate(facts, policy);
    }

    /** Validates (§4.5) and classifies (§5) one case under the given policy; the configured one is untouched. */
    public Evaluation evaluate(CaseFacts facts, Policy policy) {
        return evaluate(facts, policy, true);
    }

    /**
     * As {@link #evaluate(CaseFacts, Policy)}; with {@code explain = false} the result's {@code explanation} is
     * empty and nothing is spent on recording it (every other field is the same).
     */
    public Evaluation evaluate(CaseFacts facts, Policy policy, boolean explain) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(policy, "policy");
        Decision d = new Decision(explain);
        Normaliser.Outcome normalised = new Normaliser(d).normalise(facts, clock.instant());
        if (normalised.normalCase() == null) {
            return new Rejection(normalised.violations());
        }
        NormalCase c = normalised.normalCase();
        if (policy != this.policy) {
            for (String difference : policy.differencesFrom(this.policy)) {
                d.assume(AssumptionCode.POLICY_OVERRIDE, difference);
            }
        }
        decide(c, d, policy);
        conduitMeasureReview(c, d);
        TransitionalArticles.apply(c, d, policy);
        return d.classification();
    }

    private static void decide(NormalCase c, Decision d, Policy policy) {
        if (!RegimeRule.apply(c, d)) {
            d.paidDeletionAgreement = c.paidDeletionAgreement()
                    ? PaidDeletionStatus.NOT_ASSESSED : PaidDeletionStatus.NOT_APPLICABLE;
            return;
        }
        PaidDeletionRule.apply(c, d);
        NoticeFindings findings = NoticeFindings.assess(c, policy);
        if (NoPrimaryInfringementRule.apply(c, d)) {
            DutiesTowardUser.apply(c, d, findings, policy);
            return;
        }
        if (DirectInfringementRule.apply(c, d)) {
            return;
        }
        if (InstigationRule.apply(c, d)) {
            DutiesTowardUser.apply(c, d, findings, policy);
            return;
        }
        KnowledgeFinding.Finding knowledge = KnowledgeFinding.apply(c, d);
        ConduitHarbour.apply(c, d);
        if (KnowledgeRule.apply(c, d, knowledge, policy)) {
            DutiesTowardUser.apply(c, d, findings, policy);
            return;
        }
        NoticeRule.Outcome notices = NoticeRule.apply(c, d, findings, policy);
        if (!notices.liable()) {
            NoLiabilityRule.apply(c, d, knowledge.knowledge(), notices);
        }
        DutiesTowardUser.apply(c, d, findings, policy);
    }

    /**
     * §8: whether suspending a conduit's customer is additionally required is a question of fact, so every conduit
     * result that turns on the knowledge or notice rules is flagged.
     */
    private static void conduitMeasureReview(NormalCase c, Decision d) {
        if (c.role().isConduit() && (d.rule == Rule.KNOWLEDGE_RULE || d.rule == Rule.NOTICE_RULE
                || d.rule == Rule.SAFE_HARBOUR || d.rule == Rule.NO_FAULT)) {
            d.flag(ReviewFlag.MEASURE_ADEQUACY_NEEDS_REVIEW);
        }
    }
}
