package cn.netlaw.liability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 6 — effective knowledge: the caller's finding, or, when {@code NOT_ASSESSED}, derived for HOST roles from the
 * indicator rules K1–K4 (decision-spec Step 6; open-questions Q20).
 *
 * <p>SPC_NDR Art 9 (应知 from the circumstances: the provider's ability to manage information, the type and popularity
 * of the work, whether the provider selected, edited or recommended it, its measures against infringement, repeat
 * infringement by the same user); Art 10 (a hot work placed in a list, chart or recommendation: 「网络服务提供者在提供网络服务时，
 * 对热播影视作品等以设置榜单、目录、索引、描述性段落、内容简介等方式进行推荐，且公众可以在其网页上直接以下载、浏览或者其他方式获得的，人民法院可以认定
 * 其应知网络用户侵害信息网络传播权。」); Art 11 (direct economic benefit: a higher duty of care); Art 12 (a hot work on the
 * main page); Art 8(3) (reasonable and effective technical measures rebut 应知). Personality rights: SPC_PR 2020 Art 6
 * (2014 text Art 9), the circumstances from which a court finds that the provider knew or should have known.
 *
 * <p>A conduit cannot manage information (SPC_NDR 9(1), SPC_PR 2020 6(2)): the engine never derives knowledge for it.
 */
final class KnowledgeFinding {

    /** The effective knowledge, its start {@code t0}, and the ids of the K-rules that fired when derived. */
    record Finding(Knowledge knowledge, Instant from, boolean derived, List<Provision> ruleIds) {
    }

    private KnowledgeFinding() {
    }

    static Finding apply(NormalCase c, Decision d) {
        d.at(Step.KNOWLEDGE);
        NormalCase.Signals s = c.signals();
        boolean host = c.role().isHost();
        boolean copyright = c.copyright();
        boolean personality = c.personality();
        Provision pr = d.regime == Regime.CIVIL_CODE ? Provision.SPC_PR_2020_6 : Provision.SPC_PR_2014_9;

        List<Provision> ids = new ArrayList<>();
        boolean fired = false;
        boolean defenceBarred = false; // a fired rule rests on obviousness, placement or manual handling
        boolean inconclusiveFacts = false;
        if (host) {
            // K1: promoted (recommendation, manual handling, placement) and hot; for SEARCH only placement or a
            // manually compiled list count; for PERSONALITY also obvious.
            boolean promoted = c.role() == Role.SEARCH
                    ? s.prominentPlacement() || s.manualEditorialHandling()
                    : s.algorithmicRecommendation() || s.manualEditorialHandling() || s.prominentPlacement();
            boolean k1Facts = promoted && s.hotOrWellKnownWork();
            if (k1Facts && (copyright || (personality && s.infringementObvious()))) {
                fired = true;
                d.because(Reason.K1_HOT_WORK_PROMOTED);
                if (copyright) {
                    ids.add(Provision.SPC_NDR_9);
                    if (s.algorithmicRecommendation() || s.manualEditorialHandling()) {
                        ids.add(Provision.SPC_NDR_10);
                    }
                    if (c.role() == Role.STORAGE && (s.prominentPlacement() || s.manualEditorialHandling())) {
                        ids.add(Provision.SPC_NDR_12);
                    }
                } else {
                    ids.add(pr);
                }
                if (s.prominentPlacement() || s.manualEditorialHandling() || personality) {
                    defenceBarred = true;
                }
            } else if (k1Facts) {
                inconclusiveFacts = true;
            }
            // K2 (copyright only): direct economic benefit and (hot or obvious) — a higher duty of care
            if (copyright && s.directEconomicBenefit() && (s.hotOrWellKnownWork() || s.infringementObvious())) {
                fired = true;
                d.because(Reason.K2_DIRECT_BENEFIT_HIGHER_DUTY_COPYRIGHT);
                ids.add(Provision.SPC_NDR_11_1);
                ids.add(Provision.SPC_NDR_11_2);
                if (s.infringementObvious()) {
                    defenceBarred = true;
                }
            }
            // K3a: an earlier valid notice about the same user's repeat infringement or the same information
            if (s.priorNoticeSameUserOrInformation()) {
                fired = true;
                d.because(Reason.K3A_REPEAT_SAME_USER_OR_INFORMATION);
                kRuleIds(c, ids, pr);
            }
            // K3b (copyright and personality only): an earlier notice about another copy of the same work, hot or
            // obvious
            boolean k3bFacts = s.priorNoticeSameWork() && (s.hotOrWellKnownWork() || s.infringementObvious());
            if (k3bFacts && (copyright || personality)) {
                fired = true;
                d.because(Reason.K3B_SAME_WORK_HOT_OR_OBVIOUS);
                kRuleIds(c, ids, pr);
                if (s.infringementObvious()) {
                    defenceBarred = true;
                }
            } else if (k3bFacts) {
                inconclusiveFacts = true;
            }
            // K4: manual handling and obvious infringement
            if ((s.manualEditorialHandling() || s.manualPrePublicationReview()) && s.infringementObvious()) {
                fired = true;
                d.because(Reason.K4_MANUAL_HANDLING_OBVIOUS);
                kRuleIds(c, ids, pr);
                defenceBarred = true;
            }
        }

        Knowledge k;
        Instant t0 = null;
        boolean derived = false;
        if (c.knowledge() == Knowledge.NOT_ASSESSED) {
            if (!host) {
                k = Knowledge.NONE;
                d.because(s.anySet() ? Reason.CONDUIT_NO_CONSTRUCTIVE_KNOWLEDGE : Reason.NO_KNOWLEDGE_SHOWN);
            } else {
                if (inconclusiveFacts) {
                    d.flag(ReviewFlag.KNOWLEDGE_INDICATORS_INCONCLUSIVE);
                }
                if (fired) {
                    if (s.reasonableTechnicalMeasures() && !defenceBarred) {
                        k = Knowledge.NONE;
                        d.because(Reason.DEFENCE_REASONABLE_TECHNICAL_MEASURES);
                        if (copyright) {
                            d.cite(Provision.SPC_NDR_8_3);
                        }
                    } else {
                        if (s.reasonableTechnicalMeasures()) {
                            d.because(Reason.DEFENCE_NOT_AVAILABLE_OBVIOUS_PLACED_OR_MANUAL);
                        }
                        k = Knowledge.SHOULD_HAVE_KNOWN;
                        derived = true;
                        d.flag(ReviewFlag.INFERRED_KNOWLEDGE);
                        if (c.indicatorsSince() == null) {
                            d.assume(AssumptionCode.INDICATORS_SINCE_ASSUMED, c.conductDate());
                        }
                        t0 = Instants.max(c.indicatorsSince(), c.conductDate());
                    }
                } else {
                    k = Knowledge.NONE;
                    if (s.anyOtherThanTechnicalMeasures()) {
                        d.flag(ReviewFlag.KNOWLEDGE_INDICATORS_INCONCLUSIVE);
                    }
                    d.because(Reason.NO_KNOWLEDGE_SHOWN);
                }
            }
        } else {
            k = c.knowledge();
            if (k.isKnowledge()) {
                t0 = Instants.max(c.knowledgeSince(), c.conductDate());
            }
            d.because(Reason.CALLER_KNOWLEDGE_FINDING_KEPT, "knowledge", k.name(), "knowledgeFrom",
                    t0 == null ? null : t0);
            if (k == Knowledge.NONE && fired) {
                d.flag(ReviewFlag.CALLER_KNOWLEDGE_DIFFERS_FROM_INDICATORS);
            }
        }
        if (s.priorNoticeSameUserOrInformation() && k != Knowledge.NONE) {
            d.flag(ReviewFlag.MEASURE_ADEQUACY_NEEDS_REVIEW);
        }
        d.effectiveKnowledge = k;
        d.knowledgeFrom = k.isKnowledge() ? t0 : null;
        return new Finding(k, t0, derived, derived ? List.copyOf(ids) : List.of());
    }

    private static void kRuleIds(NormalCase c, List<Provision> ids, Provision pr) {
        if (c.copyright()) {
            if (!ids.contains(Provision.SPC_NDR_9)) {
                ids.add(Provision.SPC_NDR_9);
            }
        } else if (c.personality()) {
            if (!ids.contains(pr)) {
                ids.add(pr);
            }
        }
    }
}
