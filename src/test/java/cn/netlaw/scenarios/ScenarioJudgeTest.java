package cn.netlaw.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The judge itself, against docs/scenarios.md#judging: every check must be able to fail, or a green scenario suite
 * proves nothing.
 */
class ScenarioJudgeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** P87-like: a 2022 copyright notice acted on late, then a restoration without counter-notice. */
    private static final String SCENARIO = """
            {"id": "T1", "title": "test",
             "input": {"provider": {"role": "STORAGE"}, "rightType": "COPYRIGHT", "conductDate": "2022-06-01",
                       "noticeHistory": [{"receivedAt": "2022-06-06T09:00:00+08:00",
                                          "measuresTakenAt": "2022-06-09T09:00:00+08:00",
                                          "restoredAt": "2022-06-10T09:00:00+08:00"}]},
             "expected": {"regime": "CIVIL_CODE", "liability": "INDIRECT", "rule": "NOTICE_RULE", "joint": true,
                          "jointScope": "EXPANDED_PART", "safeHarbour": "NOT_SATISFIED",
                          "expandedFrom": "2022-06-07T09:00:00+08:00", "expandedUntil": null,
                          "expandedPeriods": [{"from": "2022-06-07T09:00:00+08:00", "until": "2022-06-09T09:00:00+08:00"},
                                              {"from": "2022-06-10T09:00:00+08:00", "until": null}],
                          "actBy": null, "dutyBreaches": [], "specialRegimes": ["NDR_REGULATION"],
                          "reviewFlags": ["DEFAULT_THRESHOLD_APPLIED"], "assumptionCodes": ["TIMELINESS_THRESHOLD"],
                          "legalBasis": ["CIVIL_CODE_1195_2", "SPC_NDR_13"], "forbiddenBasis": ["TORT_LAW_36_2"]}}
            """;

    private static final String RESULT = """
            {"regime": "CIVIL_CODE", "specialRegimes": ["NDR_REGULATION"], "liability": "INDIRECT",
             "rule": "NOTICE_RULE", "joint": true, "jointScope": "EXPANDED_PART",
             "expandedFrom": "2022-06-07T01:00:00Z", "expandedUntil": null,
             "expandedPeriods": [{"from": "2022-06-07T09:00+08:00", "until": "2022-06-09T09:00:00+08:00"},
                                 {"from": "2022-06-10T09:00:00+08:00", "until": null}],
             "knowledgeFrom": null, "effectiveKnowledge": "NONE", "safeHarbour": "NOT_SATISFIED",
             "notifierLiability": "NOT_APPLICABLE", "notifierLiabilityByNotice": [],
             "paidDeletionAgreement": "NOT_APPLICABLE", "dutyBreaches": [], "actBy": null,
             "legalBasis": ["CIVIL_CODE_1195_2", "SPC_NDR_13", "SPC_NDR_14", "REG_22", "CIVIL_CODE_1195_1"],
             "reasons": ["NOTICE_NOT_ACTED_ON_IN_TIME"],
             "reviewFlags": ["DEFAULT_THRESHOLD_APPLIED", "MEASURE_ADEQUACY_NEEDS_REVIEW"],
             "assumptions": [{"code": "AS_OF_ASSUMED", "value": "2025-06-30T12:00:00+08:00"},
                             {"code": "TIMELINESS_THRESHOLD", "value": "NOTICE/HOST/COPYRIGHT: 24h"},
                             {"code": "CONDUCT_END_ASSUMED", "value": "ONGOING_AT_AS_OF"}]}
            """;

    @Test
    void a_result_meeting_every_expectation_passes_and_instants_compare_as_instants() {
        assertThat(ScenarioJudge.judge(json(SCENARIO), json(RESULT))).isEmpty();
    }

    @Test
    void each_exact_field_must_match() {
        for (String[] change : new String[][] {{"regime", "\"TORT_LIABILITY_LAW\""}, {"liability", "\"NONE\""},
                {"rule", "\"KNOWLEDGE_RULE\""}, {"joint", "false"}, {"jointScope", "\"WHOLE_DAMAGE\""},
                {"safeHarbour", "\"SATISFIED\""}}) {
            ObjectNode result = (ObjectNode) json(RESULT);
            result.set(change[0], json(change[1]));
            assertThat(ScenarioJudge.judge(json(SCENARIO), result)).as(change[0])
                    .anyMatch(m -> m.startsWith(change[0] + ":"));
        }
    }

    @Test
    void a_different_instant_or_a_value_where_null_is_expected_fails() {
        ObjectNode result = (ObjectNode) json(RESULT);
        result.put("expandedFrom", "2022-06-07T09:00:01+08:00");
        result.put("actBy", "2025-07-01T00:00:00+08:00");
        assertThat(ScenarioJudge.judge(json(SCENARIO), result))
                .anyMatch(m -> m.startsWith("expandedFrom:")).anyMatch(m -> m.startsWith("actBy:"));
    }

    @Test
    void liable_periods_are_compared_period_by_period_in_order() {
        ObjectNode result = (ObjectNode) json(RESULT);
        result.set("expandedPeriods", json("""
                [{"from": "2022-06-07T09:00:00+08:00", "until": null}]"""));
        assertThat(ScenarioJudge.judge(json(SCENARIO), result)).anyMatch(m -> m.startsWith("expandedPeriods:"));
        result.set("expandedPeriods", json("""
                [{"from": "2022-06-07T09:00:00+08:00", "until": "2022-06-09T10:00:00+08:00"},
                 {"from": "2022-06-10T09:00:00+08:00", "until": null}]"""));
        assertThat(ScenarioJudge.judge(json(SCENARIO), result))
                .anyMatch(m -> m.startsWith("expandedPeriods[0].until:"));
    }

    @Test
    void duty_breaches_and_special_regimes_are_sets_but_flags_and_assumptions_only_subsets() {
        ObjectNode result = (ObjectNode) json(RESULT);
        result.set("dutyBreaches", json("[\"FORWARDING_NOT_DONE\"]"));
        result.set("specialRegimes", json("[\"NDR_REGULATION\", \"E_COMMERCE_LAW\"]"));
        result.set("reviewFlags", json("[\"MEASURE_ADEQUACY_NEEDS_REVIEW\"]"));
        result.set("assumptions", json("[{\"code\": \"AS_OF_ASSUMED\", \"value\": \"2025-06-30T12:00:00+08:00\"}]"));
        assertThat(ScenarioJudge.judge(json(SCENARIO), result))
                .anyMatch(m -> m.startsWith("dutyBreaches:")).anyMatch(m -> m.startsWith("specialRegimes:"))
                .anyMatch(m -> m.startsWith("reviewFlags:")).anyMatch(m -> m.startsWith("assumptionCodes:"));
    }

    @Test
    void an_expected_id_must_be_cited_and_a_forbidden_one_must_not() {
        ObjectNode result = (ObjectNode) json(RESULT);
        result.set("legalBasis", json("[\"CIVIL_CODE_1195_2\", \"REG_22\", \"TORT_LAW_36_2\"]"));
        assertThat(ScenarioJudge.judge(json(SCENARIO), result))
                .anyMatch(m -> m.startsWith("legalBasis: missing [SPC_NDR_13]"))
                .anyMatch(m -> m.startsWith("forbiddenBasis:"));
    }

    @Test
    void the_catalogue_check_rejects_unknown_ids_other_right_types_unreached_regimes_and_ids_not_yet_in_force() {
        JsonNode input = json("""
                {"provider": {"role": "STORAGE"}, "rightType": "PERSONALITY", "conductDate": "2016-03-01",
                 "conductEndDate": "2016-12-31",
                 "noticeHistory": [{"receivedAt": "2016-03-02T09:00:00+08:00"}]}""");
        ObjectNode result = (ObjectNode) json("""
                {"regime": "TORT_LIABILITY_LAW", "legalBasis": ["TORT_LAW_36_2", "SPC_PR_2014_5", "NO_SUCH_ID",
                 "REG_22", "SPC_PR_2020_4", "GENERAL_PROVISIONS_201"], "assumptions": []}""");
        List<String> mismatches = ScenarioJudge.catalogueCheck(input, result, Catalogue.load());
        assertThat(mismatches).hasSize(4)
                .anyMatch(m -> m.contains("NO_SUCH_ID"))
                .anyMatch(m -> m.contains("REG_22") && m.contains("right type PERSONALITY"))
                .anyMatch(m -> m.contains("SPC_PR_2020_4") && m.contains("regime the case does not reach"))
                .anyMatch(m -> m.contains("GENERAL_PROVISIONS_201") && m.contains("entered into force on 2017-10-01"));
    }

    @Test
    void an_act_of_the_civil_code_era_lets_its_ids_be_cited_in_a_tort_liability_law_case() {
        JsonNode input = json("""
                {"provider": {"role": "STORAGE"}, "rightType": "PERSONALITY", "conductDate": "2020-10-01",
                 "noticeHistory": [{"receivedAt": "2020-11-01T09:00:00+08:00",
                                    "measuresTakenAt": "2020-11-02T09:00:00+08:00",
                                    "restoredAt": "2021-01-05"}]}""");
        JsonNode result = json("""
                {"regime": "TORT_LIABILITY_LAW", "legalBasis": ["TORT_LAW_36_2", "CIVIL_CODE_1196_1"],
                 "assumptions": [{"code": "CONDUCT_END_ASSUMED", "value": "2020-11-02T09:00:00+08:00"}]}""");
        assertThat(ScenarioJudge.catalogueCheck(input, result, Catalogue.load())).isEmpty();
    }

    @Test
    void a_validation_scenario_passes_only_when_the_request_is_rejected() {
        JsonNode scenario = json("{\"id\": \"V\", \"input\": {}, \"expected\": {\"httpStatus\": 400}}");
        assertThat(ScenarioJudge.judge(scenario, ScenarioJudge.rejected(400))).isEmpty();
        assertThat(ScenarioJudge.judge(scenario, json("{\"type\": \"about:blank\", \"status\": 400}"))).isEmpty();
        assertThat(ScenarioJudge.judge(scenario, json(RESULT))).hasSize(1);
        assertThat(ScenarioJudge.judge(json(SCENARIO), ScenarioJudge.rejected(400))).hasSize(1);
    }

    @Test
    void a_misspelt_expectation_is_reported_rather_than_ignored() {
        ObjectNode scenario = (ObjectNode) json(SCENARIO);
        ((ObjectNode) scenario.get("expected")).set("reviewFlag", json("[\"INFERRED_KNOWLEDGE\"]"));
        assertThat(ScenarioJudge.judge(scenario, json(RESULT))).anyMatch(m -> m.contains("'reviewFlag'"));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
