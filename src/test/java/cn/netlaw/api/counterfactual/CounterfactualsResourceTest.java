package cn.netlaw.api.counterfactual;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.netlaw.api.explanation.Language;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code ?include=counterfactuals} and the per-request {@code policy} over HTTP. */
@QuarkusTest
class CounterfactualsResourceTest {

    static final String LATE_NOTICE = """
            {"provider": {"role": "STORAGE"}, "rightType": "PERSONALITY", "conductDate": "2022-06-01",
             "noticeHistory": [{"receivedAt": "2022-06-05T09:00:00+08:00", "channel": "EMAIL",
               "includesIdentity": true, "includesPreliminaryEvidence": true, "locatesContent": true,
               "forwardedAt": "2022-06-05T10:00:00+08:00", "measuresTakenAt": "2022-06-11T09:00:00+08:00"}]}""";

    @Test
    void counterfactuals_come_only_when_asked_for() {
        given().contentType("application/json").body(LATE_NOTICE)
                .when().post("/api/v1/classifications")
                .then().statusCode(200).body("$", not(hasKey("counterfactuals")));
    }

    @Test
    void acting_by_the_deadline_is_the_first_counterfactual_of_a_late_removal() {
        given().contentType("application/json").body(LATE_NOTICE).queryParam("include", "counterfactuals")
                .when().post("/api/v1/classifications")
                .then().statusCode(200)
                .body("rule", equalTo("NOTICE_RULE"))
                .body("counterfactuals.size()", lessThanOrEqualTo(10))
                .body("counterfactuals[0].changes[0].op", equalTo("replace"))
                .body("counterfactuals[0].changes[0].path", equalTo("/noticeHistory/0/measuresTakenAt"))
                .body("counterfactuals[0].changes[0].value", equalTo("2022-06-06T09:00:00+08:00"))
                .body("counterfactuals[0].outcome.liability", equalTo("NONE"))
                .body("counterfactuals[0].outcome.jointScope", equalTo("NONE"))
                .body("counterfactuals[0].explanation", startsWith("If notice 1 had been acted on by its deadline"))
                .body("counterfactuals.outcome.rule", everyItem(not(equalTo("NOTICE_RULE_UNCHANGED"))));
    }

    @Test
    void counterfactuals_are_explained_in_the_negotiated_language() {
        given().contentType("application/json").body(LATE_NOTICE).queryParam("include", "counterfactuals")
                .header("Accept-Language", "zh-CN")
                .when().post("/api/v1/classifications")
                .then().statusCode(200)
                .body("counterfactuals[0].explanation", startsWith("若网络服务提供者在第1号通知的期限"));
    }

    @Test
    void an_unknown_query_parameter_or_include_value_is_refused_with_the_allowed_values() {
        given().contentType("application/json").body(LATE_NOTICE).queryParam("includ", "counterfactuals")
                .when().post("/api/v1/classifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("includ"))
                .body("errors[0].allowed", contains("include", "explain"));
        given().contentType("application/json").body(LATE_NOTICE).queryParam("include", "counterfactual")
                .when().post("/api/v1/classifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("include"))
                .body("errors[0].allowed", contains("counterfactuals"));
    }

    @Test
    void an_include_part_named_twice_is_refused() {
        given().contentType("application/json").body(LATE_NOTICE)
                .queryParam("include", "counterfactuals,counterfactuals")
                .when().post("/api/v1/classifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("include"))
                .body("errors[0].allowed", contains("counterfactuals"));
    }

    @Test
    void a_policy_in_the_request_applies_to_that_decision_only_and_leaves_the_ruleset_version() {
        String version = given().contentType("application/json").body(LATE_NOTICE)
                .when().post("/api/v1/classifications").then().statusCode(200)
                .body("rule", equalTo("NOTICE_RULE")).extract().path("rulesetVersion");
        String relaxed = LATE_NOTICE.substring(0, LATE_NOTICE.length() - 1)
                + ", \"policy\": {\"timelinessHours\": {\"host\": {\"personality\": {\"late\": 240}}}}}";
        given().contentType("application/json").body(relaxed)
                .when().post("/api/v1/classifications")
                .then().statusCode(200)
                .body("rule", equalTo("NO_FAULT"))
                .body("rulesetVersion", equalTo(version))
                .body("certainty", equalTo("CONTESTED"))
                .body("assumptions.value", hasItem("timelinessHours.host.personality.late=240"));
        given().contentType("application/json").body(LATE_NOTICE).when().post("/api/v1/classifications")
                .then().body("rule", equalTo("NOTICE_RULE"));
    }

    @Test
    void a_policy_value_out_of_range_is_a_problem_naming_its_path() {
        String bad = LATE_NOTICE.substring(0, LATE_NOTICE.length() - 1)
                + ", \"policy\": {\"largeBatchMultiplier\": 0}}";
        given().contentType("application/json").body(bad)
                .when().post("/api/v1/classifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("policy.largeBatchMultiplier"));
    }
}
