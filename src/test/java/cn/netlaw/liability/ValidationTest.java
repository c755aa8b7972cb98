package cn.netlaw.liability;

import static cn.netlaw.liability.CaseSketch.NoticeSketch.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Step 0: the validation list of docs/request.md#validation (rules 4–14) and the same-day reading of
 * docs/request.md#dates.
 */
class ValidationTest {

    private static List<String> fields(Rejection r) {
        return r.violations().stream().map(Violation::field).toList();
    }

    @Test
    void an_item_count_below_one_is_rejected() {
        CaseSketch.NoticeSketch n = received("2022-02-01T10:00:00+08:00");
        n.itemCount = 0;
        Rejection r = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).notice(n).reject();
        assertThat(fields(r)).containsExactly("noticeHistory[0].itemCount");
    }

    @Test
    void co_providing_without_participating_is_rejected() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT);
        s.coProvides = true;
        assertThat(fields(s.reject())).containsExactly("provider.coProvidesWithUser");
    }

    @Test
    void knowledge_needs_its_date_and_no_knowledge_admits_none() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT);
        s.knowledge = Knowledge.KNEW;
        assertThat(fields(s.reject())).containsExactly("provider.knowledgeSince");
        s.knowledge = null;
        s.knowledgeSince = CaseSketch.at("2022-01-01");
        assertThat(fields(s.reject())).containsExactly("provider.knowledgeSince");
    }

    @Test
    void a_prior_notice_indicator_needs_the_time_the_repeat_appeared() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT);
        s.indicators = new Indicators(null, null, null, null, null, null, null, null, true, null, null);
        assertThat(fields(s.reject())).containsExactly("provider.indicatorsSince");
    }

    @Test
    void dates_out_of_order_are_rejected_with_the_offending_field() {
        CaseSketch end = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2022-03-01");
        end.conductEndDate = CaseSketch.at("2022-02-28");
        assertThat(fields(end.reject())).containsExactly("conductEndDate");

        CaseSketch asOf = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2022-03-01");
        asOf.asOf = CaseSketch.at("2022-02-01");
        assertThat(fields(asOf.reject())).containsExactly("asOf");

        CaseSketch future = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2026-03-01");
        assertThat(fields(future.reject())).containsExactly("conductDate");

        CaseSketch both = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2022-03-01");
        both.ongoing = true;
        both.conductEndDate = CaseSketch.at("2022-04-01");
        assertThat(fields(both.reject())).containsExactly("ongoing");

        CaseSketch ended = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2022-03-01");
        ended.ongoing = false;
        assertThat(fields(ended.reject())).containsExactly("conductEndDate");
    }

    @Test
    void acts_before_the_notice_they_answer_are_rejected() {
        Rejection measure = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT)
                .notice(received("2022-02-01T10:00:00+08:00").removed("2022-01-31")).reject();
        assertThat(fields(measure)).containsExactly("noticeHistory[0].measuresTakenAt");

        CaseSketch.NoticeSketch reappeared = received("2022-02-01T10:00:00+08:00");
        reappeared.reappearedAt = CaseSketch.at("2022-02-01T11:00:00+08:00");
        assertThat(fields(CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).notice(reappeared).reject()))
                .containsExactly("noticeHistory[0].reappearedAt");

        Rejection restored = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT)
                .notice(received("2022-02-01T10:00:00+08:00").restored("2022-02-03")).reject();
        assertThat(fields(restored)).containsExactly("noticeHistory[0].restoredAt");

        Rejection counter = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT)
                .notice(received("2022-02-01T10:00:00+08:00").counter("2022-01-30", null, null)).reject();
        assertThat(fields(counter)).containsExactly("noticeHistory[0].counterNotice.receivedAt");

        Rejection forwarded = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT)
                .notice(received("2022-02-01T10:00:00+08:00")
                        .counter("2022-02-03T10:00:00+08:00", "2022-02-02", null)).reject();
        assertThat(fields(forwarded)).containsExactly("noticeHistory[0].counterNotice.forwardedToRightsHolderAt");
    }

    @Test
    void a_notice_both_malicious_and_in_proven_good_faith_is_rejected() {
        CaseSketch.NoticeSketch n = received("2022-02-01T10:00:00+08:00");
        n.malicious = true;
        n.goodFaith = true;
        assertThat(fields(CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).notice(n).reject()))
                .containsExactly("noticeHistory[0].goodFaithProven");
    }

    @Test
    void excluded_delay_days_are_for_ip_rights_only_and_never_negative() {
        CaseSketch.NoticeSketch n = received("2022-02-01T10:00:00+08:00").removed("2022-02-01T11:00:00+08:00");
        n.counter = new CounterNotice(CaseSketch.at("2022-02-02"), null, null, null, null, 2);
        assertThat(fields(CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).notice(n).reject()))
                .containsExactly("noticeHistory[0].counterNotice.excludedDelayWorkingDays");
        n.counter = new CounterNotice(CaseSketch.at("2022-02-02"), null, null, null, null, -1);
        assertThat(fields(CaseSketch.of(Role.STORAGE, RightType.TRADEMARK).notice(n).reject()))
                .containsExactly("noticeHistory[0].counterNotice.excludedDelayWorkingDays");
        n.counter = new CounterNotice(CaseSketch.at("2022-02-02"), null, null, null, null, 0);
        assertThat(CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).notice(n).evaluate())
                .isInstanceOf(Classification.class);
    }

    @Test
    void an_e_commerce_platform_must_be_a_host() {
        CaseSketch s = CaseSketch.of(Role.CACHING, RightType.TRADEMARK);
        s.ecommercePlatform = true;
        assertThat(fields(s.reject())).containsExactly("ecommercePlatform");
    }

    @Test
    void a_bare_date_on_the_day_of_its_reference_is_read_as_the_reference() {
        Classification c = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT)
                .notice(received("2022-02-01T10:00:00+08:00").forwarded("2022-02-01").removed("2022-02-01"))
                .classify();
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.SAME_DAY_DATE_READ_AS_REFERENCE, "noticeHistory[0].forwardedAt"),
                new Assumption(AssumptionCode.SAME_DAY_DATE_READ_AS_REFERENCE, "noticeHistory[0].measuresTakenAt"),
                new Assumption(AssumptionCode.CONDUCT_END_ASSUMED, "2022-02-01T10:00:00+08:00"));
        assertThat(c.rule()).isEqualTo(Rule.SAFE_HARBOUR);
    }

    @Test
    void a_bare_date_as_of_on_the_day_of_the_latest_fact_is_read_as_that_fact() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT)
                .notice(received("2022-02-01T10:00:00+08:00"));
        s.asOf = CaseSketch.at("2022-02-01");
        Classification c = s.classify();
        assertThat(c.assumptions())
                .contains(new Assumption(AssumptionCode.SAME_DAY_DATE_READ_AS_REFERENCE, "asOf"));
        assertThat(c.actBy()).isEqualTo(Instant.parse("2022-02-02T02:00:00Z"));
    }

    @Test
    void a_notice_before_the_conduct_is_accepted_and_invalid() {
        Classification c = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2022-03-01")
                .notice(received("2022-02-01T10:00:00+08:00")).classify();
        assertThat(c.reasons()).contains(Reason.NOTICE_PRECEDES_CONDUCT);
        assertThat(c.liability()).isEqualTo(Liability.NONE);
    }

    @Test
    void a_re_upload_by_the_same_user_needs_its_reappearance() {
        CaseSketch.NoticeSketch n = received("2022-02-01T10:00:00+08:00");
        n.reappearedBySameUser = true;
        assertThat(fields(CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).notice(n).reject()))
                .containsExactly("noticeHistory[0].reappearedBySameUser");
    }

    @Test
    void the_end_of_a_broadcast_needs_live_content_and_may_not_precede_the_conduct() {
        CaseSketch notLive = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2023-06-01T19:00:00+08:00");
        notLive.liveEndedAt = CaseSketch.at("2023-06-01T20:00:00+08:00");
        assertThat(fields(notLive.reject())).containsExactly("liveEndedAt");

        CaseSketch early = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2023-06-01T19:00:00+08:00");
        early.liveContent = true;
        early.liveEndedAt = CaseSketch.at("2023-06-01T18:00:00+08:00");
        assertThat(fields(early.reject())).containsExactly("liveEndedAt");

        // a bare date is the whole day: not earlier than a conduct that started on it
        early.liveEndedAt = CaseSketch.at("2023-06-01");
        assertThat(early.classify().liability()).isEqualTo(Liability.NONE);
    }

    @Test
    void an_infrastructure_provider_is_not_an_e_commerce_platform() {
        CaseSketch s = CaseSketch.of(Role.INFRASTRUCTURE, RightType.TRADEMARK);
        s.ecommercePlatform = true;
        assertThat(fields(s.reject())).containsExactly("ecommercePlatform");
    }

    @Test
    void an_omitted_channel_is_form_not_content() {
        CaseSketch.NoticeSketch n = received("2022-02-01T10:00:00+08:00").forwarded("2022-02-01T11:00:00+08:00")
                .removed("2022-02-01T12:00:00+08:00");
        n.channel = null;
        Classification c = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).notice(n).classify();
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.NOTICE_CHANNEL_ASSUMED, "noticeHistory[0]: OTHER"));
        assertThat(c.assumptions()).extracting(Assumption::code).doesNotContain(AssumptionCode.NOTICE_CONTENT_ASSUMED);
        assertThat(c.reviewFlags()).contains(ReviewFlag.NOTICE_FORM_NEEDS_REVIEW)
                .doesNotContain(ReviewFlag.NOTICE_CONTENT_NOT_STATED);
        assertThat(c.legalBasis()).contains(Provision.CIVIL_CODE_1195_1);
    }
}
