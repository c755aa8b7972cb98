package cn.netlaw.api.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import cn.netlaw.api.OpenApiExamplesTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * An Accept header that admits neither JSON nor problem+json (q-values honoured, {@link AcceptGuard}) is answered 406
 * with a problem+json body ({@code /problems/not-acceptable}) by every operation of the API, and every operation
 * documents that answer. The
 * operations are read from the served contract ({@code /q/openapi}), so an operation added later is covered too: a
 * POST is sent with its first request example, a path parameter with its example. {@code NotAcceptableIT} runs the
 * same against the packaged jar; {@code .ci/prism-replay} checks the answers against the contract with Prism.
 */
@QuarkusTest
class NotAcceptableTest {

    /** Accept headers that admit neither application/json nor application/problem+json (q=0: not acceptable). */
    static final List<String> NOT_JSON = List.of("text/plain", "text/html", "application/xml", "text/*",
            "image/png, text/csv;q=0.5", "application/json;q=0", "*/*;q=0",
            "application/json; q=0, application/problem+json;q=0.000, text/plain", "application/*;q=0, text/html");

    /** Accept headers that admit JSON, among others. */
    static final List<String> ADMITS_JSON = List.of("*/*", "application/*", "application/json",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/plain, application/json;q=0.1",
            "application/json;q=0.001", "application/*;q=0, application/json", "*/*;q=0, application/*;q=0.5");

    record Operation(String method, String template, String path, JsonNode operation, String body) {
        Response send(String accept) {
            RequestSpecification request = given().urlEncodingEnabled(false).header("Accept", accept);
            if (body != null) {
                request = request.contentType("application/json").body(body);
            }
            return request.when().request(method, path);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** Every operation under /api/v1 of the served contract, ready to be sent as its examples say. */
    static List<Operation> operations() throws Exception {
        JsonNode document = OpenApiExamplesTest.servedDocument();
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String concrete = path.getKey();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if (parameter.path("in").asText().equals("path")) {
                        concrete = concrete.replace("{" + parameter.path("name").asText() + "}",
                                parameter.path("example").asText());
                    }
                }
                JsonNode examples = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("examples");
                String body = examples.isEmpty() ? null : examples.elements().next().path("value").toString();
                operations.add(new Operation(operation.getKey().toUpperCase(), path.getKey(), concrete,
                        operation.getValue(), body));
            }
        }
        assertThat(operations).as("the operations of the contract").extracting(Operation::toString)
                .contains("POST /api/v1/classifications", "POST /api/v1/classifications/batch",
                        "GET /api/v1/provisions", "GET /api/v1/provisions/{id}");
        return operations;
    }

    @TestFactory
    Stream<DynamicTest> an_accept_header_without_json_is_a_406_problem_on_every_operation() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            for (String accept : NOT_JSON) {
                tests.add(DynamicTest.dynamicTest(operation + " Accept: " + accept, () -> operation.send(accept)
                        .then()
                        .statusCode(406)
                        .contentType("application/problem+json")
                        .header("X-Content-Type-Options", "nosniff")
                        .body("type", equalTo("/problems/not-acceptable"))
                        .body("title", equalTo("Not acceptable"))
                        .body("status", equalTo(406))
                        .body("errors", empty())));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> an_accept_header_that_admits_json_is_not_refused() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            for (String accept : ADMITS_JSON) {
                tests.add(DynamicTest.dynamicTest(operation + " Accept: " + accept, () -> operation.send(accept)
                        .then()
                        .statusCode(200)
                        .contentType("application/json")));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> every_operation_documents_its_406_as_a_problem() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            tests.add(DynamicTest.dynamicTest(operation.toString(), () -> {
                JsonNode answer = operation.operation().path("responses").path("406");
                assertThat(answer.isObject()).as("%s documents 406", operation).isTrue();
                assertThat(answer.path("content").path("application/problem+json").path("schema").path("$ref")
                        .asText()).as("the 406 of %s", operation).isEqualTo("#/components/schemas/Problem");
                assertThat(answer.path("content").size()).as("the media types of the 406 of %s", operation)
                        .isEqualTo(1);
            }));
        }
        return tests.stream();
    }
}
