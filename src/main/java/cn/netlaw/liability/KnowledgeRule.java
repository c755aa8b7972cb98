package cn.netlaw.liability;

import java.util.List;
import java.time.Instant;

/**
 * Step 8 — the knowledge rule, checked before the notice rule; when both apply, KNOWLEDGE_RULE / WHOLE_DAMAGE wins.
 *
 * <p>Civil Code 1197 (from 2021-01-01): 「网络服务提供者知道或者应当知道网络用户利用其网络服务侵害他人民事权益，未采取必要措施的，与该网络用户
 * 承担连带责任。」 (A provider that knows or should know that a user infringes through its service and takes no
 * necessary measures is jointly and severally liable with the user.) TLL 36(3) (2010-07-01 to 2020-12-31):
 * 「网络服务提供者知道网络用户利用其网络服务侵害他人民事权益，未采取必要措施的，与该网络用户承担连带责任。」 — 知道, read as including 应知
 * (decision-spec §9; open-questions Q1). E-Commerce Law 45: 知道或者应当知道 for IP on a platform.
 *
 * <p>Timeliness: the §6 threshold from {@code knowledgeFrom}; a deadline not passed at {@code asOf} is pending.
 */
final class KnowledgeRule {
    private KnowledgeRule() {
    }

    /** Returns true when the provider is liable under the knowledge rule (the procedure returns). */
    static boolean apply(NormalCase c, Decision d, KnowledgeFinding.Finding k, Policy policy) {
        d.at(Step.KNOWLEDGE_RULE);
        boolean cc = d.regime == Regime.CIVIL_CODE;
        boolean counts;
        if (k.knowledge() == Knowledge.KNEW) {
            counts = true;
        } else if (k.knowledge() == Knowledge.SHOULD_HAVE_KNOWN) {
            if (cc || c.ecl() || c.copyright()) {
                counts = true;
            } else {
                counts = policy.tllKnowledgeIncludesShouldHaveKnown();
                d.assume(AssumptionCode.TLL_KNOWLEDGE_INCLUDES_SHOULD_HAVE_KNOWN, Boolean.toString(counts));
                if (counts) {
                    d.flag(ReviewFlag.TLL_CONSTRUCTIVE_KNOWLEDGE);
                } else {
                    d.because(Reason.CONSTRUCTIVE_KNOWLEDGE_NOT_COUNTED_TLL);
                }
            }
        } else {
            counts = false;
        }
        if (!counts) {
            return false;
        }
        int hours = policy.hours(c.roleClass(), c.rightType());
        NoticeFindings.Threshold threshold = new NoticeFindings.Threshold("KNOWLEDGE", c.roleClass(),
                c.rightType(), hours, 0);
        d.assume(AssumptionCode.TIMELINESS_THRESHOLD, threshold);
        d.flag(ReviewFlag.DEFAULT_THRESHOLD_APPLIED);
        Instant t0 = k.from();
        Instant deadline = threshold.after(t0);
        d.assume(AssumptionCode.TIMELINESS_DEADLINE, "knowledge", deadline);

        // the necessary measure: an effective measure; for a conduit also informing the customer (§8)
        Instant performed = atOrAfter(c.selfInitiatedMeasureAt(), t0, null);
        List<NormalCase.Episode> episodes = c.episodes();
        for (int i = 0; i < episodes.size(); i++) {
            NormalCase.Episode e = episodes.get(i);
            performed = atOrAfter(e.effectiveMeasure(), t0, performed);
            if (c.role().isConduit()) {
                performed = atOrAfter(e.forwardedAt(), t0, performed);
            }
        }
        if (c.role().isConduit()) {
            performed = atOrAfter(c.userWarnedAt(), t0, performed);
            d.flag(ReviewFlag.MEASURE_ADEQUACY_NEEDS_REVIEW);
        }

        Object from = t0;
        Object hoursText = hours;
        Object performedText = performed == null ? null : performed;
        Object deadlineText = deadline;
        if (c.continuing() && !c.asOf().isAfter(deadline)) {
            if (performed == null) {
                d.pending(deadline, "knowledgeFrom", from, "hours", hoursText);
            } else {
                d.because(Reason.KNOWLEDGE_BUT_TIMELY_MEASURES, "knowledgeFrom", from, "hours", hoursText,
                        "deadline", deadlineText, "performed", performedText);
            }
            return false;
        }
        // "while the state lasted" (§1a step 8): the state ended by the deadline, or the content was down at the
        // deadline. The second limb is this engine's reading, mirroring 9.3: a measure taken before knowledge arose
        // that still keeps the content down at the deadline leaves nothing to act on (1197: 未采取必要措施), even where
        // the caller's conductEndDate is later.
        if (!c.stateEnd().isAfter(deadline) || !c.timeline().upAt(deadline)) {
            d.because(Reason.INFRINGEMENT_ENDED_BEFORE_DEADLINE, "knowledgeFrom", from, "hours", hoursText,
                    "deadline", deadlineText, "stateEnd", c.stateEnd());
            return false;
        }
        if (performed != null && !performed.isAfter(deadline)) {
            d.because(Reason.KNOWLEDGE_BUT_TIMELY_MEASURES, "knowledgeFrom", from, "hours", hoursText,
                    "deadline", deadlineText, "performed", performedText);
            return false;
        }
        d.decide(Liability.INDIRECT, Rule.KNOWLEDGE_RULE, JointScope.WHOLE_DAMAGE);
        d.because(Reason.KNOWLEDGE_NOT_ACTED_ON_IN_TIME, "knowledge", k.knowledge().name(), "knowledgeFrom", from,
                "hours", hoursText, "deadline", deadlineText, "performed", performedText);
        d.cite(cc ? Provision.CIVIL_CODE_1197 : Provision.TORT_LAW_36_3);
        if (c.ecl()) {
            d.cite(Provision.ECL_45);
        }
        if (c.copyright()) {
            d.cite(Provision.SPC_NDR_7_3, Provision.SPC_NDR_8_1);
            ConduitHarbour.hostLiable(c, d);
        } else if (c.personality()) {
            d.cite(cc ? Provision.SPC_PR_2020_6 : Provision.SPC_PR_2014_9);
        }
        List<Provision> ruleIds = k.ruleIds();
        for (int i = 0; i < ruleIds.size(); i++) {
            Provision id = ruleIds.get(i);
            d.cite(id);
        }
        return true;
    }

    private static Instant atOrAfter(Instant candidate, Instant t0, Instant earliest) {
        if (candidate == null || candidate.isBefore(t0)) {
            return earliest;
        }
        return Instants.min(earliest, candidate);
    }
}
