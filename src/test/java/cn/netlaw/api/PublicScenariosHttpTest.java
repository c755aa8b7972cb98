package cn.netlaw.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.ClassificationResourceTest;
import cn.netlaw.scenarios.ScenarioJudge;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public scenario ({@code cases-public.json}) over HTTP, judged as docs/scenarios.md#judging says by the shared
 * {@link ScenarioJudge}: the V-scenarios must be 400 problem+json, the P-scenarios classified as expected. The
 * service's clock is the file's {@code evaluationClock} ({@code %test.liability.evaluation-time}, or
 * {@link EvaluationClock} for the jar). {@code PublicScenariosIT} runs the same against the packaged jar.
 */
@QuarkusTest
class PublicScenariosHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> every_public_scenario_is_answered_over_http_as_the_specification_expects() throws IOException {
        JsonNode file;
        try (InputStream in = PublicScenariosHttpTest.class.getResourceAsStream("/scenarios/cases-public.json")) {
            assertThat(in).as("scenarios/cases-public.json on the test classpath").isNotNull();
            file = JSON.readTree(in);
        }
        OffsetDateTime evaluationClock = OffsetDateTime.parse(file.path("evaluationClock").asText());
        assertThat(evaluationClock.toInstant())
                .as("the service's clock is set to the file's evaluationClock")
                .isEqualTo(OffsetDateTime.parse(ClassificationResourceTest.EVALUATION_TIME).toInstant());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode scenario : file.path("cases")) {
            String name = scenario.path("id").asText() + ": " + scenario.path("title").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> check(scenario, evaluationClock)));
        }
        return tests.stream();
    }

    private static void check(JsonNode scenario, OffsetDateTime evaluationClock) throws IOException {
        Assumptions.assumeTrue(!scenario.hasNonNull("clock")
                        || OffsetDateTime.parse(scenario.get("clock").asText()).isEqual(evaluationClock),
                "a scenario with its own clock cannot run against a service whose clock is fixed");
        Response response = given().contentType(ContentType.JSON).body(JSON.writeValueAsString(scenario.path("input")))
                .when().post(ClassificationResourceTest.PATH);
        JsonNode body = JSON.readTree(response.asString());
        if (scenario.path("expected").has("httpStatus")) {
            int status = scenario.path("expected").path("httpStatus").asInt();
            ClassificationResourceTest.assertProblem(response, status);
        } else {
            assertThat(response.statusCode()).as("HTTP status; body %s", body).isEqualTo(200);
        }
        List<String> mismatches = ScenarioJudge.judge(scenario, body);
        assertThat(mismatches)
                .as(() -> scenario.path("id").asText() + " does not meet docs/scenarios.md#judging:\n  - "
                        + String.join("\n  - ", mismatches) + "\nresult: " + body)
                .isEmpty();
    }
}
