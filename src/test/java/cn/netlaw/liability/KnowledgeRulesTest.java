package cn.netlaw.liability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Steps 6 and 8: SPC_NDR 8–12, SPC_PR 2020 Art 6, Civil Code 1197, TLL 36(3). */
class KnowledgeRulesTest {

    private static Indicators indicators(boolean recommendation, boolean manual, boolean prePublication,
            boolean placement, boolean hot, boolean obvious, boolean benefit, boolean priorUser, boolean priorWork,
            boolean technical) {
        return new Indicators(recommendation, manual, prePublication, placement, hot, obvious, benefit, priorUser,
                priorWork, technical, null);
    }

    @Test
    void a_hot_work_recommended_by_a_storage_service_is_should_have_known_under_spc_ndr_9_and_10() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2022-03-01");
        s.indicators = indicators(true, false, false, false, true, false, false, false, false, false);
        Classification c = s.classify();
        assertThat(c.rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        assertThat(c.jointScope()).isEqualTo(JointScope.WHOLE_DAMAGE);
        assertThat(c.effectiveKnowledge()).isEqualTo(Knowledge.SHOULD_HAVE_KNOWN);
        assertThat(c.knowledgeFrom()).isEqualTo(Moment.parse("2022-03-01").instant());
        assertThat(c.legalBasis()).contains(Provision.CIVIL_CODE_1197, Provision.SPC_NDR_9, Provision.SPC_NDR_10,
                Provision.REG_22).doesNotContain(Provision.SPC_NDR_12);
        assertThat(c.reviewFlags()).contains(ReviewFlag.INFERRED_KNOWLEDGE);
        assertThat(c.assumptions()).extracting(Assumption::code).contains(AssumptionCode.INDICATORS_SINCE_ASSUMED);
        assertThat(c.safeHarbour()).isEqualTo(SafeHarbourStatus.NOT_SATISFIED);
    }

    @Test
    void reasonable_technical_measures_rebut_knowledge_inferred_from_recommendation_alone_under_spc_ndr_8_3() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2022-03-01");
        s.indicators = indicators(true, false, false, false, true, false, false, false, false, true);
        Classification c = s.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.effectiveKnowledge()).isEqualTo(Knowledge.NONE);
        assertThat(c.legalBasis()).contains(Provision.SPC_NDR_8_3);
    }

    @Test
    void technical_measures_do_not_rebut_knowledge_resting_on_prominent_placement() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2022-03-01");
        s.indicators = indicators(false, false, false, true, true, false, false, false, false, true);
        Classification c = s.classify();
        assertThat(c.rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        assertThat(c.legalBasis()).contains(Provision.SPC_NDR_12).doesNotContain(Provision.SPC_NDR_8_3);
        assertThat(c.reasons()).contains(Reason.DEFENCE_NOT_AVAILABLE_OBVIOUS_PLACED_OR_MANUAL);
    }

    @Test
    void a_search_service_ranking_results_for_the_users_query_does_not_recommend() {
        CaseSketch s = CaseSketch.of(Role.SEARCH, RightType.COPYRIGHT).conduct("2022-03-01");
        s.indicators = indicators(true, false, false, false, true, false, false, false, false, false);
        Classification c = s.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.reviewFlags()).contains(ReviewFlag.KNOWLEDGE_INDICATORS_INCONCLUSIVE);
    }

    @Test
    void a_famous_subject_promoted_is_not_knowledge_of_a_personality_infringement_unless_it_is_obvious() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2022-03-01");
        s.indicators = indicators(true, false, false, false, true, false, false, false, false, false);
        Classification c = s.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.reviewFlags()).contains(ReviewFlag.KNOWLEDGE_INDICATORS_INCONCLUSIVE);

        s.indicators = indicators(true, false, false, false, true, true, false, false, false, true);
        Classification obvious = s.classify();
        assertThat(obvious.rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        assertThat(obvious.legalBasis()).contains(Provision.SPC_PR_2020_6);
    }

    @Test
    void popularity_of_a_trademark_does_not_show_that_this_listing_infringes() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.TRADEMARK).conduct("2022-03-01");
        s.indicators = indicators(false, false, false, true, true, false, false, false, false, false);
        Classification c = s.classify();
        assertThat(c.rule()).isEqualTo(Rule.NO_FAULT);
        assertThat(c.reviewFlags()).contains(ReviewFlag.KNOWLEDGE_INDICATORS_INCONCLUSIVE);
    }

    @Test
    void a_repeat_by_the_same_user_after_an_earlier_notice_is_knowledge_for_every_right_type() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.TRADEMARK).conduct("2022-03-01");
        s.indicators = indicators(false, false, false, false, false, false, false, true, false, false);
        s.indicatorsSince = CaseSketch.at("2022-05-01T08:00:00+08:00");
        Classification c = s.classify();
        assertThat(c.rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        assertThat(c.knowledgeFrom()).isEqualTo(Moment.parse("2022-05-01T08:00:00+08:00").instant());
        assertThat(c.reviewFlags()).contains(ReviewFlag.INFERRED_KNOWLEDGE, ReviewFlag.MEASURE_ADEQUACY_NEEDS_REVIEW);
    }

    @Test
    void the_engine_never_derives_knowledge_for_a_conduit() {
        CaseSketch s = CaseSketch.of(Role.ACCESS, RightType.COPYRIGHT).conduct("2022-03-01");
        s.indicators = indicators(true, true, true, true, true, true, true, false, false, false);
        Classification c = s.classify();
        assertThat(c.effectiveKnowledge()).isEqualTo(Knowledge.NONE);
        assertThat(c.rule()).isEqualTo(Rule.SAFE_HARBOUR);
        assertThat(c.reasons()).contains(Reason.CONDUIT_NO_CONSTRUCTIVE_KNOWLEDGE);
    }

    @Test
    void the_callers_finding_of_no_knowledge_is_kept_and_flagged_when_indicators_say_otherwise() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2022-03-01");
        s.knowledge = Knowledge.NONE;
        s.indicators = indicators(false, true, false, false, false, true, false, false, false, false);
        Classification c = s.classify();
        assertThat(c.effectiveKnowledge()).isEqualTo(Knowledge.NONE);
        assertThat(c.reviewFlags()).contains(ReviewFlag.CALLER_KNOWLEDGE_DIFFERS_FROM_INDICATORS);
    }

    @Test
    void knowledge_acted_on_by_the_prompt_bound_is_in_time_between_the_bounds_contested_and_past_the_late_bound_missed() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2022-03-01");
        s.knowledge = Knowledge.KNEW;
        s.knowledgeSince = CaseSketch.at("2022-03-05T10:00:00+08:00");
        s.selfInitiatedMeasureAt = CaseSketch.at("2022-03-06T10:00:00+08:00");
        Classification c = s.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.reasons()).contains(Reason.KNOWLEDGE_BUT_TIMELY_MEASURES);
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);

        // HOST/PERSONALITY 24 h / 120 h: 47 h is between the bounds, read as in time
        s.selfInitiatedMeasureAt = CaseSketch.at("2022-03-07T09:00:00+08:00");
        Classification between = s.classify();
        assertThat(between.liability()).isEqualTo(Liability.NONE);
        assertThat(between.contested()).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo(ContestedQuestion.TIMELINESS);
            assertThat(q.subject()).isEqualTo("provider.knowledgeSince");
        });
        assertThat(between.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.outcome().jointScope()).isEqualTo(JointScope.SINCE_KNOWLEDGE);
            assertThat(a.outcome().liablePeriods()).containsExactly(new LiablePeriod(
                    CaseSketch.at("2022-03-06T10:00:00+08:00").instant(),
                    CaseSketch.at("2022-03-07T09:00:00+08:00").instant()));
        });

        s.selfInitiatedMeasureAt = CaseSketch.at("2022-03-10T10:00:01+08:00");
        Classification late = s.classify();
        assertThat(late.rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        assertThat(late.jointScope()).isEqualTo(JointScope.SINCE_KNOWLEDGE);
        assertThat(late.certainty()).isEqualTo(Certainty.DETERMINED);
        assertThat(late.legalBasis()).contains(Provision.CIVIL_CODE_1197, Provision.SPC_PR_2020_6);
    }

    @Test
    void knowledge_whose_deadline_has_not_passed_is_pending_and_reported_as_act_by() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2025-06-01");
        s.knowledge = Knowledge.KNEW;
        s.knowledgeSince = CaseSketch.at("2025-06-30T10:00:00+08:00");
        Classification c = s.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.actBy()).isEqualTo(Moment.parse("2025-07-01T10:00:00+08:00").instant());
        assertThat(c.clearlyLateAt()).isEqualTo(Moment.parse("2025-07-05T10:00:00+08:00").instant());
        assertThat(c.reasons()).contains(Reason.DEADLINE_PENDING);
    }

    @Test
    void constructive_knowledge_of_a_non_copyright_right_counts_in_the_tll_era_only_by_configuration() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.OTHER).conduct("2015-03-01");
        s.knowledge = Knowledge.SHOULD_HAVE_KNOWN;
        s.knowledgeSince = CaseSketch.at("2015-03-01");
        s.conductEndDate = CaseSketch.at("2015-12-31");
        Classification c = s.classify();
        assertThat(c.rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        assertThat(c.reviewFlags()).contains(ReviewFlag.TLL_CONSTRUCTIVE_KNOWLEDGE);

        Policy d = Policy.defaults();
        Policy actualOnly = new Policy(d.bands(), 100, 3, 15, 20, false, null, null, true, 3);
        Classification strict = (Classification) s.evaluate(actualOnly);
        assertThat(strict.rule()).isEqualTo(Rule.NO_FAULT);
        assertThat(strict.effectiveKnowledge()).isEqualTo(Knowledge.SHOULD_HAVE_KNOWN);
        assertThat(strict.knowledgeFrom()).isNotNull();
    }

    @Test
    void content_removed_before_knowledge_arose_and_still_down_at_the_deadline_leaves_nothing_to_act_on() {
        CaseSketch s = CaseSketch.of(Role.LINKING, RightType.TRADEMARK).conduct("2018-04-06")
                .notice(CaseSketch.NoticeSketch.received("2018-05-05T16:00:00+08:00")
                        .forwarded("2018-05-05T17:00:00+08:00").removed("2018-05-05T18:00:00+08:00"));
        s.knowledge = Knowledge.KNEW;
        s.knowledgeSince = CaseSketch.at("2018-05-16T10:00:00+08:00");
        s.conductEndDate = CaseSketch.at("2018-07-26");
        Classification c = s.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.reasons()).contains(Reason.CONTENT_ALREADY_DOWN_AT_KNOWLEDGE);
        assertThat(c.reviewFlags()).contains(ReviewFlag.TIMELINE_CONTRADICTS_CONDUCT_END);
    }
}
