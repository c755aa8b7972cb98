package cn.netlaw.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.netlaw.api.ManagementPort;
import cn.netlaw.api.classification.ClassificationResource;
import cn.netlaw.api.classification.ClassificationResourceTest;
import cn.netlaw.api.classification.ContractExamples;
import cn.netlaw.api.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Authentication turned on by configuration alone ({@code liability.auth.enabled}, an issuer, a public key the test
 * made, a required role): every API request needs a bearer JWT of that issuer, signed with that key, unexpired and
 * carrying the role; anything else is a 401 or 403 problem that says nothing of the token. {@code /q/} stays open.
 * {@link AuthenticationOffTest} shows the default: no credentials needed, none read.
 */
@QuarkusTest
@TestProfile(AuthenticationTest.On.class)
class AuthenticationTest {

    static final String PATH = ClassificationResourceTest.PATH;

    public static class On implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "liability.auth.enabled", "true",
                    "liability.auth.required-role", TestTokens.ROLE,
                    "mp.jwt.verify.issuer", TestTokens.ISSUER,
                    "mp.jwt.verify.publickey", TestTokens.publicKeyPem());
        }
    }

    private static RequestSpecification classification() {
        return given().contentType(ContentType.JSON).body(ContractExamples.MINIMAL);
    }

    private static RequestSpecification bearer(String token) {
        return classification().header("Authorization", "Bearer " + token);
    }

    /** A 401 or 403 problem with its challenge, the security headers, and no word of the token it refused. */
    private static void assertRefused(Response response, int status, String type, String challenge, String token) {
        response.then()
                .statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", equalTo(challenge))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"))
                .body("type", equalTo(type))
                .body("status", equalTo(status))
                .body("errors.size()", equalTo(0));
        String body = response.asString();
        assertThat(body).doesNotContain(TestTokens.SUBJECT, TestTokens.ISSUER, "Exception", "\tat ", "srjwt",
                "SRJWT");
        if (token != null && !token.isEmpty()) {
            for (String part : token.split("\\.")) {
                if (part.length() > 8) {
                    assertThat(body).doesNotContain(part);
                }
            }
        }
    }

    @Test
    void a_valid_token_with_the_role_is_classified() {
        bearer(TestTokens.valid()).when().post(PATH).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("liability", equalTo("NONE"));
    }

    @Test
    void the_catalogue_and_batches_need_the_token_too() {
        given().when().get("/api/v1/provisions").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.valid()).when().get("/api/v1/provisions")
                .then().statusCode(200);
        String batch = "{\"items\":[" + ContractExamples.MINIMAL + "]}";
        given().contentType(ContentType.JSON).body(batch).when().post(PATH + "/batch").then().statusCode(401);
        given().contentType(ContentType.JSON).body(batch).header("Authorization", "Bearer " + TestTokens.valid())
                .when().post(PATH + "/batch").then().statusCode(200);
    }

    @Test
    void no_token_is_a_401_problem_with_a_bearer_challenge() {
        assertRefused(classification().when().post(PATH), 401, AuthProblems.UNAUTHORIZED, "Bearer", null);
    }

    @Test
    void a_request_expecting_100_continue_without_a_token_is_answered_401_alone_and_with_one_continued()
            throws Exception {
        for (String framing : new String[] {"Content-Length: 100\r\n", "Transfer-Encoding: chunked\r\n"}) {
            ExpectContinueTest.refused(PATH, ExpectContinueTest.JSON, framing, 401);
        }
        String token = "Authorization: Bearer " + TestTokens.valid() + "\r\n";
        for (boolean chunked : new boolean[] {false, true}) {
            ExpectContinueTest.continued(PATH, ExpectContinueTest.JSON + token, ContractExamples.MINIMAL, chunked);
        }
    }

    @Test
    void another_scheme_is_no_token() {
        assertRefused(classification().header("Authorization", "Basic Y2xpZW50OnNlY3JldA==").when().post(PATH), 401,
                AuthProblems.UNAUTHORIZED, "Bearer", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-jwt", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl"})
    void a_malformed_token_is_a_401_problem(String token) {
        assertRefused(bearer(token).when().post(PATH), 401, AuthProblems.UNAUTHORIZED,
                "Bearer error=\"invalid_token\"", token);
    }

    @Test
    void a_token_of_another_issuer_is_a_401_problem() {
        String token = TestTokens.token("https://elsewhere.invalid", Set.of(TestTokens.ROLE),
                Instant.now().plusSeconds(3600), TestTokens.privateKey());
        assertRefused(bearer(token).when().post(PATH), 401, AuthProblems.UNAUTHORIZED,
                "Bearer error=\"invalid_token\"", token);
    }

    @Test
    void an_expired_token_is_a_401_problem() {
        String token = TestTokens.token(TestTokens.ISSUER, Set.of(TestTokens.ROLE),
                Instant.now().minusSeconds(3600), TestTokens.privateKey());
        assertRefused(bearer(token).when().post(PATH), 401, AuthProblems.UNAUTHORIZED,
                "Bearer error=\"invalid_token\"", token);
    }

    @Test
    void a_token_signed_with_another_key_is_a_401_problem() {
        String token = TestTokens.token(TestTokens.ISSUER, Set.of(TestTokens.ROLE),
                Instant.now().plusSeconds(3600), TestTokens.newPair().getPrivate());
        assertRefused(bearer(token).when().post(PATH), 401, AuthProblems.UNAUTHORIZED,
                "Bearer error=\"invalid_token\"", token);
    }

    @Test
    void an_unsigned_token_is_a_401_problem() {
        String token = TestTokens.unsigned();
        assertRefused(bearer(token).when().post(PATH), 401, AuthProblems.UNAUTHORIZED,
                "Bearer error=\"invalid_token\"", token);
    }

    @Test
    void a_valid_token_without_the_required_role_is_a_403_problem() {
        String token = TestTokens.token(TestTokens.ISSUER, Set.of("reader"), Instant.now().plusSeconds(3600),
                TestTokens.privateKey());
        assertRefused(bearer(token).when().post(PATH), 403, AuthProblems.FORBIDDEN,
                "Bearer error=\"insufficient_scope\"", token);
    }

    @Test
    void a_large_body_without_a_token_is_answered_401() {
        String padded = "{\"pad\":\"" + "x".repeat(1 << 20) + "\"}";
        given().contentType(ContentType.JSON).body(padded).when().post(PATH).then().statusCode(401);
        // and the connection still serves the next request
        classification().when().post(PATH).then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no/such/page", "/api/v1/nothing-here", "//api/v1/provisions", "/%61pi/v1/provisions",
            "/api/v1/provisions/", "/API/v1/provisions"})
    void no_other_path_answers_without_a_token(String path) {
        int status = given().urlEncodingEnabled(false).when().get(path).then().extract().statusCode();
        assertThat(status).as("GET %s without a token", path).isIn(401, 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi", "/q/swagger-ui/", "/problems/unauthorized", "/problems/forbidden",
            "/docs/procedure.md"})
    void the_contract_and_the_problem_and_documentation_pages_stay_open(String path) {
        given().when().get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics", "/q/info"})
    void health_metrics_and_info_on_the_management_interface_need_no_token(String path) {
        ManagementPort.given().when().get(path).then().statusCode(200);
    }
}
