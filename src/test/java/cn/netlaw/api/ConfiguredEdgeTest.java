package cn.netlaw.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.netlaw.api.classification.ClassificationResourceTest;
import cn.netlaw.api.classification.ContractExamples;
import cn.netlaw.api.operations.HttpHygieneTest;
import cn.netlaw.api.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The input limits and CORS as an operator configures them: {@code liability.limits.*}, {@code quarkus.http.cors.*}. */
@QuarkusTest
@TestProfile(ConfiguredEdgeTest.StrictLimitsAndOnePortal.class)
class ConfiguredEdgeTest {

    static final String PORTAL = "https://portal.example.cn";

    public static class StrictLimitsAndOnePortal implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "liability.limits.max-episodes", "2",
                    "liability.limits.max-nesting-depth", "8",
                    "quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", PORTAL,
                    "quarkus.http.cors.methods", "POST,OPTIONS");
        }
    }

    @Test
    void a_configured_episode_limit_is_applied_and_named_in_the_answer() {
        String episode = "{\"receivedAt\":\"2022-01-01\"}";
        given().contentType(ContentType.JSON)
                .body("{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[" + episode + "," + episode + "," + episode
                        + "]}")
                .when().post(ClassificationResourceTest.PATH)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("noticeHistory"))
                .body("errors[0].message", containsString("limit of 2"));
    }

    @Test
    void a_configured_nesting_limit_is_applied_at_the_root() {
        given().contentType(ContentType.JSON)
                .body("{\"provider\":{\"role\":\"STORAGE\"},\"x\":" + "[".repeat(8) + "]".repeat(8) + "}")
                .when().post(ClassificationResourceTest.PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$"))
                .body("errors[0].message", containsString("more than 8 levels"));
    }

    @Test
    void a_preflight_from_a_configured_origin_is_granted() {
        given().header("Origin", PORTAL)
                .header("Access-Control-Request-Method", "POST")
                .when().options(ClassificationResourceTest.PATH)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL));
    }

    @Test
    void a_classification_from_a_configured_origin_is_granted_whichever_route_answers_it() {
        // the common case (the route ahead of Quarkus REST) and one the resource answers (a query it takes alone)
        for (String path : new String[] {ClassificationResourceTest.PATH,
                ClassificationResourceTest.PATH + "?include=counterfactuals"}) {
            given().header("Origin", PORTAL).contentType(ContentType.JSON).body(ContractExamples.MINIMAL)
                    .when().post(path)
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo(PORTAL));
            given().header("Origin", HttpHygieneTest.FOREIGN_ORIGIN).contentType(ContentType.JSON)
                    .body(ContractExamples.MINIMAL)
                    .when().post(path)
                    .then()
                    .header("Access-Control-Allow-Origin", nullValue());
        }
    }

    @Test
    void a_preflight_from_any_other_origin_still_gets_no_grant() {
        given().header("Origin", HttpHygieneTest.FOREIGN_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .when().options(ClassificationResourceTest.PATH)
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
