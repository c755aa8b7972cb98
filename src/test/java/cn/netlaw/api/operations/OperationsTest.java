package cn.netlaw.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import cn.netlaw.api.ManagementPort;
import cn.netlaw.api.classification.ClassificationResource;
import cn.netlaw.api.classification.ClassificationResourceTest;
import cn.netlaw.api.classification.ContractExamples;
import cn.netlaw.api.classification.EngineSelfTest;
import cn.netlaw.api.classification.Ruleset;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What operators rely on: per-outcome classification counts and the classification timer at {@code /q/metrics}, the
 * version and rulesetVersion at {@code /q/info}, and a readiness that includes the engine's self-test, all on the
 * management interface ({@link ManagementPort}).
 * {@code OperationsIT} runs the same tests against the packaged jar.
 */
@QuarkusTest
public class OperationsTest {

    private static final String CLASSIFICATIONS = "liability_classifications_total";

    /** Cases that end in different outcomes (liability, rule, regime). */
    private static final List<String> CASES = List.of(
            "{\"provider\": {\"role\": \"STORAGE\"}}",
            "{\"provider\": {\"role\": \"STORAGE\", \"participatesInContent\": true}}",
            "{\"provider\": {\"role\": \"STORAGE\", \"instigates\": true}}",
            ContractExamples.NOTICE_HANDLED_IN_TIME);

    private static JsonPath classify(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(ClassificationResourceTest.PATH)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String metrics() {
        return ManagementPort.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The value of the Prometheus sample {@code name{labels}} (labels in any order), or 0 when absent; an exemplar
     * after the value (the trace of a sampled request, OpenMetrics {@code # {trace_id=...}}) is not part of it.
     */
    public static double sample(String metrics, String name, Map<String, String> labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)}\\s+(\\S+)(?:\\s+#.*)?$")
                .matcher(metrics);
        while (line.find()) {
            String found = line.group(1);
            if (labels.entrySet().stream().allMatch(l -> found.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }

    private static Map<String, String> outcome(JsonPath answer) {
        return Map.of("liability", answer.getString("liability"), "rule", answer.getString("rule"),
                "regime", answer.getString("regime"));
    }

    @Test
    void metrics_count_the_classifications_by_liability_rule_and_regime() {
        Map<Map<String, String>, Integer> outcomes = new HashMap<>();
        String before = metrics();
        for (String body : CASES) {
            for (int i = 0; i < 2; i++) {
                outcomes.merge(outcome(classify(body)), 1, Integer::sum);
            }
        }
        String after = metrics();
        assertThat(outcomes.keySet()).as("the cases end in different outcomes").hasSizeGreaterThanOrEqualTo(3);
        outcomes.forEach((labels, count) -> assertThat(sample(after, CLASSIFICATIONS, labels)
                - sample(before, CLASSIFICATIONS, labels)).as("%s after %d more", labels, count).isEqualTo((double) count));
    }

    @Test
    void metrics_time_every_request_by_whether_it_was_classified() {
        classify("{\"provider\": {\"role\": \"STORAGE\"}}");
        given().contentType(ContentType.JSON).body("{\"provider\": {}}")
                .when().post(ClassificationResourceTest.PATH).then().statusCode(400);
        String metrics = metrics();
        assertThat(sample(metrics, "liability_classification_time_seconds_count", Map.of("outcome", "classified")))
                .isPositive();
        assertThat(sample(metrics, "liability_classification_time_seconds_count", Map.of("outcome", "refused")))
                .isPositive();
    }

    @Test
    void latency_is_published_as_fixed_buckets_for_decisions_and_for_each_endpoint_and_outcome() {
        classify("{\"provider\": {\"role\": \"STORAGE\"}}");
        given().contentType(ContentType.JSON).body("{\"provider\": {}}")
                .when().post(ClassificationResourceTest.PATH).then().statusCode(400);
        String metrics = metrics();
        for (String le : new String[] {"1.0E-4", "0.001", "0.01", "0.1", "1.0", "10.0"}) {
            assertThat(metrics).as("bucket le=%s", le).containsPattern(
                    "liability_classification_time_seconds_bucket\\{[^}]*le=\"" + java.util.regex.Pattern.quote(le)
                            + "\"[^}]*outcome=\"classified\"[^}]*}|liability_classification_time_seconds_bucket\\{[^}]*"
                            + "outcome=\"classified\"[^}]*le=\"" + java.util.regex.Pattern.quote(le) + "\"");
        }
        assertThat(sample(metrics, "http_server_requests_seconds_bucket",
                Map.of("uri", ClassificationResourceTest.PATH, "status", "200", "le", "10.0"))).isPositive();
        assertThat(sample(metrics, "http_server_requests_seconds_bucket",
                Map.of("uri", ClassificationResourceTest.PATH, "status", "400", "le", "10.0"))).isPositive();
    }

    @Test
    void contested_answers_are_counted_by_question() {
        String before = metrics();
        // a copyright notice acted on 30 h after receipt on a hosting service: between 24 h and 72 h, contested
        JsonPath answer = classify("""
                {"provider": {"role": "STORAGE"}, "rightType": "COPYRIGHT", "conductDate": "2023-01-01",
                 "noticeHistory": [{"receivedAt": "2023-02-01T09:00:00+08:00", "includesIdentity": true,
                   "includesPreliminaryEvidence": true, "locatesContent": true,
                   "forwardedAt": "2023-02-01T09:00:00+08:00", "measuresTakenAt": "2023-02-02T15:00:00+08:00",
                   "reappearedAt": "2023-02-01T08:00:00+08:00", "reappearedBySameUser": false}]}""");
        assertThat(answer.getString("certainty")).isEqualTo("CONTESTED");
        String question = answer.getString("contested[0].question");
        String after = metrics();
        assertThat(sample(after, "liability_contested_total", Map.of("question", question))
                - sample(before, "liability_contested_total", Map.of("question", question))).isEqualTo(1.0);
    }

    @Test
    void info_shows_the_version_and_the_ruleset_version_every_answer_carries() {
        String rulesetVersion = classify("{\"provider\": {\"role\": \"STORAGE\"}}").getString("rulesetVersion");
        ManagementPort.given().when().get("/q/info").then().statusCode(200)
                .body("build.version", matchesPattern("\\d+\\.\\d+\\.\\d+.*"))
                .body("liability.rulesetVersion", equalTo(rulesetVersion))
                .body("liability.specVersion", equalTo(Ruleset.SPEC_VERSION));
    }

    @Test
    void readiness_is_up_and_includes_the_engine_self_test() {
        ManagementPort.given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(EngineSelfTest.NAME))
                .body("checks.find { it.name == '" + EngineSelfTest.NAME + "' }.status", equalTo("UP"));
    }
}
