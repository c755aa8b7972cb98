package cn.netlaw.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.RequestExamples;
import cn.netlaw.api.explanation.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every request example of the served OpenAPI document is posted to the live service as Swagger UI would send it,
 * and answered 200 with the outcome its {@code x-expected} extension states. The examples are read from
 * {@code /q/openapi}, not from the Java constants, so an example added to any operation (the batch too) is covered
 * without touching this test. An {@code x-expected} object names at least {@code liability, rule, joint, jointScope}
 * (and may name {@code regime}) and is compared with the answer; on an operation that answers {@code results} (the
 * batch), an {@code x-expected} array is compared item by item with each result's classification. Every documented
 * answer (a 200 response example) is the service's answer to its request example, decisionIds aside.
 * {@code OpenApiExamplesIT} runs the same against the packaged jar.
 */
@QuarkusTest
public class OpenApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OUTCOME = List.of("liability", "rule", "joint", "jointScope");

    public static JsonNode servedDocument() throws Exception {
        return JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @TestFactory
    Stream<DynamicTest> every_request_example_of_the_contract_is_answered_with_the_outcome_it_promises()
            throws Exception {
        JsonNode document = servedDocument();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode examples = operation.getValue().path("requestBody").path("content")
                        .path("application/json").path("examples");
                for (Map.Entry<String, JsonNode> example : examples.properties()) {
                    String name = operation.getKey().toUpperCase() + " " + path.getKey() + " example "
                            + example.getKey();
                    tests.add(DynamicTest.dynamicTest(name, () -> check(document, path.getKey(),
                            operation.getKey(), operation.getValue(), example.getKey(), example.getValue())));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void the_classification_operation_offers_the_named_situations_with_the_section_4_1_request_first()
            throws Exception {
        JsonNode examples = servedDocument().path("paths").path("/api/v1/classifications").path("post")
                .path("requestBody").path("content").path("application/json").path("examples");
        List<String> names = new ArrayList<>();
        examples.fieldNames().forEachRemaining(names::add);
        assertThat(names).as("Swagger UI offers the first example by default").startsWith("noticeHandledInTime")
                .contains("directInfringement", "noticeActedOnInTime", "noticeIgnored", "knowledgeRule",
                        "conduitSafeHarbour", "accessProviderNeverForwards", "conductBefore2021");
        for (String name : names) {
            assertThat(examples.path(name).path(RequestExamples.EXPECTED).isObject())
                    .as("example %s states its outcome in %s", name, RequestExamples.EXPECTED).isTrue();
        }
    }

    /**
     * A documented answer: the response example {@code example} of the operation at {@code path}, the answer to its
     * request example {@code request} in {@code language}, kept in the constant {@code constant}.
     */
    private record DocumentedAnswer(String path, String example, String request, String language, String constant) {
    }

    private static final List<DocumentedAnswer> DOCUMENTED_ANSWERS = List.of(
            new DocumentedAnswer("/api/v1/classifications", "en", "noticeHandledInTime", "en",
                    "NOTICE_HANDLED_IN_TIME_EN"),
            new DocumentedAnswer("/api/v1/classifications", "zh", "noticeHandledInTime", "zh-CN",
                    "NOTICE_HANDLED_IN_TIME_ZH"),
            new DocumentedAnswer("/api/v1/classifications", "contestedEn", "accessProviderNeverForwards", "en",
                    "ACCESS_PROVIDER_NEVER_FORWARDS_EN"),
            new DocumentedAnswer("/api/v1/classifications", "contestedZh", "accessProviderNeverForwards", "zh-CN",
                    "ACCESS_PROVIDER_NEVER_FORWARDS_ZH"),
            new DocumentedAnswer("/api/v1/classifications/batch", "oneValidOneInvalid", "oneValidOneInvalid", "en",
                    "RESPONSE"));

    @Test
    void every_documented_answer_is_what_the_service_answers_its_request_except_the_decision_ids() throws Exception {
        JsonNode document = servedDocument();
        List<String> stale = new ArrayList<>();
        for (DocumentedAnswer answer : DOCUMENTED_ANSWERS) {
            JsonNode post = document.path("paths").path(answer.path()).path("post");
            JsonNode request = post.path("requestBody").path("content").path("application/json").path("examples")
                    .path(answer.request()).path("value");
            JsonNode documented = post.path("responses").path("200").path("content").path("application/json")
                    .path("examples").path(answer.example()).path("value");
            assertThat(request.isObject()).as("request example %s of %s", answer.request(), answer.path()).isTrue();
            assertThat(documented.isObject()).as("response example %s of %s", answer.example(), answer.path()).isTrue();
            JsonNode live = JSON.readTree(given().contentType(ContentType.JSON).header("Accept-Language", answer.language())
                    .body(JSON.writeValueAsString(request)).when().post(answer.path())
                    .then().statusCode(200).extract().asString());
            if (!withoutDecisionIds(live).equals(withoutDecisionIds(documented))) {
                // Keep the documented decisionIds, so that a regenerated example differs only where the answer did.
                stale.add(answer.example() + " of " + answer.path() + ": "
                        + DocumentedAnswers.regenerate(answer.constant(), withDecisionIdsOf(live, documented)));
            }
        }
        assertThat(stale).as("documented answers that are no longer the service's answer (a template or a finding "
                + "changed): paste the text blocks written to these files over their constants").isEmpty();
    }

    /** A copy without the {@code decisionId} of the classification or of each batch result's classification. */
    private static JsonNode withoutDecisionIds(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        if (copy.has("results")) {
            copy.get("results").forEach(result -> {
                if (result.path("classification").isObject()) {
                    ((ObjectNode) result.get("classification")).remove("decisionId");
                }
            });
        } else {
            ((ObjectNode) copy).remove("decisionId");
        }
        return copy;
    }

    /** The live answer with the documented decisionIds where the documented answer has them. */
    private static JsonNode withDecisionIdsOf(JsonNode live, JsonNode documented) {
        JsonNode copy = live.deepCopy();
        if (copy.has("results")) {
            for (int i = 0; i < copy.get("results").size(); i++) {
                JsonNode id = documented.path("results").path(i).path("classification").path("decisionId");
                if (copy.get("results").get(i).path("classification").isObject() && id.isTextual()) {
                    ((ObjectNode) copy.get("results").get(i).get("classification"))
                            .set("decisionId", id);
                }
            }
        } else if (documented.path("decisionId").isTextual()) {
            ((ObjectNode) copy).set("decisionId", documented.get("decisionId"));
        }
        return copy;
    }

    private static void check(JsonNode document, String path, String method, JsonNode operation, String name,
            JsonNode example) throws Exception {
        assertThat(example.has("value")).as("example %s has an inline value", name).isTrue();
        Response response = given().contentType(ContentType.JSON).body(JSON.writeValueAsString(example.get("value")))
                .when().request(method.toUpperCase(), resolve(path, operation));
        JsonNode body = JSON.readTree(response.asString());
        assertThat(response.statusCode()).as("%s %s example %s: HTTP status; body %s", method, path, name, body)
                .isEqualTo(200);
        JsonNode expected = example.path(RequestExamples.EXPECTED);
        if (expected.isObject()) {
            assertOutcome(name, expected, body);
        } else if (expected.isArray()) {
            JsonNode results = body.path("results");
            assertThat(results.size()).as("example %s: one result per expected outcome; body %s", name, body)
                    .isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertOutcome(name + " item " + i, expected.get(i), results.get(i).path("classification"));
            }
        } else {
            assertThat(expected.isMissingNode()).as("example %s: %s is an object or an array", name,
                    RequestExamples.EXPECTED).isTrue();
        }
    }

    private static void assertOutcome(String name, JsonNode expected, JsonNode actual) {
        assertThat(OUTCOME).as("example %s: %s states the outcome", name, RequestExamples.EXPECTED)
                .allMatch(expected::has);
        for (Iterator<String> fields = expected.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            assertThat(actual.path(field)).as("example %s: %s; answer %s", name, field, actual)
                    .isEqualTo(expected.get(field));
        }
    }

    /** The path with each path parameter replaced by its example, as Swagger UI fills it in. */
    static String resolve(String path, JsonNode operation) {
        String resolved = path;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                JsonNode example = parameter.has("example") ? parameter.get("example")
                        : parameter.path("schema").path("examples").path(0);
                assertThat(example.isMissingNode()).as("path parameter %s of %s has an example",
                        parameter.path("name").asText(), path).isFalse();
                resolved = resolved.replace("{" + parameter.path("name").asText() + "}", example.asText());
            }
        }
        return resolved;
    }
}
