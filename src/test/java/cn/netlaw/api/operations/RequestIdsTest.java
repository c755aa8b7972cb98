package cn.netlaw.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Issue 16: a request id on every answer and in every problem; the decisionId as a header. */
@QuarkusTest
class RequestIdsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void a_plain_request_id_is_echoed_and_the_decision_id_is_a_header() {
        Response answer = given().contentType(ContentType.JSON).header("X-Request-Id", "order-42.a:b_c")
                .body("{\"provider\": {\"role\": \"STORAGE\"}}").when().post("/api/v1/classifications");
        answer.then().statusCode(200);
        assertThat(answer.header("X-Request-Id")).isEqualTo("order-42.a:b_c");
        assertThat(answer.header("X-Decision-Id")).matches(UUID).isEqualTo(answer.jsonPath().getString("decisionId"));
    }

    @Test
    void without_one_the_service_makes_one() {
        Response answer = given().contentType(ContentType.JSON).body("{\"provider\": {\"role\": \"STORAGE\"}}")
                .when().post("/api/v1/classifications");
        assertThat(answer.header("X-Request-Id")).matches(UUID);
    }

    @Test
    void a_request_id_that_is_not_a_plain_token_is_replaced_not_echoed() {
        for (String hostile : new String[] {"a b", "x".repeat(129), "<script>", "id\u00e9"}) {
            Response answer = given().contentType(ContentType.JSON).header("X-Request-Id", hostile)
                    .body("{\"provider\": {\"role\": \"STORAGE\"}}").when().post("/api/v1/classifications");
            assertThat(answer.header("X-Request-Id")).as(hostile).matches(UUID);
        }
    }

    @Test
    void every_problem_names_its_request_as_its_instance() {
        Response invalid = given().contentType(ContentType.JSON).header("X-Request-Id", "bad-1")
                .body("{\"provider\": {}}").when().post("/api/v1/classifications");
        invalid.then().statusCode(400);
        assertThat(invalid.jsonPath().getString("instance")).isEqualTo("urn:request-id:bad-1");
        Response notFound = given().header("X-Request-Id", "nf-2").when().get("/api/v1/nothing-here");
        notFound.then().statusCode(404);
        assertThat(notFound.header("X-Request-Id")).isEqualTo("nf-2");
        assertThat(notFound.jsonPath().getString("instance")).isEqualTo("urn:request-id:nf-2");
        Response unsupported = given().contentType(ContentType.TEXT).header("X-Request-Id", "ct-3").body("x")
                .when().post("/api/v1/classifications");
        unsupported.then().statusCode(415);
        assertThat(unsupported.jsonPath().getString("instance")).isEqualTo("urn:request-id:ct-3");
    }
}
