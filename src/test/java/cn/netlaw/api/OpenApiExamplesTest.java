package cn.netlaw.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.ContractExamples;
import cn.netlaw.api.operations.RequestIds;
import cn.netlaw.api.problem.ProblemMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of the contract ({@code src/main/resources/openapi-examples/}, merged into the document by
 * {@link ContractExamples}) against the live service. Every request example of the served OpenAPI document is posted
 * as Swagger UI would send it, and answered 200 with the outcome its {@code x-expected} extension states. The
 * examples are read from {@code /q/openapi}, so an example added to any operation (the batch too) is covered without
 * touching this test. An {@code x-expected} object names at least {@code liability, rule, joint, jointScope} (and may
 * name {@code regime}) and is compared with the answer; on an operation that answers {@code results} (the batch), an
 * {@code x-expected} array is compared item by item with each result's classification. Every documented answer (a
 * 200 response example) is the service's answer to its request example in its language, decisionIds aside; every
 * problem example (413, 415) is the service's answer to the request that provokes it, sent with the example's request
 * id, and the 500 example is what the problem mapper answers an unexpected error, its reference aside.
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
            assertThat(examples.path(name).path(ContractExamples.EXPECTED).isObject())
                    .as("example %s states its outcome in %s", name, ContractExamples.EXPECTED).isTrue();
        }
    }

    @Test
    void the_served_document_holds_every_example_of_the_index_as_its_file_gives_it() throws Exception {
        JsonNode document = servedDocument();
        int examples = 0;
        for (Map.Entry<String, ContractExamples.Entries> operation : ContractExamples.index().entrySet()) {
            JsonNode served = operation(document, operation.getKey());
            JsonNode requests = served.path("requestBody").path("content").path("application/json").path("examples");
            assertThat(names(requests)).as("request examples of %s, in order", operation.getKey())
                    .isEqualTo(operation.getValue().requests().stream().map(ContractExamples.Entry::name).toList());
            for (ContractExamples.Entry entry : operation.getValue().requests()) {
                JsonNode example = requests.path(entry.name());
                assertThat(example.path("value")).as("%s request %s", operation.getKey(), entry.name())
                        .isEqualTo(JSON.readTree(ContractExamples.request(operation.getKey(), entry.name())));
                assertThat(example.path(ContractExamples.EXPECTED))
                        .as("%s request %s: %s", operation.getKey(), entry.name(), ContractExamples.EXPECTED)
                        .isEqualTo(entry.expected() == null ? JSON.missingNode() : JSON.valueToTree(entry.expected()));
                examples++;
            }
            for (Map.Entry<String, List<ContractExamples.Entry>> status : operation.getValue().responses().entrySet()) {
                JsonNode content = served.path("responses").path(status.getKey()).path("content");
                JsonNode answers = content.path(status.getKey().startsWith("2") ? "application/json"
                        : "application/problem+json").path("examples");
                assertThat(names(answers)).as("%s examples of %s", status.getKey(), operation.getKey())
                        .isEqualTo(status.getValue().stream().map(ContractExamples.Entry::name).toList());
                for (ContractExamples.Entry entry : status.getValue()) {
                    assertThat(answers.path(entry.name()).path("value"))
                            .as("%s %s example %s", operation.getKey(), status.getKey(), entry.name())
                            .isEqualTo(ContractExamples.answer(entry));
                    examples++;
                }
            }
        }
        assertThat(examples).as("examples in openapi-examples/examples.yaml").isGreaterThan(20);
    }

    @Test
    void every_documented_answer_is_what_the_service_answers_its_request_except_the_decision_ids() throws Exception {
        JsonNode document = servedDocument();
        List<String> stale = new ArrayList<>();
        int answers = 0;
        for (Map.Entry<String, ContractExamples.Entries> operation : ContractExamples.index().entrySet()) {
            JsonNode post = operation(document, operation.getKey());
            String path = path(document, operation.getKey());
            for (ContractExamples.Entry answer : operation.getValue().responses().getOrDefault("200", List.of())) {
                JsonNode request = post.path("requestBody").path("content").path("application/json")
                        .path("examples").path(answer.request()).path("value");
                JsonNode documented = post.path("responses").path("200").path("content").path("application/json")
                        .path("examples").path(answer.name()).path("value");
                assertThat(request.isObject()).as("request example %s of %s", answer.request(), path).isTrue();
                assertThat(documented.isObject()).as("response example %s of %s", answer.name(), path).isTrue();
                JsonNode live = JSON.readTree(given().contentType(ContentType.JSON)
                        .header("Accept-Language", answer.language())
                        .body(JSON.writeValueAsString(request)).when().post(path)
                        .then().statusCode(200).extract().asString());
                if (!withoutDecisionIds(live).equals(withoutDecisionIds(documented))) {
                    // Keep the documented decisionIds, so that a regenerated example differs only where the answer did.
                    stale.add(answer.name() + " of " + path + ": "
                            + DocumentedAnswers.regenerate(answer, withDecisionIdsOf(live, documented)));
                }
                answers++;
            }
        }
        assertThat(answers).as("documented answers").isGreaterThanOrEqualTo(5);
        assertThat(stale).as("documented answers that are no longer the service's answer (a template or a finding "
                + "changed): copy the files written here over theirs in src/main/resources/openapi-examples/")
                .isEmpty();
    }

    @Test
    void every_problem_example_is_what_the_service_answers_the_request_that_provokes_it() throws Exception {
        JsonNode document = servedDocument();
        int problems = 0;
        for (Map.Entry<String, ContractExamples.Entries> operation : ContractExamples.index().entrySet()) {
            String path = path(document, operation.getKey());
            for (Map.Entry<String, List<ContractExamples.Entry>> status : operation.getValue().responses().entrySet()) {
                if (status.getKey().startsWith("2")) {
                    continue;
                }
                for (ContractExamples.Entry entry : status.getValue()) {
                    JsonNode documented = ContractExamples.answer(entry);
                    JsonNode live = provoke(entry.name(), path, documented);
                    assertThat(live).as("%s %s example %s", path, status.getKey(), entry.name())
                            .isEqualTo(documented);
                    assertThat(live.path("status").asText()).isEqualTo(status.getKey());
                    problems++;
                }
            }
        }
        assertThat(problems).as("problem examples").isGreaterThanOrEqualTo(7);
    }

    /**
     * The service's problem for the request that provokes the example {@code name}, sent with the example's request
     * id; the 500 example, which no request provokes, from the problem mapper with the example's reference.
     */
    private static JsonNode provoke(String name, String path, JsonNode documented) throws Exception {
        String instance = documented.path("instance").asText();
        if (name.equals("internalError")) {
            jakarta.ws.rs.core.Response answer = new ProblemMapper().unexpected(new IllegalStateException("example"));
            String text = new String((byte[]) answer.getEntity(), StandardCharsets.UTF_8);
            String reference = JSON.readTree(text).path("instance").asText().substring("urn:uuid:".length());
            return JSON.readTree(text.replace(reference, instance.substring("urn:uuid:".length())));
        }
        String requestId = instance.substring("urn:request-id:".length());
        io.restassured.specification.RequestSpecification request = given().header(RequestIds.HEADER, requestId);
        Response answer = switch (name) {
            case "bodyTooLarge" -> {
                byte[] body = new byte[4 * 1024 * 1024 + 1];
                Arrays.fill(body, (byte) ' ');
                yield request.contentType(ContentType.JSON).body(body).when().post(path);
            }
            case "unsupportedMediaType" -> request.contentType(ContentType.TEXT).body("{}").when().post(path);
            case "tooManyItems" -> request.contentType(ContentType.JSON)
                    .body("{\"items\": [" + String.join(",", java.util.Collections.nCopies(1001,
                            ContractExamples.MINIMAL.strip())) + "]}")
                    .when().post(path);
            default -> throw new AssertionError("no request provokes the problem example " + name
                    + ": add one to OpenApiExamplesTest.provoke");
        };
        assertThat(answer.contentType()).as("%s of %s", name, path).startsWith("application/problem+json");
        return JSON.readTree(answer.asString());
    }

    private static JsonNode operation(JsonNode document, String operationId) {
        for (JsonNode item : document.path("paths")) {
            for (JsonNode operation : item) {
                if (operationId.equals(operation.path("operationId").asText())) {
                    return operation;
                }
            }
        }
        throw new AssertionError("the served document has no operation " + operationId);
    }

    private static String path(JsonNode document, String operationId) {
        for (Map.Entry<String, JsonNode> item : document.path("paths").properties()) {
            for (JsonNode operation : item.getValue()) {
                if (operationId.equals(operation.path("operationId").asText())) {
                    return item.getKey();
                }
            }
        }
        throw new AssertionError("the served document has no operation " + operationId);
    }

    private static List<String> names(JsonNode examples) {
        List<String> names = new ArrayList<>();
        examples.fieldNames().forEachRemaining(names::add);
        return names;
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
        JsonNode expected = example.path(ContractExamples.EXPECTED);
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
                    ContractExamples.EXPECTED).isTrue();
        }
    }

    private static void assertOutcome(String name, JsonNode expected, JsonNode actual) {
        assertThat(OUTCOME).as("example %s: %s states the outcome", name, ContractExamples.EXPECTED)
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
