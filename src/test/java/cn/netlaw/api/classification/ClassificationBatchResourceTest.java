package cn.netlaw.api.classification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.netlaw.api.ManagementPort;
import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.operations.OperationsTest;
import cn.netlaw.generative.CaseGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /api/v1/classifications/batch} over HTTP: each item answered as the single endpoint answers it, in the
 * order of the items; a fault of an item fails that item only; the envelope's own faults, the item limit and the
 * rest of the HTTP edge. {@code ClassificationBatchResourceIT} runs the same tests against the packaged jar.
 */
@QuarkusTest
class ClassificationBatchResourceTest {

    static final String PATH = "/api/v1/classifications/batch";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String STORAGE = "{\"provider\":{\"role\":\"STORAGE\"}}";

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(PATH);
    }

    private static String batch(String... items) {
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    /** The results of a batch answered 200, parsed. */
    private static JsonNode results(Response response) throws IOException {
        response.then().statusCode(200).contentType(ContentType.JSON);
        JsonNode answer = JSON.readTree(response.asByteArray());
        assertThat(answer.properties()).extracting(Map.Entry::getKey).containsExactly("results");
        return answer.get("results");
    }

    /** A single answer's problem as a batch item carries it: without the instance (the request id of the batch). */
    private static JsonNode withoutInstance(JsonNode problem) {
        ObjectNode copy = problem.deepCopy();
        assertThat(copy.remove("instance")).isNotNull();
        return copy;
    }

    private static JsonNode withoutDecisionId(JsonNode classification) {
        ObjectNode copy = classification.deepCopy();
        assertThat(copy.remove("decisionId")).isNotNull();
        return copy;
    }

    /** The item's result is status 400 with the problem of an invalid request naming the field. */
    private static void assertItemRefused(JsonNode result, int index, String field) {
        assertThat(result.get("index").asInt()).isEqualTo(index);
        assertThat(result.get("status").asInt()).isEqualTo(400);
        assertThat(result.has("classification")).isFalse();
        JsonNode problem = result.get("problem");
        assertThat(problem.get("type").asText()).isEqualTo("/problems/invalid-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private static void assertItemClassified(JsonNode result, int index) {
        assertThat(result.get("index").asInt()).isEqualTo(index);
        assertThat(result.get("status").asInt()).as("result %s", result).isEqualTo(200);
        assertThat(result.has("problem")).isFalse();
        assertThat(result.get("classification").get("liability").isTextual()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Each item as the single endpoint answers it
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void the_results_come_in_the_order_of_the_items_each_as_the_single_endpoint_answers_it() throws IOException {
        List<String> items = List.of(
                ContractExamples.NOTICE_HANDLED_IN_TIME,
                STORAGE,
                "{\"provider\":{\"role\":\"STORAGE\",\"instigates\":true}}",
                "{\"provider\":{\"role\":\"HOSTING\"}}",
                "{\"provider\":{\"role\":\"STORAGE\",\"participatesInContent\":true}}",
                "{\"provider\":{\"role\":\"ACCESS\"},\"rightType\":\"COPYRIGHT\",\"conductDate\":\"2015-03-01\"}");
        JsonNode results = results(post(batch(items.toArray(String[]::new))));
        assertThat(results).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode result = results.get(i);
            assertThat(result.get("index").asInt()).isEqualTo(i);
            Response single = ClassificationResourceTest.post(items.get(i));
            JsonNode expected = JSON.readTree(single.asByteArray());
            assertThat(result.get("status").asInt()).isEqualTo(single.statusCode());
            if (single.statusCode() == 200) {
                assertThat(withoutDecisionId(result.get("classification"))).isEqualTo(withoutDecisionId(expected));
            } else {
                assertThat(result.get("problem")).isEqualTo(withoutInstance(expected));
            }
        }
    }

    @Test
    void a_batch_of_many_runs_answers_every_item_in_order_as_the_single_endpoint() throws IOException {
        // 160 items, 20 runs of BatchAnswers
        CaseGenerator generator = new CaseGenerator(20_261_205L);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            items.add(switch (i % 9) {
                case 4 -> "{\"provider\":{\"role\":\"HOSTING\"}}";
                case 7 -> "[\"not\",\"a\",\"case\"]";
                default -> generator.next().toString();
            });
        }
        JsonNode results = results(post(batch(items.toArray(String[]::new))));
        assertThat(results).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode result = results.get(i);
            assertThat(result.get("index").asInt()).isEqualTo(i);
            Response single = ClassificationResourceTest.post(items.get(i));
            JsonNode expected = JSON.readTree(single.asByteArray());
            assertThat(result.get("status").asInt()).as("item %d", i).isEqualTo(single.statusCode());
            if (single.statusCode() == 200) {
                assertThat(withoutDecisionId(result.get("classification"))).as("item %d", i)
                        .isEqualTo(withoutDecisionId(expected));
            } else {
                assertThat(result.get("problem")).as("item %d", i).isEqualTo(withoutInstance(expected));
            }
        }
    }

    /**
     * A batch of 1000 items, 1.2 MB with characters of two to four bytes in UTF-8, is read in pieces (BatchReader): sent
     * with its length and chunked, each item is answered as the single endpoint answers it.
     */
    @Test
    void a_batch_read_in_many_pieces_answers_every_item_as_the_single_endpoint_sent_whole_or_chunked()
            throws Exception {
        String padding = "中文 — 𝄞 é ".repeat(90);
        List<String> distinct = List.of(
                ContractExamples.NOTICE_HANDLED_IN_TIME,
                "{\"provider\":{\"role\":\"STORAGE\"},\"备注\":\"" + padding + "\"}",
                "{\"provider\":{\"role\":\"STORAGE\"},\"rightType\":\"" + padding + "\"}",
                "{\"provider\":{\"role\":\"SEARCH\"},\"conductDate\":\"2022-06-01\",\"rightType\":\"COPYRIGHT\"}",
                "[\"" + padding + "\", 12345.678e-3]");
        List<JsonNode> expected = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (String item : distinct) {
            Response single = ClassificationResourceTest.post(item);
            statuses.add(single.statusCode());
            JsonNode answer = JSON.readTree(single.asByteArray());
            expected.add(single.statusCode() == 200 ? withoutDecisionId(answer) : withoutInstance(answer));
        }
        assertThat(statuses).contains(200, 400);
        String[] items = new String[1000];
        for (int i = 0; i < items.length; i++) {
            items[i] = distinct.get(i % distinct.size());
        }
        byte[] body = batch(items).getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(1_000_000);
        JsonNode whole = results(given().contentType(ContentType.JSON).body(body).when().post(PATH));
        HttpRequest chunkedRequest = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        JsonNode chunked;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<byte[]> answer = client.send(chunkedRequest, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(200);
            chunked = JSON.readTree(answer.body()).get("results");
        }
        for (JsonNode results : List.of(whole, chunked)) {
            assertThat(results).hasSize(items.length);
            for (int i = 0; i < items.length; i++) {
                JsonNode result = results.get(i);
                assertThat(result.get("index").asInt()).isEqualTo(i);
                assertThat(result.get("status").asInt()).as("item %d", i).isEqualTo(statuses.get(i % distinct.size()));
                JsonNode actual = result.has("classification") ? withoutDecisionId(result.get("classification"))
                        : result.get("problem");
                assertThat(actual).as("item %d", i).isEqualTo(expected.get(i % distinct.size()));
            }
        }
    }

    @Test
    void a_batch_over_the_body_size_limit_is_a_413_problem_sent_whole_or_chunked() throws Exception {
        byte[] body = batch(java.util.Collections.nCopies(2000, "{\"provider\":{\"role\":\"STORAGE\"},\"备注\":\""
                + "中文".repeat(400) + "\"}").toArray(String[]::new)).getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(4 << 20);
        Response response = given().contentType(ContentType.JSON).body(body).when().post(PATH);
        ClassificationResourceTest.assertProblem(response, 413);
        response.then().body("type", equalTo("/problems/body-too-large"));
        HttpRequest chunkedRequest = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> answer = client.send(chunkedRequest, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(answer.body()).path("type").asText()).isEqualTo("/problems/body-too-large");
        }
    }

    @Test
    void every_classified_item_has_its_own_decision_id_and_the_ruleset_version() throws IOException {
        JsonNode results = results(post(batch(STORAGE, STORAGE, STORAGE)));
        Set<String> ids = new HashSet<>();
        for (JsonNode result : results) {
            assertItemClassified(result, ids.size());
            ids.add(result.get("classification").get("decisionId").asText());
            assertThat(result.get("classification").get("rulesetVersion").asText()).matches("3\\.0/[0-9a-f]{6}");
        }
        assertThat(ids).hasSize(3);
    }

    @Test
    void the_explanations_of_every_item_are_in_the_negotiated_language_named_in_content_language() throws IOException {
        Response response = given().contentType(ContentType.JSON).header("Accept-Language", "zh-CN, en;q=0.8")
                .body(batch(ContractExamples.NOTICE_HANDLED_IN_TIME, STORAGE)).when().post(PATH);
        response.then().header("Content-Language", "zh-CN").header("Vary", "Accept-Language");
        for (JsonNode result : results(response)) {
            String text = result.get("classification").get("explanation").get(0).get("text").asText();
            assertThat(text).containsPattern("\\p{IsHan}");
        }
        post(batch(STORAGE)).then().statusCode(200).header("Content-Language", "en");
    }

    @Test
    void counterfactuals_can_be_included_for_every_classified_item() throws IOException {
        Response response = given().contentType(ContentType.JSON).queryParam("include", "counterfactuals")
                .body(batch(ContractExamples.NOTICE_HANDLED_IN_TIME, "{\"provider\":{\"role\":\"HOSTING\"}}"))
                .when().post(PATH);
        JsonNode results = results(response);
        assertThat(results.get(0).get("classification").get("counterfactuals").isArray()).isTrue();
        assertItemRefused(results.get(1), 1, "provider.role");
    }

    @Test
    void the_documented_example_is_what_the_service_answers_except_the_decision_ids() throws IOException {
        JsonNode actual = results(post(ContractExamples.request("classifyBatch", "oneValidOneInvalid")));
        JsonNode expected = ContractExamples.answer("classifyBatch", "oneValidOneInvalid").get("results");
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            ObjectNode result = actual.get(i).deepCopy();
            ObjectNode documented = expected.get(i).deepCopy();
            if (result.has("classification")) {
                result.set("classification", withoutDecisionId(result.get("classification")));
                documented.set("classification", withoutDecisionId(documented.get("classification")));
            }
            assertThat(result).isEqualTo(documented);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // A fault of an item fails that item only
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void an_unknown_property_fails_only_its_item_listing_the_known_names() throws IOException {
        JsonNode results = results(post(batch(STORAGE, "{\"provider\":{\"role\":\"STORAGE\",\"knowsIt\":true}}", STORAGE)));
        assertItemClassified(results.get(0), 0);
        assertItemRefused(results.get(1), 1, "provider.knowsIt");
        assertThat(results.get(1).get("problem").get("errors").get(0).get("allowed").isArray()).isTrue();
        assertItemClassified(results.get(2), 2);
    }

    @Test
    void an_unknown_enum_value_fails_only_its_item_with_the_allowed_values() throws IOException {
        JsonNode results = results(post(batch("{\"provider\":{\"role\":\"HOSTING\"}}", STORAGE)));
        assertItemRefused(results.get(0), 0, "provider.role");
        assertThat(results.get(0).get("problem").get("errors").get(0).get("allowed"))
                .isEqualTo(JSON.valueToTree(List.of("ACCESS", "CACHING", "STORAGE", "SEARCH", "LINKING", "INFRASTRUCTURE")));
        assertItemClassified(results.get(1), 1);
    }

    @Test
    void a_combination_that_section_4_5_forbids_fails_only_its_item() throws IOException {
        String forbidden = """
                {"provider":{"role":"STORAGE","knowledge":"KNEW"},"rightType":"PERSONALITY","conductDate":"2022-06-01"}""";
        JsonNode results = results(post(batch(STORAGE, forbidden)));
        assertItemClassified(results.get(0), 0);
        JsonNode problem = results.get(1).get("problem");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(problem).isEqualTo(withoutInstance(
                JSON.readTree(ClassificationResourceTest.post(forbidden).asByteArray())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "42",
        "\"a string\"",
        "null",
        "[{\"provider\":{\"role\":\"STORAGE\"}}]",
        "true"
    })
    void an_item_that_is_not_an_object_fails_only_that_item_at_its_root(String item) throws IOException {
        JsonNode results = results(post(batch(STORAGE, item, STORAGE)));
        assertItemClassified(results.get(0), 0);
        assertItemRefused(results.get(1), 1, "$");
        assertThat(results.get(1).get("problem").get("errors").get(0).get("message").asText())
                .startsWith("expected a JSON object");
        assertItemClassified(results.get(2), 2);
    }

    @Test
    void a_property_given_twice_in_an_item_fails_only_that_item() throws IOException {
        JsonNode results = results(post(batch("{\"provider\":{\"role\":\"STORAGE\",\"role\":\"SEARCH\"}}", STORAGE)));
        assertItemRefused(results.get(0), 0, "provider.role");
        assertItemClassified(results.get(1), 1);
    }

    @Test
    void a_string_over_the_limit_in_an_item_fails_only_that_item() throws IOException {
        String longDate = "{\"provider\":{\"role\":\"STORAGE\"},\"conductDate\":\"" + "1".repeat(5000) + "\"}";
        JsonNode results = results(post(batch(longDate, STORAGE)));
        assertItemRefused(results.get(0), 0, "conductDate");
        assertItemClassified(results.get(1), 1);
    }

    @Test
    void an_empty_batch_has_empty_results() throws IOException {
        assertThat(results(post("{\"items\":[]}"))).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The envelope
    // ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[]                                                   | $",
        "{\"items\": [{\"provider\":{\"role\":\"STORAGE\"}}]  | $",
        "42                                                   | $",
        "{}                                                   | items",
        "{\"items\": null}                                    | items",
        "{\"items\": {\"provider\":{\"role\":\"STORAGE\"}}}   | items",
        "{\"items\": [], \"items\": []}                       | items",
        "{\"items\": [], \"extra\": 1}                        | extra",
        "{\"requests\": []}                                   | requests",
        "{\"items\": []} {}                                   | $"
    })
    void an_envelope_that_is_not_an_object_with_exactly_the_property_items_is_a_400_problem(String body, String field) {
        Response response = post(body);
        ClassificationResourceTest.assertProblem(response, 400);
        response.then().body("type", equalTo("/problems/invalid-request"));
        JsonNode errors = JSON.valueToTree(response.jsonPath().getList("errors"));
        assertThat(errors.findValuesAsText("field")).contains(field);
    }

    @Test
    void an_unknown_property_of_the_envelope_names_items_as_the_one_allowed() {
        post("{\"items\": [], \"extra\": 1}").then().statusCode(400)
                .body("errors[0].field", equalTo("extra"))
                .body("errors[0].allowed", equalTo(List.of("items")));
    }

    @Test
    void an_empty_body_is_a_400_problem_at_the_root() {
        Response response = post("");
        ClassificationResourceTest.assertProblem(response, 400);
        response.then().body("errors[0].field", equalTo("$"));
    }

    @Test
    void a_batch_of_one_thousand_and_one_items_is_a_413_problem_naming_items_and_the_limit() {
        Response response = post(batch(java.util.Collections.nCopies(1001, STORAGE).toArray(String[]::new)));
        ClassificationResourceTest.assertProblem(response, 413);
        response.then()
                .body("type", equalTo("/problems/too-many-items"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("items"))
                .body("errors[0].message", equalTo("lists 1001 items, more than the limit of 1000 per batch"));
    }

    @Test
    void a_batch_of_one_thousand_generated_items_is_answered_with_one_thousand_results_in_order() throws IOException {
        CaseGenerator generator = new CaseGenerator(20_240_401L);
        ObjectNode body = NODES.objectNode();
        ArrayNode items = body.putArray("items");
        for (int i = 0; i < 1000; i++) {
            items.add(generator.next());
        }
        JsonNode results = results(post(JSON.writeValueAsString(body)));
        assertThat(results).hasSize(1000);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(results.get(i).get("index").asInt()).isEqualTo(i);
            statuses.add(results.get(i).get("status").asInt());
        }
        assertThat(statuses).containsOnly(200, 400);
        assertThat(statuses.stream().filter(s -> s == 200).count()).as("classified items").isGreaterThan(500);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The rest of the HTTP edge, as for a single request
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void an_unknown_query_parameter_is_a_400_problem() {
        Response response = given().contentType(ContentType.JSON).queryParam("verbose", "1")
                .body(batch(STORAGE)).when().post(PATH);
        ClassificationResourceTest.assertProblem(response, 400);
        response.then().body("errors[0].field", equalTo("verbose"))
                .body("errors[0].allowed", equalTo(List.of("include", "explain")));
    }

    @Test
    void an_include_other_than_counterfactuals_is_a_400_problem_with_the_allowed_value() {
        Response response = given().contentType(ContentType.JSON).queryParam("include", "everything")
                .body(batch(STORAGE)).when().post(PATH);
        ClassificationResourceTest.assertProblem(response, 400);
        response.then().body("errors[0].field", equalTo("include"))
                .body("errors[0].allowed", equalTo(List.of("counterfactuals")));
    }

    @Test
    void a_body_that_is_not_declared_json_is_a_415_problem() {
        Response response = given().contentType(ContentType.TEXT).body(batch(STORAGE)).when().post(PATH);
        ClassificationResourceTest.assertProblem(response, 415);
    }

    @Test
    void a_get_on_the_batch_is_a_405_problem() {
        ClassificationResourceTest.assertProblem(given().when().get(PATH), 405);
    }

    @Test
    void every_classified_item_is_counted_in_the_classifications_counter() {
        Map<String, String> outcome = Map.of("liability", "NONE", "rule", "NO_FAULT", "regime", "CIVIL_CODE");
        double before = OperationsTest.sample(metrics(), "liability_classifications_total", outcome);
        post(batch(STORAGE, STORAGE, "{\"provider\":{\"role\":\"HOSTING\"}}")).then().statusCode(200);
        double after = OperationsTest.sample(metrics(), "liability_classifications_total", outcome);
        assertThat(after - before).isEqualTo(2.0);
    }

    private static String metrics() {
        return ManagementPort.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
