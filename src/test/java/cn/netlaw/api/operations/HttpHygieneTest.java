package cn.netlaw.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.netlaw.api.ManagementPort;
import cn.netlaw.api.classification.ClassificationResource;
import cn.netlaw.api.classification.ClassificationResourceTest;
import cn.netlaw.api.classification.ContractExamples;
import cn.netlaw.api.problem.AllowedMethods;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.RouteGuards;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Security hygiene of every answer: {@code X-Content-Type-Options: nosniff} and {@code Cache-Control: no-store} on
 * decisions and on problems, and no CORS grant unless configured ({@code quarkus.http.cors.*}; see
 * {@link CorsConfiguredTest}). {@code HttpHygieneIT} runs the same against the packaged jar.
 */
@QuarkusTest
public class HttpHygieneTest {

    static final String PATH = ClassificationResourceTest.PATH;
    public static final String FOREIGN_ORIGIN = "https://elsewhere.example";

    private static void assertNeitherSniffedNorStored(Response response, int status) {
        response.then()
                .statusCode(status)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void a_decision_is_neither_sniffed_nor_stored() {
        assertNeitherSniffedNorStored(
                given().contentType(ContentType.JSON).body(ContractExamples.MINIMAL).when().post(PATH), 200);
        assertNeitherSniffedNorStored(given().contentType(ContentType.JSON).body(ContractExamples.MINIMAL)
                .when().post(PATH + "?explain=none&include=counterfactuals"), 200);
        assertNeitherSniffedNorStored(given().contentType(ContentType.JSON)
                .body("{\"items\":[" + ContractExamples.MINIMAL + "]}").when().post(PATH + "/batch"), 200);
        assertNeitherSniffedNorStored(given().when().options(PATH), 200);
    }

    @Test
    void answers_outside_the_classifications_keep_their_own_cache_lifetime() {
        given().when().get("/api/v1/provisions").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("public, max-age=3600"));
        given().when().get("/q/openapi").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", org.hamcrest.Matchers.not(equalTo("no-store")));
    }

    @Test
    void a_problem_of_any_status_is_neither_sniffed_nor_stored() {
        assertNeitherSniffedNorStored(given().contentType(ContentType.JSON).body("{}").when().post(PATH), 400);
        assertNeitherSniffedNorStored(given().when().get("/api/v1/nothing-here"), 404);
        assertNeitherSniffedNorStored(given().accept("text/html").when().get("/no/such/page"), 404);
        assertNeitherSniffedNorStored(given().when().get(PATH), 405);
        assertNeitherSniffedNorStored(given().contentType(ContentType.JSON).accept("text/html")
                .body(ContractExamples.MINIMAL).when().post(PATH), 406);
        assertNeitherSniffedNorStored(given().contentType(ContentType.TEXT).body("{}").when().post(PATH), 415);
        assertNeitherSniffedNorStored(given().contentType(ContentType.JSON)
                .body("{\"pad\":\"" + "x".repeat(5 << 20) + "\"}").when().post(PATH), 413);
    }

    @Test
    void every_405_names_the_methods_of_its_path_in_allow() {
        String[][] cases = {
            {"GET", PATH, "POST, OPTIONS"},
            {"PUT", PATH, "POST, OPTIONS"},
            {"HEAD", PATH, "POST, OPTIONS"},
            {"GET", PATH + "/batch", "POST, OPTIONS"},
            {"DELETE", PATH + "/batch", "POST, OPTIONS"},
            {"POST", "/api/v1/provisions", "GET, HEAD, OPTIONS"},
            {"PATCH", "/api/v1/provisions/CIVIL_CODE_1195_2", "GET, HEAD, OPTIONS"},
            {"DELETE", "/api/v1/provisions/NO_SUCH_ID", "GET, HEAD, OPTIONS"},
        };
        for (String[] c : cases) {
            Response response = given().when().request(c[0], c[1]);
            response.then().statusCode(405).header("Allow", equalTo(c[2]));
            if (!c[0].equals("HEAD")) {
                response.then().contentType(Problem.MEDIA_TYPE)
                        .body("type", equalTo("/problems/method-not-allowed"));
            }
        }
    }

    @Test
    void options_names_the_same_methods_as_a_405() {
        given().when().options(PATH).then().statusCode(200).header("Allow", equalTo("POST, OPTIONS"));
        given().when().options("/api/v1/provisions/CIVIL_CODE_1195_2").then().statusCode(200)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void trace_is_refused_with_405_everywhere_the_service_answers() {
        String[][] cases = {
            {PATH, "POST, OPTIONS"},
            {"/api/v1/provisions", "GET, HEAD, OPTIONS"},
            {"/q/openapi", AllowedMethods.OPERATIONS},
            {"/q/swagger-ui/", AllowedMethods.OPERATIONS},
        };
        for (String[] c : cases) {
            assertTraceRefused(RestAssured::given, c[0], c[1]);
        }
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics", "/q/info"}) {
            assertTraceRefused(ManagementPort::given, path, AllowedMethods.OPERATIONS);
        }
    }

    private static void assertTraceRefused(Supplier<RequestSpecification> port, String path, String allow) {
        assertNeitherSniffedNorStored(port.get().header("X-Echo", "secret").when().request("TRACE", path), 405);
        port.get().when().request("TRACE", path).then().statusCode(405)
                .header("Allow", equalTo(allow))
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/method-not-allowed"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret")));
    }

    @Test
    void the_contract_is_not_sniffed_either() {
        given().when().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void a_cross_origin_preflight_gets_no_grant_by_default() {
        given().header("Origin", FOREIGN_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options(PATH)
                .then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void a_cross_origin_request_is_answered_without_a_grant_so_a_browser_does_not_let_the_page_read_it() {
        given().header("Origin", FOREIGN_ORIGIN).contentType(ContentType.JSON).body(ContractExamples.MINIMAL)
                .when().post(PATH)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void a_body_whose_type_is_a_wildcard_is_refused_like_an_undeclared_one() {
        for (String type : new String[] {"*/*", "application/*", "text/plain", "application/jsonx",
                "application/problem+json"}) {
            given().header("Content-Type", type).body("{\"provider\": {\"role\": \"STORAGE\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .when().post(PATH)
                    .then().statusCode(415).contentType("application/problem+json");
        }
        for (String type : new String[] {"application/json; charset=UTF-8", "Application/JSON"}) {
            given().header("Content-Type", type).body("{\"provider\": {\"role\": \"STORAGE\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .when().post(PATH)
                    .then().statusCode(org.hamcrest.Matchers.not(415));
        }
    }

    @Test
    void a_path_with_dot_segments_never_reaches_the_operations_endpoints_from_the_api() {
        for (String path : new String[] {"/api/v1/%2e%2e/%2e%2e/q/openapi", "/api/v1/%2E%2E/%2E%2E/q/swagger-ui/",
                "/api/v1/provisions/%2e%2e/%2e%2e/%2e%2e/q/openapi", "/api/v1/%2e%2e/%2e%2e/q/info",
                "/api/v1/./provisions"}) {
            given().urlEncodingEnabled(false).when().get(path)
                    .then().statusCode(404).contentType("application/problem+json")
                    .header("X-Content-Type-Options", "nosniff");
        }
        assertThat(RouteGuards.hasDotSegment("/api/v1/provisions/CIVIL_CODE_1195_2")).isFalse();
        assertThat(RouteGuards.hasDotSegment("/api/v1/provisions/a.b")).isFalse();
        assertThat(RouteGuards.hasDotSegment("/api/v1/..")).isTrue();
    }

    @Test
    void a_large_answer_is_compressed_for_a_client_that_accepts_gzip_and_sent_as_it_is_otherwise() {
        StringBuilder batch = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 50; i++) {
            batch.append(i == 0 ? "" : ",").append(ContractExamples.request("classify", "noticeIgnored"));
        }
        String body = batch.append("]}").toString();
        for (String path : new String[] {PATH + "/batch", "/api/v1/provisions"}) {
            boolean post = path.endsWith("/batch");
            var gzip = given().urlEncodingEnabled(false).config(io.restassured.RestAssured.config().decoderConfig(
                    io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                    .header("Accept-Encoding", "gzip");
            Response compressed = post ? gzip.contentType(ContentType.JSON).body(body).when().post(path)
                    : gzip.when().get(path);
            compressed.then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
            byte[] raw = compressed.asByteArray();
            String text;
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new AssertionError(path + ": the gzip answer does not decompress", e);
            }
            assertThat(raw.length).as(path).isLessThan(text.length() / 3);

            var plain = given().config(io.restassured.RestAssured.config().decoderConfig(
                    io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                    .header("Accept-Encoding", "identity");
            Response identity = post ? plain.contentType(ContentType.JSON).body(body).when().post(path)
                    : plain.when().get(path);
            identity.then().statusCode(200);
            assertThat(identity.header("Content-Encoding")).as(path).isIn(null, "identity");
            // the same answer but for the decisionIds, new on every answer
            String decisionIds = "\"decisionId\":\"[0-9a-f-]{36}\"";
            assertThat(identity.asString().replaceAll(decisionIds, "")).as(path)
                    .isEqualTo(text.replaceAll(decisionIds, ""));
        }
    }

    @Test
    void the_catalogue_carries_an_etag_and_a_cache_lifetime_and_answers_304_to_its_tag() {
        for (String path : new String[] {"/api/v1/provisions", "/api/v1/provisions?instrument=CIVIL_CODE",
                "/api/v1/provisions/CIVIL_CODE_1195_2"}) {
            Response first = given().urlEncodingEnabled(false).when().get(path);
            first.then().statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=3600"))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
            String tag = first.header("ETag");
            assertThat(tag).as(path).matches("\"[0-9a-f]{32}\"");
            Response again = given().urlEncodingEnabled(false).header("If-None-Match", tag).when().get(path);
            again.then().statusCode(304).header("ETag", equalTo(tag))
                    .header("Cache-Control", equalTo("public, max-age=3600"));
            assertThat(again.asByteArray()).as(path).isEmpty();
            given().urlEncodingEnabled(false).header("If-None-Match", "\"not-the-tag\"").when().get(path)
                    .then().statusCode(200).header("ETag", equalTo(tag));
        }
        String whole = given().when().get("/api/v1/provisions").header("ETag");
        String civilCode = given().when().get("/api/v1/provisions?instrument=CIVIL_CODE").header("ETag");
        assertThat(whole).isNotEqualTo(civilCode);
        // a problem of the catalogue is still never stored
        given().when().get("/api/v1/provisions/NO_SUCH_ID").then().statusCode(404)
                .header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());
    }

    @Test
    void every_instant_of_an_answer_is_written_to_the_whole_second() {
        String request = ContractExamples.request("classify", "noticeIgnored")
                .replace("\"2024-05-10T09:00:00+08:00\"", "\"2024-05-10T09:00:00.123456+08:00\"")
                .replace("\"ongoing\": true", "\"ongoing\": true, \"policy\": {\"timelinessHours\": "
                        + "{\"host\": {\"copyright\": {\"prompt\": 0.0001, \"late\": 0.7}}}}");
        Response answer = given().contentType(ContentType.JSON).body(request).when().post(PATH);
        answer.then().statusCode(200);
        java.util.regex.Matcher instants = java.util.regex.Pattern
                .compile("\"(\\d{4}-\\d{2}-\\d{2}T[^\"]*)\"").matcher(answer.asString());
        int seen = 0;
        while (instants.find()) {
            seen++;
            assertThat(instants.group(1)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
        }
        assertThat(seen).as("instants in the answer").isGreaterThan(2);
        assertThat(answer.jsonPath().getString("actBy")).isNull();
        assertThat(answer.asString()).contains("\"2024-05-10T09:00:00+08:00\"");
    }

    @Test
    void the_404_text_names_every_endpoint_of_the_contract() {
        String detail = given().when().get("/no/such/page").then().statusCode(404).extract().path("detail");
        io.restassured.path.json.JsonPath contract = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, Object>> paths = contract.getMap("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> java.util.Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> assertThat(detail).contains(method.toUpperCase() + " " + path)));
        assertThat(detail).contains("GET /q/openapi").contains("/q/swagger-ui/");
    }
}
