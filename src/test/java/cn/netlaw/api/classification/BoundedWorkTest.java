package cn.netlaw.api.classification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, bounded work and memory per request, over HTTP with the default budgets: a case whose exploration would
 * take minutes is answered with what the budget allowed and says so; a batch's answer is streamed item by item, and
 * its problems list at most {@code liability.limits.max-batch-errors} field errors in all.
 */
@QuarkusTest
class BoundedWorkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A case of {@code n} minimal notices (content not stated): thousands of candidate counterfactuals. */
    static String minimalNotices(int n) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("provider").put("role", "STORAGE");
        body.put("rightType", "COPYRIGHT").put("conductDate", "2022-01-01").put("ongoing", true);
        ArrayNode history = body.putArray("noticeHistory");
        for (int i = 0; i < n; i++) {
            history.addObject().put("receivedAt", String.format("2022-%02d-%02dT%02d:%02d:00+08:00",
                    1 + (i / 600) % 12, 1 + (i / 24) % 25, i % 24, (i * 7) % 60));
        }
        return body.toString();
    }

    @Test
    void counterfactuals_of_a_thousand_notices_stop_at_the_evaluation_budget_and_say_so() throws Exception {
        Response response = given().contentType(ContentType.JSON).body(minimalNotices(1000))
                .when().post("/api/v1/classifications?include=counterfactuals");
        response.then().statusCode(200);
        JsonNode answer = JSON.readTree(response.asByteArray());
        JsonNode explored = answer.path("exploration").path("counterfactuals");
        assertThat(explored.path("complete").asBoolean()).isFalse();
        // 400 evaluations (liability.budget.counterfactual-evaluations) unless the 5 s wall time came first (a cold JVM)
        assertThat(explored.path("cutBy").asText()).isIn("EVALUATION_BUDGET", "TIME_BUDGET");
        assertThat(explored.path("explored").asInt()).isBetween(1, 400);
        assertThat(explored.path("candidates").asInt()).isGreaterThan(10_000);
        assertThat(answer.path("counterfactuals").isArray()).isTrue();
    }

    @Test
    void without_counterfactuals_the_answer_says_nothing_of_them() throws Exception {
        JsonNode answer = JSON.readTree(given().contentType(ContentType.JSON).body(minimalNotices(3))
                .when().post("/api/v1/classifications").then().statusCode(200).extract().asByteArray());
        assertThat(answer.path("exploration").has("counterfactuals")).isFalse();
        assertThat(answer.path("exploration").path("alternatives").path("complete").asBoolean()).isTrue();
        assertThat(answer.has("counterfactuals")).isFalse();
    }

    /**
     * An answer longer than the output buffer (quarkus.rest.output-buffer-size, 64 KiB) is sent as it is written, never
     * held whole to be sized; one that fits the buffer is sent with its length.
     */
    @Test
    void a_batch_answer_is_streamed_not_sized_in_advance() {
        StringBuilder batch = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 120; i++) {
            batch.append(i == 0 ? "" : ",").append(minimalNotices(2 + i % 2));
        }
        Response response = given().contentType(ContentType.JSON).body(batch.append("]}").toString())
                .when().post(ClassificationBatchResourceTest.PATH);
        response.then().statusCode(200).contentType(ContentType.JSON);
        assertThat(response.asByteArray().length).isGreaterThan(65_536);
        assertThat(response.header("Content-Length")).isNull();
        assertThat(response.header("Transfer-Encoding")).isEqualToIgnoringCase("chunked");
        assertThat(response.jsonPath().getList("results")).hasSize(120);
    }

    @Test
    void a_batch_lists_at_most_a_thousand_field_errors_and_says_where_it_stopped_listing() throws Exception {
        // each item has 150 unknown properties: its own problem lists 100 (the cap per item)
        ObjectNode item = JSON.createObjectNode();
        item.putObject("provider").put("role", "STORAGE");
        for (int i = 0; i < 150; i++) {
            item.put("unknown" + i, i);
        }
        ArrayNode items = JSON.createArrayNode();
        for (int i = 0; i < 25; i++) {
            items.add(item);
        }
        ObjectNode batch = JSON.createObjectNode();
        batch.set("items", items);
        JsonNode results = JSON.readTree(given().contentType(ContentType.JSON).body(batch.toString())
                .when().post(ClassificationBatchResourceTest.PATH).then().statusCode(200).extract().asByteArray())
                .path("results");
        assertThat(results).hasSize(25);
        int listed = 0;
        for (int i = 0; i < 25; i++) {
            JsonNode problem = results.get(i).path("problem");
            assertThat(results.get(i).path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-request");
            listed += problem.path("errors").size();
            if (i < 10) {
                assertThat(problem.path("errors")).as("item %s", i).hasSize(100);
            } else {
                assertThat(problem.path("errors")).as("item %s", i).isEmpty();
                assertThat(problem.path("detail").asText()).contains("not listed").contains("1000")
                        .contains("send the item alone");
            }
        }
        assertThat(listed).isEqualTo(1000);
    }
}
