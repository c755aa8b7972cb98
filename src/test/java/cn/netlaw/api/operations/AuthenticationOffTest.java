package cn.netlaw.api.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.netlaw.api.classification.ClassificationResourceTest;
import cn.netlaw.api.classification.ContractExamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Authentication is off by default ({@code liability.auth.enabled=false}): the API needs no credentials and reads
 * none it is sent, so a stray or broken {@code Authorization} header changes nothing. {@link AuthenticationTest}
 * turns it on.
 */
@QuarkusTest
class AuthenticationOffTest {

    static final String PATH = ClassificationResourceTest.PATH;

    @Test
    void the_api_answers_without_a_token() {
        given().contentType(ContentType.JSON).body(ContractExamples.MINIMAL).when().post(PATH).then()
                .statusCode(200).body("liability", equalTo("NONE"));
    }

    @Test
    void a_token_is_not_read_at_all() {
        given().contentType(ContentType.JSON).body(ContractExamples.MINIMAL)
                .header("Authorization", "Bearer not-a-jwt").when().post(PATH).then()
                .statusCode(200).body("liability", equalTo("NONE"));
        given().header("Authorization", "Bearer " + TestTokens.unsigned()).when().get("/api/v1/provisions").then()
                .statusCode(200);
    }
}
