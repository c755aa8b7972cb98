package cn.netlaw.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.liability.Assumption;
import cn.netlaw.liability.AssumptionCode;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Rule;
import cn.netlaw.liability.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A request's own policy values apply to that decision only and are echoed in its assumptions. */
class RequestPolicyTest {

    private final CaseReader reader = new CaseReader();
    private final LiabilityEngine engine = new LiabilityEngine(Policy.defaults(),
            Clock.fixed(Instant.parse("2025-06-30T04:00:00Z"), ZoneOffset.UTC));

    private static final String REMOVED_AFTER_30_HOURS = """
            {"provider": {"role": "STORAGE"}, "rightType": "COPYRIGHT", "conductDate": "2022-06-01",
             "noticeHistory": [{"receivedAt": "2022-06-06T09:00:00+08:00", "channel": "EMAIL",
               "forwardedAt": "2022-06-06T10:00:00+08:00", "measuresTakenAt": "2022-06-07T15:00:00+08:00"}]
             %s}""";

    private Classification classify(String body) {
        CaseReader.Facts facts = (CaseReader.Facts) reader.read(body);
        return (Classification) (facts.policy() == null ? engine.evaluate(facts.facts())
                : engine.evaluate(facts.facts(), facts.policy().applyTo(engine.policy())));
    }

    @Test
    void a_longer_threshold_for_this_request_makes_a_thirty_hour_removal_timely_and_is_echoed() {
        assertThat(classify(REMOVED_AFTER_30_HOURS.formatted("")).rule()).isEqualTo(Rule.NOTICE_RULE);
        Classification relaxed = classify(REMOVED_AFTER_30_HOURS.formatted(
                ", \"policy\": {\"timelinessHours\": {\"host\": {\"copyright\": 48}}}"));
        assertThat(relaxed.rule()).isEqualTo(Rule.SAFE_HARBOUR);
        assertThat(relaxed.assumptions()).contains(
                new Assumption(AssumptionCode.POLICY_OVERRIDE, "timelinessHours.host.copyright=48"),
                new Assumption(AssumptionCode.TIMELINESS_THRESHOLD, "NOTICE/HOST/COPYRIGHT: 48h"));
    }

    @Test
    void holidays_for_this_request_move_the_end_of_the_counter_notice_period() {
        String body = """
                {"provider": {"role": "STORAGE"}, "rightType": "PERSONALITY", "conductDate": "2022-06-01",
                 "noticeHistory": [{"receivedAt": "2022-06-01T09:00:00+08:00", "channel": "EMAIL",
                   "forwardedAt": "2022-06-01T10:00:00+08:00", "measuresTakenAt": "2022-06-01T15:00:00+08:00",
                   "counterNotice": {"receivedAt": "2022-06-02T09:00:00+08:00",
                     "forwardedToRightsHolderAt": "2022-06-03T09:00:00+08:00"}}],
                 "policy": {"holidays": ["2022-06-20"]}}""";
        Classification c = classify(body);
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.COUNTER_NOTICE_PERIOD_END, "2022-06-22T00:00:00+08:00"),
                new Assumption(AssumptionCode.POLICY_OVERRIDE, "holidays=2022-06-20"));
    }

    @Test
    void out_of_range_and_malformed_policy_values_are_rejected_with_their_paths() {
        CaseReader.Reading hours = reader.read(REMOVED_AFTER_30_HOURS.formatted(
                ", \"policy\": {\"timelinessHours\": {\"conduit\": {\"patent\": 0}}, \"counterNoticeDays\": 400}"));
        assertThat(((CaseReader.Invalid) hours).violations()).extracting(Violation::field)
                .containsExactly("policy.timelinessHours.conduit.patent", "policy.counterNoticeDays");
        CaseReader.Reading date = reader.read(REMOVED_AFTER_30_HOURS.formatted(
                ", \"policy\": {\"holidays\": [\"2022-06-20T00:00:00+08:00\"], \"largeBatchItem\": 3}"));
        assertThat(((CaseReader.Invalid) date).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("policy.holidays[0]", "policy.largeBatchItem");
    }
}
