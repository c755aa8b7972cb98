package cn.netlaw.api.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code POST /api/v1/classifications} with {@code Accept: image/svg+xml}: the timeline picture, in the negotiated
 * language, with the same validation and problems as the JSON answer, JSON staying the default; the same request gives
 * the same bytes, the decision id aside; and the pictures committed under {@code docs/timeline/} are what the service
 * draws today (the clock fixed at the scenario file's evaluation instant, as for every test of the API).
 */
@QuarkusTest
class TimelinePictureResourceTest {

    static final String PATH = "/api/v1/classifications";
    static final String SVG = "image/svg+xml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_DECISION = "00000000-0000-0000-0000-000000000000";

    /** The three public scenarios drawn under docs/timeline/, the language of each, and the file. */
    record Shown(String scenario, String language, String file) {
    }

    static final List<Shown> SHOWN = List.of(
            new Shown("P87", "en", "P87-notice-rule-two-liable-periods.en.svg"),
            new Shown("P107", "en", "P107-contested-timeliness.en.svg"),
            new Shown("P86", "zh-CN", "P86-two-notices-and-a-counter-notice.zh.svg"));

    static String body(String scenario) throws IOException {
        return JSON.writeValueAsString(TimelinePictureTest.scenario(scenario).path("input"));
    }

    static Response picture(String body, String language) {
        return given().contentType("application/json").accept(SVG).header("Accept-Language", language).body(body)
                .when().post(PATH);
    }

    /** The picture's text with its decision id (from X-Decision-Id) replaced by zeros. */
    static String withoutDecisionId(Response answer) {
        String id = answer.header("X-Decision-Id");
        assertThat(id).isNotBlank();
        String svg = new String(answer.body().asByteArray(), StandardCharsets.UTF_8);
        assertThat(svg).contains("<metadata>decisionId=" + id + "</metadata>");
        return svg.replace(id, NO_DECISION);
    }

    @Test
    void accept_svg_answers_the_picture_in_the_negotiated_language_with_the_decision_id() throws IOException {
        Response answer = picture(body("P87"), "zh-CN");
        answer.then().statusCode(200).contentType(startsWith(SVG)).header("Content-Language", "zh-CN")
                .header("Vary", containsString("Accept-Language")).header("Vary", containsString("Accept"));
        DrawnPicture drawn = DrawnPicture.read(new String(answer.body().asByteArray(), StandardCharsets.UTF_8));
        assertThat(drawn.root().getAttribute("xml:lang")).isEqualTo("zh-CN");
        assertThat(drawn.rootText("title")).contains("通知规则");
    }

    @Test
    void the_same_request_gives_the_same_bytes_but_for_the_decision_id() throws IOException {
        String body = body("P86");
        Response first = picture(body, "en");
        Response second = picture(body, "en");
        assertThat(first.header("X-Decision-Id")).isNotEqualTo(second.header("X-Decision-Id"));
        assertThat(withoutDecisionId(second)).isEqualTo(withoutDecisionId(first));
    }

    @Test
    void the_shaded_liable_periods_are_those_of_the_json_answer() throws IOException {
        String body = body("P87");
        JsonNode json = JSON.readTree(given().contentType("application/json").body(body).when().post(PATH)
                .then().statusCode(200).extract().asString());
        List<String> expected = new ArrayList<>();
        for (JsonNode period : json.path("liablePeriods")) {
            expected.add(period.path("from").asText() + "/"
                    + (period.path("until").isNull() ? ".." : period.path("until").asText()));
        }
        assertThat(expected).hasSize(2);
        DrawnPicture drawn = DrawnPicture.read(new String(picture(body, "en").then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8));
        assertThat(drawn.facts("liable-period").stream().map(DrawnPicture.Fact::metadata).toList())
                .isEqualTo(expected);
    }

    @Test
    void json_stays_the_default_without_accept_for_any_type_and_on_a_tie() throws IOException {
        String body = body("P87");
        given().contentType("application/json").body(body).when().post(PATH).then().statusCode(200)
                .contentType(startsWith("application/json"));
        for (String accept : List.of("*/*", "application/json, image/svg+xml", "image/*;q=0.5, application/json",
                "image/svg+xml;q=0.5, */*;q=0.5, application/json;q=0.5")) {
            given().contentType("application/json").accept(accept).body(body).when().post(PATH).then()
                    .statusCode(200).contentType(startsWith("application/json"));
        }
        for (String accept : List.of("image/svg+xml", "image/svg+xml, */*", "image/*",
                "application/json;q=0.4, image/svg+xml;q=0.5")) {
            given().contentType("application/json").accept(accept).body(body).when().post(PATH).then()
                    .statusCode(200).contentType(startsWith(SVG));
        }
    }

    @Test
    void a_bad_request_for_the_picture_gets_the_same_problem_as_for_json() throws IOException {
        String bad = """
                {"provider": {"role": "HOSTING"}, "noticeHistory": [{"receivedAt": "yesterday"}]}
                """;
        JsonNode asJson = JSON.readTree(given().contentType("application/json").body(bad).when().post(PATH)
                .then().statusCode(400).contentType(startsWith("application/problem+json")).extract().asString());
        JsonNode asPicture = JSON.readTree(picture(bad, "en").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).extract().asString());
        assertThat(asPicture.path("type")).isEqualTo(asJson.path("type"));
        assertThat(asPicture.path("errors")).isEqualTo(asJson.path("errors"));
        assertThat(asPicture.path("errors").findValuesAsText("field")).contains("provider.role");
    }

    @Test
    void an_accept_that_admits_neither_json_nor_the_picture_is_406_naming_both() throws IOException {
        given().contentType("application/json").accept("text/plain").body(body("P87")).when().post(PATH).then()
                .statusCode(406).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("image/svg+xml"));
        given().contentType("application/json").accept("image/svg+xml;q=0, application/json;q=0")
                .body(body("P87")).when().post(PATH).then().statusCode(406);
    }

    @Test
    void the_batch_answers_no_picture() {
        given().contentType("application/json").accept(SVG).body("{\"cases\": [{\"provider\": {\"role\": \"STORAGE\"}}]}")
                .when().post(PATH + "/batch").then().statusCode(406);
    }

    @Test
    void counterfactuals_are_not_drawn_and_asking_for_them_with_the_picture_is_400_naming_include()
            throws IOException {
        given().contentType("application/json").accept(SVG).queryParam("include", "counterfactuals")
                .body(body("P87")).when().post(PATH).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("include"));
    }

    @TestFactory
    Stream<DynamicTest> the_pictures_under_docs_timeline_are_what_the_service_draws_today() {
        return SHOWN.stream().map(shown -> DynamicTest.dynamicTest(shown.file(), () -> {
            String drawn = withoutDecisionId(picture(body(shown.scenario()), shown.language()).then()
                    .statusCode(200).extract().response());
            Path committed = Path.of("docs", "timeline", shown.file());
            String expected = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
            if (!drawn.equals(expected)) {
                Path today = Path.of("target", "timeline-pictures", shown.file());
                Files.createDirectories(today.getParent());
                Files.writeString(today, drawn, StandardCharsets.UTF_8);
                throw new AssertionError(committed + " is not what the service draws for " + shown.scenario()
                        + " (" + shown.language() + ") today; the drawing is in " + today
                        + ": copy it over if the change is meant");
            }
        }));
    }
}
