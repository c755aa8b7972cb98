package cn.netlaw.liability;

import static cn.netlaw.liability.CaseSketch.NoticeSketch.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Step 9 and Step 11: Civil Code 1195–1196, TLL 36(2), Reg 14–17, E-Commerce Law 42–43. */
class NoticeRuleTest {

    private static Instant at(String s) {
        return Moment.parse(s).instant();
    }

    @Test
    void a_valid_notice_ignored_past_the_late_bound_makes_the_host_liable_for_the_enlarged_part_from_the_prompt_deadline() {
        Classification c = CaseSketch.of(Role.STORAGE, RightType.TRADEMARK).conduct("2022-01-01")
                .notice(received("2022-02-01T10:00:00+08:00").forwarded("2022-02-01T11:00:00+08:00")
                        .removed("2022-02-10T10:00:00+08:00"))
                .classify();
        assertThat(c.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(c.jointScope()).isEqualTo(JointScope.EXPANDED_PART);
        assertThat(c.expandedPeriods()).containsExactly(
                new LiablePeriod(at("2022-02-03T10:00:00+08:00"), at("2022-02-10T10:00:00+08:00")));
        assertThat(c.liablePeriods()).isEqualTo(c.expandedPeriods());
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);
        assertThat(c.legalBasis()).contains(Provision.CIVIL_CODE_1195_2, Provision.CIVIL_CODE_1195_1);
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.TIMELINESS_THRESHOLD, "NOTICE/HOST/TRADEMARK: 48h/120h"));
    }

    @Test
    void a_large_batch_notice_gets_the_multiplied_late_bound_and_a_handling_between_the_bounds_is_contested() {
        CaseSketch.NoticeSketch batch = received("2022-02-01T10:00:00+08:00").forwarded("2022-02-01T11:00:00+08:00")
                .removed("2022-02-02T16:00:00+08:00");
        batch.itemCount = 101;
        Classification c = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2022-01-01").notice(batch)
                .classify();
        assertThat(c.rule()).isEqualTo(Rule.SAFE_HARBOUR);
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.TIMELINESS_THRESHOLD, "NOTICE/HOST/COPYRIGHT: 24h/216h"));
        assertThat(c.certainty()).isEqualTo(Certainty.CONTESTED);
        assertThat(c.contested()).extracting(ContestedPoint::question).containsExactly(ContestedQuestion.TIMELINESS);
        assertThat(c.alternatives()).singleElement().satisfies(a -> assertThat(a.outcome().liablePeriods())
                .containsExactly(new LiablePeriod(at("2022-02-02T10:00:00+08:00"), at("2022-02-02T16:00:00+08:00"))));
    }

    @Test
    void a_notice_whose_deadline_has_not_passed_is_pending_not_late() {
        Classification c = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2025-06-01")
                .notice(received("2025-06-30T11:00:00+08:00")).classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.dutyBreaches()).isEmpty();
        assertThat(c.actBy()).isEqualTo(at("2025-07-01T11:00:00+08:00"));
        assertThat(c.clearlyLateAt()).isEqualTo(at("2025-07-03T11:00:00+08:00"));
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);
    }

    @Test
    void a_duplicate_notice_received_while_the_content_is_down_is_moot() {
        Classification c = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2022-01-01")
                .notice(received("2022-02-01T10:00:00+08:00").forwarded("2022-02-01T11:00:00+08:00")
                        .removed("2022-02-01T12:00:00+08:00"))
                .notice(received("2022-03-01T10:00:00+08:00"))
                .classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.reasons()).contains(Reason.CONTENT_ALREADY_DOWN_AT_NOTICE);
        assertThat(c.dutyBreaches()).isEmpty();
    }

    @Test
    void a_restoration_without_counter_notice_under_the_civil_code_reopens_liability_until_the_next_removal() {
        Classification c = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2022-01-01")
                .notice(received("2022-02-01T10:00:00+08:00").forwarded("2022-02-01T11:00:00+08:00")
                        .removed("2022-02-01T12:00:00+08:00").restored("2022-02-05T12:00:00+08:00"))
                .notice(received("2022-02-07T10:00:00+08:00").forwarded("2022-02-07T11:00:00+08:00")
                        .removed("2022-02-07T12:00:00+08:00"))
                .classify();
        assertThat(c.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(c.expandedPeriods()).containsExactly(
                new LiablePeriod(at("2022-02-05T12:00:00+08:00"), at("2022-02-07T12:00:00+08:00")));
        assertThat(c.legalBasis()).contains(Provision.CIVIL_CODE_1196_1, Provision.CIVIL_CODE_1196_2);
        assertThat(c.reasons()).contains(Reason.RESTORED_WITHOUT_VALID_COUNTER_NOTICE);
    }

    @Test
    void a_restoration_after_the_reasonable_period_is_lawful_and_a_repeat_notice_without_new_grounds_does_not_count() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2022-01-01")
                .notice(received("2022-04-01T10:00:00+08:00").forwarded("2022-04-01T11:00:00+08:00")
                        .removed("2022-04-01T12:00:00+08:00")
                        .counter("2022-04-02T10:00:00+08:00", "2022-04-02T12:00:00+08:00", null)
                        .restored("2022-04-20T10:00:00+08:00"))
                .notice(received("2022-04-21T10:00:00+08:00"));
        Classification c = s.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.reasons()).contains(Reason.RESTORED_AFTER_REASONABLE_PERIOD,
                Reason.NOTICE_REPEATS_AFTER_LAWFUL_RESTORATION);
        assertThat(c.reviewFlags()).contains(ReviewFlag.REPEAT_NOTICE_NEEDS_REVIEW);
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.COUNTER_NOTICE_PERIOD_END, "2022-04-19T00:00:00+08:00"));
    }

    @Test
    void under_regulation_17_a_copyright_host_restores_immediately_and_the_holder_may_not_notify_again() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2015-01-01")
                .notice(received("2015-04-01T10:00:00+08:00").forwarded("2015-04-01T11:00:00+08:00")
                        .removed("2015-04-01T12:00:00+08:00")
                        .counter("2015-04-02T10:00:00+08:00", "2015-04-02T12:00:00+08:00", null)
                        .restored("2015-04-06T10:00:00+08:00"))
                .notice(received("2015-05-01T10:00:00+08:00"));
        s.conductEndDate = CaseSketch.at("2015-12-31");
        Classification c = s.classify();
        assertThat(c.regime()).isEqualTo(Regime.TORT_LIABILITY_LAW);
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.reasons()).contains(Reason.RESTORED_UNDER_REG_17, Reason.NOTICE_BARRED_AFTER_REG_17_RESTORATION);
        assertThat(c.dutyBreaches()).containsExactly(DutyBreach.RESTORATION_NOT_IMMEDIATE_REG_17);
        assertThat(c.legalBasis()).contains(Provision.REG_16, Provision.REG_17, Provision.REG_14);
    }

    @Test
    void an_unforwarded_notice_is_a_breach_toward_the_user_even_when_the_content_was_removed_in_time() {
        Classification c = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2022-01-01")
                .notice(received("2022-02-01T10:00:00+08:00").removed("2022-02-01T12:00:00+08:00"))
                .classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.dutyBreaches()).containsExactly(DutyBreach.FORWARDING_NOT_DONE);
    }

    @Test
    void a_conduit_answers_a_notice_by_forwarding_it_and_a_forwarding_past_the_late_bound_is_contested() {
        Classification inTime = CaseSketch.of(Role.ACCESS, RightType.COPYRIGHT).conduct("2022-01-01")
                .notice(received("2022-02-01T10:00:00+08:00").forwarded("2022-02-02T10:00:00+08:00"))
                .classify();
        assertThat(inTime.rule()).isEqualTo(Rule.SAFE_HARBOUR);
        assertThat(inTime.reviewFlags()).contains(ReviewFlag.MEASURE_ADEQUACY_NEEDS_REVIEW);
        assertThat(inTime.certainty()).isEqualTo(Certainty.DETERMINED);
        CaseSketch lateSketch = CaseSketch.of(Role.ACCESS, RightType.COPYRIGHT).conduct("2022-01-01")
                .notice(received("2022-02-01T10:00:00+08:00").forwarded("2022-02-06T10:00:00+08:00"));
        Classification late = lateSketch.classify();
        assertThat(late.rule()).isEqualTo(Rule.SAFE_HARBOUR);
        assertThat(late.reasons()).contains(Reason.CONDUIT_MEASURE_CONTESTED);
        assertThat(late.contested()).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo(ContestedQuestion.CONDUIT_NECESSARY_MEASURE);
            assertThat(q.subject()).isEqualTo("noticeHistory[0]");
        });
        Outcome breached = late.alternatives().get(0).outcome();
        assertThat(breached.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(breached.liablePeriods()).containsExactly(
                new LiablePeriod(at("2022-02-02T10:00:00+08:00"), at("2022-02-06T10:00:00+08:00")));
        Classification flipped = (Classification) CaseSketch.engine(Policy.defaults()).evaluate(lateSketch.build(),
                Policy.defaults(), java.util.List.of(), true, late.alternatives().get(0).assuming());
        assertThat(flipped.outcome()).isEqualTo(breached);
        assertThat(flipped.safeHarbour()).isEqualTo(SafeHarbourStatus.SATISFIED);
        assertThat(flipped.reviewFlags()).contains(ReviewFlag.STATUTE_PREVAILS_OVER_REGULATION);
        assertThat(flipped.legalBasis()).contains(Provision.REG_20, Provision.LEGISLATION_LAW_99)
                .doesNotContain(Provision.REG_14, Provision.REG_15);
    }
}
