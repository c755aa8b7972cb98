package cn.netlaw.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.netlaw.api.ManagementPort;
import cn.netlaw.api.classification.ClassificationResource;
import cn.netlaw.api.classification.ClassificationResourceTest;
import cn.netlaw.api.classification.ContractExamples;
import cn.netlaw.api.classification.EngineSelfTest;
import cn.netlaw.api.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Health, metrics and info are served on the management interface and nowhere else: the API port answers their paths
 * 404 problem+json like any path it does not serve, and the management interface serves neither the API nor its
 * contract. {@code ManagementInterfaceIT} runs the same against the packaged jar.
 */
@QuarkusTest
class ManagementInterfaceTest {

    private static final List<String> OPERATIONS = List.of("/q/health", "/q/health/started", "/q/health/ready",
            "/q/health/live", "/q/metrics", "/q/info");

    private static void assertNotFoundProblem(Response response, String what) {
        response.then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/not-found"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertThat(response.getBody().asString()).as(what).doesNotContain("<html");
    }

    @Test
    void the_management_interface_is_a_port_of_its_own() {
        assertThat(ManagementPort.port()).isPositive().isNotEqualTo(RestAssured.port);
    }

    @Test
    void health_metrics_and_info_are_not_served_on_the_api_port() {
        for (String path : OPERATIONS) {
            assertNotFoundProblem(given().when().get(path), "GET " + path + " on the API port");
            assertNotFoundProblem(given().accept("text/plain").when().get(path), "the same, asking for text");
        }
    }

    @Test
    void health_is_served_on_the_management_interface_with_the_engine_self_test_in_readiness() {
        for (String path : List.of("/q/health", "/q/health/started", "/q/health/ready", "/q/health/live")) {
            ManagementPort.given().when().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
        ManagementPort.given().when().get("/q/health/ready").then()
                .body("checks.name", hasItem(EngineSelfTest.NAME));
    }

    @Test
    void metrics_on_the_management_interface_carry_histogram_buckets() {
        given().contentType(ContentType.JSON).body(ContractExamples.MINIMAL)
                .when().post(ClassificationResourceTest.PATH).then().statusCode(200);
        String metrics = ManagementPort.given().when().get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertThat(metrics).contains("liability_classification_time_seconds_bucket{")
                .contains("http_server_requests_seconds_bucket{")
                .contains("liability_classifications_total{");
    }

    @Test
    void info_is_served_on_the_management_interface() {
        ManagementPort.given().when().get("/q/info").then().statusCode(200)
                .body("liability.rulesetVersion", notNullValue());
    }

    @Test
    void the_api_its_contract_and_its_pages_are_served_on_the_api_port_only() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/classifications"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/api/v1/provisions").then().statusCode(200);
        given().when().get("/problems/not-found").then().statusCode(200);
        for (String path : List.of("/q/openapi", "/q/swagger-ui/", "/api/v1/provisions", "/problems/not-found",
                "/docs/procedure.md", "/q/dev-ui", "/no/such/page")) {
            assertNotFoundProblem(ManagementPort.given().when().get(path), "GET " + path + " on the management port");
        }
        assertNotFoundProblem(ManagementPort.given().contentType(ContentType.JSON).body(ContractExamples.MINIMAL)
                .when().post(ClassificationResourceTest.PATH), "a classification sent to the management port");
    }
}
