package cn.netlaw.api.classification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code ?explain=none}, the lean answer (docs/api.md#lean-answers), over HTTP: the full answer without its
 * {@code explanation}, every other property the same, on the single endpoint and the batch; its combinations with
 * {@code include=counterfactuals}, {@code Accept-Language} and the timeline picture; and the 400 of any other value.
 */
@QuarkusTest
class LeanAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SVG = "image/svg+xml";
    private static final String CONTESTED = ContractExamples.request("classify", "accessProviderNeverForwards");
    private static final String LATE_NOTICE = """
            {"provider": {"role": "STORAGE"}, "rightType": "PERSONALITY", "conductDate": "2022-06-01",
             "noticeHistory": [{"receivedAt": "2022-06-05T09:00:00+08:00", "channel": "EMAIL",
               "includesIdentity": true, "includesPreliminaryEvidence": true, "locatesContent": true,
               "forwardedAt": "2022-06-05T10:00:00+08:00", "measuresTakenAt": "2022-06-11T09:00:00+08:00"}]}""";

    private static Response post(String body, String language, String... query) {
        var request = given().contentType(ContentType.JSON).header("Accept-Language", language).body(body);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.when().post(ClassificationResourceTest.PATH);
    }

    /** The answer as a tree, its decisionId (random per decision) set aside. */
    private static ObjectNode answer(Response response) throws IOException {
        response.then().statusCode(200).contentType(ContentType.JSON);
        ObjectNode answer = (ObjectNode) JSON.readTree(response.asString());
        assertThat(answer.remove("decisionId")).isNotNull();
        return answer;
    }

    /** The full answer without its explanation: what the lean answer must be, in the same order. */
    private static ObjectNode withoutExplanation(ObjectNode full) {
        assertThat(full.remove("explanation")).as("the full answer's explanation").isNotNull();
        return full;
    }

    @TestFactory
    Stream<DynamicTest> every_public_scenario_answered_lean_is_its_full_answer_without_the_explanation()
            throws IOException {
        JsonNode file;
        try (InputStream in = LeanAnswersTest.class.getResourceAsStream("/scenarios/cases-public.json")) {
            file = JSON.readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode scenario : file.path("cases")) {
            tests.add(DynamicTest.dynamicTest(scenario.path("id").asText(), () -> {
                String body = JSON.writeValueAsString(scenario.path("input"));
                Response full = post(body, "en");
                Response lean = post(body, "en", "explain", "none");
                assertThat(lean.statusCode()).isEqualTo(full.statusCode());
                if (full.statusCode() == 200) {
                    assertThat(JSON.writeValueAsString(answer(lean)))
                            .isEqualTo(JSON.writeValueAsString(withoutExplanation(answer(full))));
                } else {
                    // a refused request is refused alike: the problem is not an explanation
                    assertThat(JSON.readTree(lean.asString()).path("errors"))
                            .isEqualTo(JSON.readTree(full.asString()).path("errors"));
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void explain_full_is_the_default() throws IOException {
        assertThat(answer(post(CONTESTED, "en", "explain", "full"))).isEqualTo(answer(post(CONTESTED, "en")));
    }

    @Test
    void a_lean_contested_answer_keeps_its_questions_in_the_negotiated_language() throws IOException {
        Response lean = post(CONTESTED, "zh-CN", "explain", "none");
        lean.then().header("Content-Language", "zh-CN");
        ObjectNode answer = answer(lean);
        assertThat(answer.has("explanation")).isFalse();
        assertThat(answer.path("certainty").asText()).isEqualTo("CONTESTED");
        assertThat(answer.path("contested").get(0).path("detail").asText()).isNotBlank()
                .isEqualTo(answer(post(CONTESTED, "zh-CN")).path("contested").get(0).path("detail").asText());
        assertThat(answer).isEqualTo(withoutExplanation(answer(post(CONTESTED, "zh-CN"))));
    }

    @Test
    void lean_with_counterfactuals_is_the_full_answer_with_counterfactuals_without_the_explanation()
            throws IOException {
        for (String language : List.of("en", "zh-CN")) {
            ObjectNode lean = answer(post(LATE_NOTICE, language, "explain", "none", "include", "counterfactuals"));
            ObjectNode full = answer(post(LATE_NOTICE, language, "include", "counterfactuals"));
            assertThat(lean.path("counterfactuals").size()).as(language).isPositive();
            assertThat(lean).as(language).isEqualTo(withoutExplanation(full));
        }
    }

    @Test
    void an_explain_other_than_full_or_none_is_a_400_problem_naming_explain_and_the_allowed_values() {
        for (String value : List.of("", "None", "brief", "none,full")) {
            Response response = post(LATE_NOTICE, "en", "explain", value);
            ClassificationResourceTest.assertProblem(response, 400);
            response.then().body("errors[0].field", equalTo("explain"))
                    .body("errors[0].allowed", equalTo(List.of("full", "none")));
        }
        Response twice = given().contentType(ContentType.JSON).body(LATE_NOTICE)
                .queryParam("explain", "none", "none").when().post(ClassificationResourceTest.PATH);
        ClassificationResourceTest.assertProblem(twice, 400);
        twice.then().body("errors[0].field", equalTo("explain"));
    }

    @Test
    void the_picture_is_drawn_with_explain_none_and_refused_with_an_explicit_explain_full() {
        byte[] plain = given().contentType(ContentType.JSON).accept(SVG).body(LATE_NOTICE)
                .when().post(ClassificationResourceTest.PATH).then().statusCode(200).contentType(SVG)
                .extract().asByteArray();
        byte[] lean = given().contentType(ContentType.JSON).accept(SVG).queryParam("explain", "none").body(LATE_NOTICE)
                .when().post(ClassificationResourceTest.PATH).then().statusCode(200).contentType(SVG)
                .extract().asByteArray();
        assertThat(withoutDecisionId(lean)).isEqualTo(withoutDecisionId(plain));
        Response full = given().contentType(ContentType.JSON).accept(SVG).queryParam("explain", "full")
                .body(LATE_NOTICE).when().post(ClassificationResourceTest.PATH);
        ClassificationResourceTest.assertProblem(full, 400);
        full.then().body("errors[0].field", equalTo("explain")).body("errors[0].allowed", equalTo(List.of("none")))
                .body("errors[0].message", startsWith("the timeline picture"));
        Response bad = given().contentType(ContentType.JSON).accept(SVG).queryParam("explain", "brief")
                .body(LATE_NOTICE).when().post(ClassificationResourceTest.PATH);
        ClassificationResourceTest.assertProblem(bad, 400);
        bad.then().body("errors[0].field", equalTo("explain"));
    }

    private static String withoutDecisionId(byte[] svg) {
        return new String(svg, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<decision>");
    }

    @Test
    void a_lean_batch_answers_every_item_without_its_explanation_and_refuses_items_alike() throws IOException {
        String batch = "{\"items\": [" + LATE_NOTICE + ", {\"provider\": {\"role\": \"HOSTING\"}}, " + CONTESTED + "]}";
        JsonNode lean = batchResults(given().contentType(ContentType.JSON).queryParam("explain", "none").body(batch)
                .when().post(ClassificationBatchResourceTest.PATH));
        JsonNode full = batchResults(given().contentType(ContentType.JSON).body(batch)
                .when().post(ClassificationBatchResourceTest.PATH));
        assertThat(lean).hasSize(3);
        for (int i = 0; i < 3; i++) {
            ObjectNode leanItem = (ObjectNode) lean.get(i);
            ObjectNode fullItem = (ObjectNode) full.get(i);
            if (fullItem.path("status").asInt() == 200) {
                ((ObjectNode) leanItem.get("classification")).remove("decisionId");
                ((ObjectNode) fullItem.get("classification")).remove("decisionId");
                withoutExplanation((ObjectNode) fullItem.get("classification"));
            }
            assertThat(leanItem).as("item %d", i).isEqualTo(fullItem);
        }
        assertThat(lean.get(1).path("status").asInt()).isEqualTo(400);
        Response bad = given().contentType(ContentType.JSON).queryParam("explain", "short").body(batch)
                .when().post(ClassificationBatchResourceTest.PATH);
        ClassificationResourceTest.assertProblem(bad, 400);
        bad.then().body("errors[0].field", equalTo("explain"))
                .body("errors[0].allowed", equalTo(List.of("full", "none")));
    }

    private static JsonNode batchResults(Response response) throws IOException {
        response.then().statusCode(200);
        return JSON.readTree(response.asString()).path("results");
    }
}
