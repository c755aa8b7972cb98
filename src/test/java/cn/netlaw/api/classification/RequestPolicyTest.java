package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.liability.Assumption;
import cn.netlaw.liability.AssumptionCode;
import cn.netlaw.liability.Certainty;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.ContestedPoint;
import cn.netlaw.liability.ContestedQuestion;
import cn.netlaw.liability.Liability;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Rule;
import cn.netlaw.liability.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request's {@code policy} (docs/request.md#fields, docs/request.md#rule-16, docs/procedure.md#policy): its values
 * apply to that decision only, are checked key by key against the configured policy, and are echoed as {@code
 * POLICY_OVERRIDE} in the order of the request's keys (docs/vocabulary.md#assumptions). Plain JUnit: the reader and the
 * engine without a container.
 */
class RequestPolicyTest {

    private final CaseReader reader = new CaseReader();
    private final LiabilityEngine engine = new LiabilityEngine(Policy.defaults(),
            Clock.fixed(Instant.parse("2025-06-30T04:00:00Z"), ZoneOffset.UTC));

    /** A valid copyright notice to a host, removed 30 hours after receipt: between the default bounds 24 h / 72 h. */
    private static final String REMOVED_AFTER_30_HOURS = """
            {"provider": {"role": "STORAGE"}, "rightType": "COPYRIGHT", "conductDate": "2022-06-01",
             "noticeHistory": [{"receivedAt": "2022-06-06T09:00:00+08:00", "channel": "EMAIL",
               "includesIdentity": true, "includesPreliminaryEvidence": true, "locatesContent": true,
               "forwardedAt": "2022-06-06T10:00:00+08:00", "measuresTakenAt": "2022-06-07T15:00:00+08:00"}]
             %s}""";

    /** A personality notice handled in time, then a counter-notice forwarded on Friday 2022-06-03. */
    private static final String COUNTER_NOTICE_FORWARDED_ON_A_FRIDAY = """
            {"provider": {"role": "STORAGE"}, "rightType": "PERSONALITY", "conductDate": "2022-06-01",
             "noticeHistory": [{"receivedAt": "2022-06-01T09:00:00+08:00", "channel": "EMAIL",
               "includesIdentity": true, "includesPreliminaryEvidence": true, "locatesContent": true,
               "forwardedAt": "2022-06-01T10:00:00+08:00", "measuresTakenAt": "2022-06-01T15:00:00+08:00",
               "counterNotice": {"receivedAt": "2022-06-02T09:00:00+08:00",
                 "forwardedToRightsHolderAt": "2022-06-03T09:00:00+08:00"}}]
             %s}""";

    private static String withPolicy(String body, String policy) {
        return body.formatted(", \"policy\": " + policy);
    }

    private Classification classify(String body) {
        CaseReader.Reading reading = reader.read(body);
        assertThat(reading).as("reading of %s", body).isInstanceOf(CaseReader.Facts.class);
        CaseReader.Facts facts = (CaseReader.Facts) reading;
        Policy policy = facts.policy() == null ? engine.policy() : facts.policy().applyTo(engine.policy());
        return (Classification) engine.evaluate(facts.facts(), policy, facts.policyOverrides(), false);
    }

    private List<Violation> violations(String policy) {
        CaseReader.Reading reading = reader.read(withPolicy(REMOVED_AFTER_30_HOURS, policy));
        assertThat(reading).as("reading of the policy %s", policy).isInstanceOf(CaseReader.Invalid.class);
        return ((CaseReader.Invalid) reading).violations();
    }

    private Violation onlyViolation(String policy) {
        List<Violation> violations = violations(policy);
        assertThat(violations).as("violations of %s", policy).hasSize(1);
        return violations.getFirst();
    }

    private static List<String> overrides(Classification c) {
        return c.assumptions().stream().filter(a -> a.code() == AssumptionCode.POLICY_OVERRIDE).map(Assumption::value)
                .toList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bands (docs/procedure.md#timeliness, docs/request.md#fields policy.timelinessHours)
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void a_removal_between_the_default_bounds_is_contested_timeliness_and_presumptively_in_time() {
        Classification c = classify(REMOVED_AFTER_30_HOURS.formatted(""));
        assertThat(c.rule()).isEqualTo(Rule.SAFE_HARBOUR);
        assertThat(c.certainty()).isEqualTo(Certainty.CONTESTED);
        assertThat(c.contested()).extracting(ContestedPoint::question).containsExactly(ContestedQuestion.TIMELINESS);
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.TIMELINESS_THRESHOLD, "NOTICE/HOST/COPYRIGHT: 24h/72h"));
        assertThat(overrides(c)).isEmpty();
    }

    @Test
    void a_pair_with_only_a_late_bound_keeps_the_configured_prompt_bound_and_makes_the_removal_clearly_late() {
        Classification c = classify(withPolicy(REMOVED_AFTER_30_HOURS,
                "{\"timelinessHours\": {\"host\": {\"copyright\": {\"late\": 28}}}}"));
        assertThat(c.liability()).isEqualTo(Liability.INDIRECT);
        assertThat(c.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);
        // docs/procedure.md#timeliness, 9.3: a late episode's liable period starts at the prompt deadline (24 h after
        // receipt).
        assertThat(c.liablePeriods()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(Instant.parse("2022-06-07T01:00:00Z"));
            assertThat(p.until()).isEqualTo(Instant.parse("2022-06-07T07:00:00Z"));
        });
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.TIMELINESS_THRESHOLD, "NOTICE/HOST/COPYRIGHT: 24h/28h"));
        assertThat(overrides(c)).containsExactly("timelinessHours.host.copyright.late=28");
    }

    @Test
    void a_pair_with_only_a_prompt_bound_keeps_the_configured_late_bound_and_makes_the_removal_clearly_in_time() {
        Classification c = classify(withPolicy(REMOVED_AFTER_30_HOURS,
                "{\"timelinessHours\": {\"host\": {\"copyright\": {\"prompt\": 36}}}}"));
        assertThat(c.rule()).isEqualTo(Rule.SAFE_HARBOUR);
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.TIMELINESS_THRESHOLD, "NOTICE/HOST/COPYRIGHT: 36h/72h"));
        assertThat(overrides(c)).containsExactly("timelinessHours.host.copyright.prompt=36");
    }

    @Test
    void the_overrides_follow_the_assumed_as_of_in_the_order_of_the_request_keys_prompt_before_late() {
        Classification c = classify(withPolicy(REMOVED_AFTER_30_HOURS, """
                {"counterNoticeDays": 20,
                 "timelinessHours": {"host": {"copyright": {"late": 60, "prompt": 36}}, "live": {"copyright": {"late": 3}}},
                 "tllKnowledgeIncludesShouldHaveKnown": false}"""));
        assertThat(c.assumptions().get(0).code()).isEqualTo(AssumptionCode.AS_OF_ASSUMED);
        assertThat(c.assumptions().subList(1, 6)).extracting(Assumption::value).containsExactly(
                "counterNoticeDays=20",
                "timelinessHours.host.copyright.prompt=36",
                "timelinessHours.host.copyright.late=60",
                "timelinessHours.live.copyright.late=3",
                "tllKnowledgeIncludesShouldHaveKnown=false");
        assertThat(overrides(c)).hasSize(5);
    }

    @ParameterizedTest(name = "{0} is echoed as {1}")
    @CsvSource(delimiter = '|', value = {
        "0.25     | 0.25",
        "0.250    | 0.25",
        "12.0     | 12",
        "1.5E1    | 15",
        "2.5e-1   | 0.25",
        "8760     | 8760",
        "0.000001 | 0.000001"
    })
    void a_decimal_bound_is_accepted_and_echoed_in_its_shortest_form(String sent, String echoed) {
        Classification c = classify(withPolicy(REMOVED_AFTER_30_HOURS,
                "{\"timelinessHours\": {\"live\": {\"copyright\": {\"prompt\": " + sent + ", \"late\": 8760.0}}}}"));
        assertThat(overrides(c)).containsExactly("timelinessHours.live.copyright.prompt=" + echoed,
                "timelinessHours.live.copyright.late=8760");
    }

    @ParameterizedTest(name = "policy {0}")
    @ValueSource(strings = {
        "null",
        "{}",
        "{\"timelinessHours\": null}",
        "{\"timelinessHours\": {\"host\": null, \"live\": null}}",
        "{\"timelinessHours\": {\"host\": {\"copyright\": null}}}",
        "{\"timelinessHours\": {\"host\": {\"copyright\": {\"prompt\": null, \"late\": null}}}}",
        "{\"largeBatchItems\": null, \"largeBatchMultiplier\": null, \"counterNoticeDays\": null,"
                + " \"maxExcludedDelayWorkingDays\": null, \"tllKnowledgeIncludesShouldHaveKnown\": null,"
                + " \"holidays\": null, \"adjustedWorkingDays\": null, \"conduitNoticeDutyBeforeCivilCode\": null,"
                + " \"limitationYears\": null}"
    })
    void null_at_any_level_keeps_the_configured_value_and_is_not_echoed(String policy) {
        Classification without = classify(REMOVED_AFTER_30_HOURS.formatted(""));
        Classification with = classify(withPolicy(REMOVED_AFTER_30_HOURS, policy));
        assertThat(with).usingRecursiveComparison().isEqualTo(without);
        assertThat(overrides(with)).isEmpty();
    }

    @Test
    void prompt_above_the_configured_late_bound_is_rejected_at_the_pair() {
        Violation violation = onlyViolation("{\"timelinessHours\": {\"host\": {\"copyright\": {\"prompt\": 80}}}}");
        assertThat(violation.field()).isEqualTo("policy.timelinessHours.host.copyright");
        assertThat(violation.message()).contains("prompt (80 h)", "late (72 h)", "configured");
    }

    @Test
    void late_below_the_configured_prompt_bound_is_rejected_at_the_pair() {
        Violation violation = onlyViolation("{\"timelinessHours\": {\"live\": {\"personality\": {\"late\": 0.25}}}}");
        assertThat(violation.field()).isEqualTo("policy.timelinessHours.live.personality");
        assertThat(violation.message()).contains("prompt (0.5 h)", "late (0.25 h)");
    }

    @Test
    void prompt_above_late_in_the_same_pair_is_rejected_at_the_pair() {
        Violation violation = onlyViolation("{\"timelinessHours\": {\"conduit\": {\"patent\": {\"prompt\": 10, \"late\": 5}}}}");
        assertThat(violation.field()).isEqualTo("policy.timelinessHours.conduit.patent");
    }

    @Test
    void prompt_equal_to_late_is_a_band_without_a_contested_zone() {
        Classification c = classify(withPolicy(REMOVED_AFTER_30_HOURS,
                "{\"timelinessHours\": {\"host\": {\"copyright\": {\"prompt\": 30, \"late\": 30}}}}"));
        assertThat(c.rule()).isEqualTo(Rule.SAFE_HARBOUR);
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);
    }

    @ParameterizedTest(name = "{0} h")
    @ValueSource(strings = {"0", "-1", "-0.0", "1e-400", "8760.5", "8761", "1e9"})
    void a_bound_of_zero_or_less_or_beyond_a_year_is_rejected_at_the_bound(String hours) {
        Violation violation = onlyViolation("{\"timelinessHours\": {\"host\": {\"copyright\": {\"late\": " + hours + "}}}}");
        assertThat(violation.field()).isEqualTo("policy.timelinessHours.host.copyright.late");
        assertThat(violation.message()).contains("more than 0", "8760");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"24\"          | expected a number",
        "true            | expected a number",
        "{}              | expected a number",
        "[24]            | expected a number",
        "1e400           | too large",
        "-1e400          | too large"
    })
    void a_bound_that_is_not_a_finite_number_is_rejected_at_the_bound(String value, String message) {
        Violation violation = onlyViolation("{\"timelinessHours\": {\"host\": {\"copyright\": {\"prompt\": " + value + "}}}}");
        assertThat(violation.field()).isEqualTo("policy.timelinessHours.host.copyright.prompt");
        assertThat(violation.message()).contains(message);
    }

    @Test
    void a_pair_given_as_a_single_number_the_2_x_shape_is_rejected_as_not_an_object() {
        Violation violation = onlyViolation("{\"timelinessHours\": {\"host\": {\"copyright\": 48}}}");
        assertThat(violation.field()).isEqualTo("policy.timelinessHours.host.copyright");
        assertThat(violation.message()).contains("expected an object");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"ecommerce\": {\"personality\": {\"prompt\": 24}}}    | policy.timelinessHours.ecommerce.personality   | copyright,copyrightOther,trademark,patent",
        "{\"ecommerce\": {\"other\": {\"prompt\": 24}}}          | policy.timelinessHours.ecommerce.other         | copyright,copyrightOther,trademark,patent",
        "{\"live\": {\"trademark\": {\"late\": 2}}}              | policy.timelinessHours.live.trademark          | copyright,copyrightOther,personality",
        "{\"live\": {\"patent\": {\"late\": 2}}}                 | policy.timelinessHours.live.patent             | copyright,copyrightOther,personality",
        "{\"live\": {\"other\": {\"late\": 2}}}                  | policy.timelinessHours.live.other              | copyright,copyrightOther,personality",
        "{\"conduit\": {\"personalityObvious\": {\"late\": 48}}} | policy.timelinessHours.conduit.personalityObvious | copyright,copyrightOther,personality,trademark,patent,other",
        "{\"host\": {\"copyright_other\": {\"late\": 48}}}       | policy.timelinessHours.host.copyright_other    | copyright,copyrightOther,personality,personalityObvious,trademark,patent,other",
        "{\"host\": {\"copyright\": {\"deadline\": 48}}}         | policy.timelinessHours.host.copyright.deadline | prompt,late",
        "{\"storage\": {\"copyright\": {\"late\": 48}}}          | policy.timelinessHours.storage                 | host,conduit,ecommerce,live",
        "{\"infrastructure\": {}}                                | policy.timelinessHours.infrastructure          | host,conduit,ecommerce,live"
    })
    void a_class_right_or_bound_without_a_band_is_an_unknown_key_listing_the_allowed_names(String hours, String field,
            String allowed) {
        Violation violation = onlyViolation("{\"timelinessHours\": " + hours + "}");
        assertThat(violation.field()).isEqualTo(field);
        assertThat(violation.message()).startsWith("unknown property");
        assertThat(violation.allowed()).containsExactly(allowed.split(","));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The other keys (docs/request.md#fields, docs/request.md#rule-16, docs/procedure.md#policy)
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void the_withdrawn_patent_forwarding_key_is_an_unknown_key() {
        Violation violation = onlyViolation("{\"patentForwardingSuffices\": true}");
        assertThat(violation.field()).isEqualTo("policy.patentForwardingSuffices");
        assertThat(violation.message()).startsWith("unknown property");
        assertThat(violation.allowed()).containsExactly("timelinessHours", "largeBatchItems", "largeBatchMultiplier",
                "counterNoticeDays", "maxExcludedDelayWorkingDays", "tllKnowledgeIncludesShouldHaveKnown", "holidays",
                "adjustedWorkingDays", "conduitNoticeDutyBeforeCivilCode", "limitationYears");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "largeBatchItems             | 0       | 1000001",
        "largeBatchMultiplier        | 0       | 101",
        "counterNoticeDays           | 0       | 366",
        "maxExcludedDelayWorkingDays | -1      | 366",
        "limitationYears             | 0       | 31"
    })
    void an_integer_key_outside_its_range_is_rejected_at_its_path(String key, String below, String above) {
        for (String value : List.of(below, above)) {
            Violation violation = onlyViolation("{\"" + key + "\": " + value + "}");
            assertThat(violation.field()).isEqualTo("policy." + key);
            assertThat(violation.message()).startsWith("must be between");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "largeBatchItems             | 1  | 1000000",
        "largeBatchMultiplier        | 1  | 100",
        "counterNoticeDays           | 1  | 365",
        "maxExcludedDelayWorkingDays | 0  | 365",
        "limitationYears             | 1  | 30"
    })
    void an_integer_key_at_either_end_of_its_range_is_accepted_and_echoed(String key, String low, String high) {
        for (String value : List.of(low, high)) {
            Classification c = classify(withPolicy(REMOVED_AFTER_30_HOURS, "{\"" + key + "\": " + value + "}"));
            assertThat(overrides(c)).containsExactly(key + "=" + value);
        }
    }

    @Test
    void out_of_range_values_are_all_reported_with_their_paths() {
        assertThat(violations("{\"timelinessHours\": {\"conduit\": {\"patent\": {\"late\": 0}}}, \"counterNoticeDays\": 400}"))
                .extracting(Violation::field)
                .containsExactly("policy.timelinessHours.conduit.patent.late", "policy.counterNoticeDays");
    }

    @Test
    void malformed_keys_and_values_are_all_reported_with_their_paths() {
        assertThat(violations("""
                {"holidays": ["2022-06-20T00:00:00+08:00", null, "2023-02-30"], "largeBatchItem": 3,
                 "conduitNoticeDutyBeforeCivilCode": "true", "limitationYears": 3.5}"""))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("policy.largeBatchItem", "policy.holidays[0]", "policy.holidays[1]",
                        "policy.holidays[2]", "policy.conduitNoticeDutyBeforeCivilCode", "policy.limitationYears");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "true", "\"host\"", "24"})
    void a_policy_that_is_not_an_object_is_rejected_at_policy(String policy) {
        assertThat(onlyViolation(policy).field()).isEqualTo("policy");
    }

    @Test
    void holidays_for_this_request_move_the_end_of_the_counter_notice_period_and_are_echoed_sorted_once() {
        Classification configured = classify(COUNTER_NOTICE_FORWARDED_ON_A_FRIDAY.formatted(""));
        // 15 days from Friday 3 June end on Saturday 18 June, rolled past the weekend (Civil Code 203).
        assertThat(configured.assumptions()).contains(
                new Assumption(AssumptionCode.COUNTER_NOTICE_PERIOD_END, "2022-06-21T00:00:00+08:00"));
        Classification c = classify(withPolicy(COUNTER_NOTICE_FORWARDED_ON_A_FRIDAY,
                "{\"holidays\": [\"2022-06-21\", \"2022-06-20\", \"2022-06-20\"]}"));
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.COUNTER_NOTICE_PERIOD_END, "2022-06-23T00:00:00+08:00"),
                new Assumption(AssumptionCode.POLICY_OVERRIDE, "holidays=[\"2022-06-20\",\"2022-06-21\"]"));
    }

    @Test
    void an_empty_date_list_is_echoed_as_an_empty_json_array_and_a_boolean_as_json() {
        Classification c = classify(withPolicy(COUNTER_NOTICE_FORWARDED_ON_A_FRIDAY,
                "{\"adjustedWorkingDays\": [], \"conduitNoticeDutyBeforeCivilCode\": true}"));
        assertThat(overrides(c)).containsExactly("adjustedWorkingDays=[]", "conduitNoticeDutyBeforeCivilCode=true");
    }

    @Test
    void the_conduit_notice_duty_set_for_this_request_judges_a_tort_liability_law_era_copyright_notice_to_an_access_provider() {
        String ignoredIn2015 = """
                {"provider": {"role": "ACCESS"}, "rightType": "COPYRIGHT", "conductDate": "2015-03-01",
                 "conductEndDate": "2015-06-30",
                 "noticeHistory": [{"receivedAt": "2015-03-02T09:00:00+08:00", "channel": "WRITTEN",
                   "includesIdentity": true, "includesPreliminaryEvidence": true, "locatesContent": true}]
                 %s}""";
        // 9.2 (3.0 default false): a TLL-era copyright notice to a conduit is skipped; the Regulation's harbour holds.
        Classification skipped = classify(ignoredIn2015.formatted(""));
        assertThat(skipped.rule()).isEqualTo(Rule.SAFE_HARBOUR);
        assertThat(skipped.certainty()).isEqualTo(Certainty.DETERMINED);
        // 9.2 with the key true: judged, and a miss at the late deadline is a determined late event at dP.
        Classification judged = classify(withPolicy(ignoredIn2015, "{\"conduitNoticeDutyBeforeCivilCode\": true}"));
        assertThat(judged.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(judged.certainty()).isEqualTo(Certainty.DETERMINED);
        assertThat(judged.liablePeriods()).singleElement()
                .satisfies(p -> assertThat(p.from()).isEqualTo(Instant.parse("2015-03-03T01:00:00Z")));
        assertThat(overrides(judged)).containsExactly("conduitNoticeDutyBeforeCivilCode=true");
    }
}
