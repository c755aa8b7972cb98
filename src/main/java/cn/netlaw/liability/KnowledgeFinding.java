package cn.netlaw.liability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 6 — effective knowledge: the caller's finding, or, when {@code NOT_ASSESSED}, derived for HOST roles from the
 * indicator rules K1–K4 (docs/procedure.md#step-6, docs/procedure.md#step-12).
 *
 * <p>SPC_NDR Art 9 (应知 from the circumstances: the provider's ability to manage information, the type and popularity
 * of the work, whether the provider selected, edited or recommended it, its measures against infringement, repeat
 * infringement by the same user); Art 10 (a hot work placed in a list, chart or recommendation: 「网络服务提供者在提供网络服务时，
 * 对热播影视作品等以设置榜单、目录、索引、描述性段落、内容简介等方式进行推荐，且公众可以在其网页上直接以下载、浏览或者其他方式获得的，人民法院可以认定
 * 其应知网络用户侵害信息网络传播权。」); Art 11 (direct economic benefit: a higher duty of care); Art 12 (a hot work on the
 * main page); Art 8(3) (reasonable and effective technical measures rebut 应知). Personality rights: SPC_PR 2020 Art 6
 * (2014 text Art 9), the circumstances from which a court finds that the provider knew or should have known.
 *
 * <p>A conduit cannot manage information (SPC_NDR 9(1), SPC_PR 2020 6(2)); an infrastructure provider cannot see a
 * single item: the engine never derives knowledge for either.
 *
 * <p>Each fired rule has its own start: a derived K3a the re-upload, the others {@code indicatorsSince ?? conductDate};
 * {@code t0} is the earliest, not before {@code conductDate}. Inconclusive sets and re-uploads not known to be by the
 * same user raise {@code KNOWLEDGE_FROM_INDICATORS} (presumptive: not shown).
 */
final class KnowledgeFinding {

    /**
     * The effective knowledge and its start {@code t0}; whether the engine derived it (K-rules or a question's
     * reading), the ids of the fired rules when so, and whether it rests on the provider's own acts (Step 8: no
     * reaction window).
     */
    record Finding(Knowledge knowledge, Instant from, boolean derived, List<Provision> ruleIds, boolean ownActs) {
    }

    private KnowledgeFinding() {
    }

    static Finding apply(NormalCase c, Decision d, NoticeFindings findings) {
        d.at(Step.KNOWLEDGE);
        NormalCase.Signals s = c.signals();
        boolean host = c.role().isHost();
        boolean copyright = c.copyright();
        boolean personality = c.personality();
        boolean notAssessed = c.knowledge() == Knowledge.NOT_ASSESSED;
        Provision pr = d.regime == Regime.CIVIL_CODE ? Provision.SPC_PR_2020_6 : Provision.SPC_PR_2014_9;
        Instant base = Instants.max(c.indicatorsSince(), c.conductDate());

        List<Provision> ids = new ArrayList<>();
        boolean fired = false;          // a rule starting at indicatorsSince ?? conductDate fired
        boolean defenceBarred = false;  // a fired rule rests on obviousness, placement or manual handling
        boolean ownActRule = false;     // a fired rule rests on review, editing or staff-chosen placement
        boolean inconclusiveFacts = false;
        Instant repeatFrom = null;      // a derived K3a: the earliest re-upload by the same user
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
                    add(ids, Provision.SPC_NDR_9);
                    if (s.algorithmicRecommendation() || s.manualEditorialHandling()) {
                        add(ids, Provision.SPC_NDR_10);
                    }
                    if (c.role() == Role.STORAGE && (s.prominentPlacement() || s.manualEditorialHandling())) {
                        add(ids, Provision.SPC_NDR_12);
                    }
                } else {
                    add(ids, pr);
                }
                if (s.prominentPlacement() || s.manualEditorialHandling() || personality) {
                    defenceBarred = true;
                }
                if (s.prominentPlacement() || s.manualEditorialHandling()) {
                    ownActRule = true;
                }
            } else if (k1Facts || (personality && promoted && s.hotOrWellKnownWork())) {
                inconclusiveFacts = true;
            }
            // K2 (copyright only): direct economic benefit and (hot or obvious) — a higher duty of care
            if (copyright && s.directEconomicBenefit() && (s.hotOrWellKnownWork() || s.infringementObvious())) {
                fired = true;
                d.because(Reason.K2_DIRECT_BENEFIT_HIGHER_DUTY_COPYRIGHT);
                add(ids, Provision.SPC_NDR_11_1);
                add(ids, Provision.SPC_NDR_11_2);
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
            // K4: manual handling (before or after publication) and obvious infringement
            if ((s.manualEditorialHandling() || s.manualPrePublicationReview()) && s.infringementObvious()) {
                fired = true;
                d.because(Reason.K4_MANUAL_HANDLING_OBVIOUS);
                kRuleIds(c, ids, pr);
                defenceBarred = true;
                ownActRule = true;
            }
            // Derived repeat (3.0): a listed re-appearance after an earlier valid episode's effective measure; by the
            // same user it is K3a (SPC_NDR_9(6), SPC_PR_2020_6(6)), otherwise contested for a hot work, an obvious
            // infringement (copyright) or personality content. No general review duty otherwise (SPC_NDR_8(2)).
            List<NoticeFindings.Finding> all = findings.all();
            String repeatPath = null;
            for (int j = 0; j < all.size(); j++) {
                NormalCase.Episode ej = all.get(j).episode();
                Instant r = ej.reappearedAt();
                if (r == null) {
                    continue;
                }
                if (!afterValidTakedown(d, all, j, r)) {
                    continue;
                }
                boolean derive;
                if (ej.reappearedBySameUser()) {
                    derive = true;
                } else if (notAssessed && ((copyright && (s.hotOrWellKnownWork() || s.infringementObvious()))
                        || personality)) {
                    derive = d.raise(ContestedQuestion.KNOWLEDGE_FROM_INDICATORS, ej.path(), Reading.NOT_SHOWN,
                            "kind", "reupload", "notice", ej.path(), "reappearedAt", r) == Reading.SHOULD_HAVE_KNOWN;
                } else {
                    derive = false;
                }
                if (derive && (repeatFrom == null || r.isBefore(repeatFrom))) {
                    repeatFrom = r;
                    repeatPath = ej.path();
                }
            }
            if (repeatFrom != null) {
                d.assume(AssumptionCode.REPEAT_DERIVED, repeatPath + ".reappearedAt", repeatFrom);
                d.because(Reason.K3A_REPEAT_SAME_USER_OR_INFORMATION, "notice", repeatPath, "reappearedAt",
                        repeatFrom);
                kRuleIds(c, ids, pr);
            }
        }
        boolean anyFired = fired || repeatFrom != null;

        Knowledge k;
        Instant t0 = null;
        boolean derived = false;
        boolean ownActs = false;
        if (notAssessed) {
            if (!host) {
                k = Knowledge.NONE;
                d.because(s.anySet() ? Reason.CONDUIT_NO_CONSTRUCTIVE_KNOWLEDGE : Reason.NO_KNOWLEDGE_SHOWN);
            } else if (anyFired && !(s.reasonableTechnicalMeasures() && !defenceBarred)) {
                if (s.reasonableTechnicalMeasures()) {
                    d.because(Reason.DEFENCE_NOT_AVAILABLE_OBVIOUS_PLACED_OR_MANUAL);
                }
                k = Knowledge.SHOULD_HAVE_KNOWN;
                derived = true;
                ownActs = ownActRule && fired;
                d.flag(ReviewFlag.INFERRED_KNOWLEDGE);
                if (fired && c.indicatorsSince() == null) {
                    d.assume(AssumptionCode.INDICATORS_SINCE_ASSUMED, c.conductDate());
                }
                Instant earliest = fired ? base : null;
                earliest = Instants.min(earliest, repeatFrom);
                t0 = Instants.max(earliest, c.conductDate());
            } else {
                k = Knowledge.NONE;
                if (anyFired) {
                    d.because(Reason.DEFENCE_REASONABLE_TECHNICAL_MEASURES);
                    if (copyright) {
                        d.cite(Provision.SPC_NDR_8_3);
                    }
                }
                // Inconclusive sets that are contested (copyright, a HOST role): (i) obvious and pushed by an
                // algorithm (not for SEARCH); (ii) the holder's warning letter before the upload and a hot work.
                boolean setI = s.infringementObvious() && s.algorithmicRecommendation() && c.role() != Role.SEARCH;
                boolean setII = s.warningLetterBeforeUpload() && s.hotOrWellKnownWork();
                if (copyright && (setI || setII)) {
                    Reading reading = d.raise(ContestedQuestion.KNOWLEDGE_FROM_INDICATORS, "provider.indicators",
                            Reading.NOT_SHOWN, "kind", setI ? "obviousAndRecommended" : "warningLetterAndHotWork");
                    if (reading == Reading.SHOULD_HAVE_KNOWN) {
                        k = Knowledge.SHOULD_HAVE_KNOWN;
                        derived = true;
                        t0 = base;
                        d.flag(ReviewFlag.INFERRED_KNOWLEDGE);
                        d.because(Reason.KNOWLEDGE_INDICATORS_CONTESTED, "knowledgeFrom", t0);
                        ids.clear();
                        add(ids, Provision.SPC_NDR_9);
                        if (setI) {
                            add(ids, Provision.SPC_NDR_10);
                        }
                    }
                }
                if (k == Knowledge.NONE) {
                    if (inconclusiveFacts || s.anyOtherThanTechnicalMeasures()) {
                        d.flag(ReviewFlag.KNOWLEDGE_INDICATORS_INCONCLUSIVE);
                    }
                    d.because(Reason.NO_KNOWLEDGE_SHOWN);
                }
            }
        } else {
            k = c.knowledge();
            if (k.isKnowledge()) {
                t0 = Instants.max(c.knowledgeSince(), c.conductDate());
                // own acts: review, editing or staff-chosen placement that held at or before the knowledge
                ownActs = (s.manualPrePublicationReview() || s.manualEditorialHandling() || s.prominentPlacement())
                        && !base.isAfter(t0);
            }
            d.because(Reason.CALLER_KNOWLEDGE_FINDING_KEPT, "knowledge", k.name(), "knowledgeFrom", t0);
            if (k == Knowledge.NONE && anyFired) {
                d.flag(ReviewFlag.CALLER_KNOWLEDGE_DIFFERS_FROM_INDICATORS);
            }
        }
        if ((s.priorNoticeSameUserOrInformation() || repeatFrom != null) && k != Knowledge.NONE) {
            d.flag(ReviewFlag.MEASURE_ADEQUACY_NEEDS_REVIEW);
        }
        d.effectiveKnowledge = k;
        d.knowledgeFrom = k.isKnowledge() ? t0 : null;
        return new Finding(k, t0, derived, derived ? List.copyOf(ids) : List.of(), ownActs);
    }

    /**
     * Whether the re-appearance at {@code r} of episode {@code j} follows the effective measure of an earlier episode
     * (in order of receipt) valid under 9.1; a content question that decides that validity is raised here.
     */
    private static boolean afterValidTakedown(Decision d, List<NoticeFindings.Finding> all, int j, Instant r) {
        for (int i = 0; i < j; i++) {
            NoticeFindings.Finding fi = all.get(i);
            Instant m = fi.episode().effectiveMeasure();
            if (m == null || m.isAfter(r) || !fi.otherwiseValid()) {
                continue;
            }
            for (NoticeFindings.Question q : fi.questions()) {
                if (q.question() == ContestedQuestion.NOTICE_CONTENT) {
                    d.raise(q.question(), fi.episode().path(), q.presumptive(), q.facts());
                }
            }
            if (fi.valid()) {
                return true;
            }
        }
        return false;
    }

    private static void kRuleIds(NormalCase c, List<Provision> ids, Provision pr) {
        if (c.copyright()) {
            add(ids, Provision.SPC_NDR_9);
        } else if (c.personality()) {
            add(ids, pr);
        }
    }

    private static void add(List<Provision> ids, Provision id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }
}
