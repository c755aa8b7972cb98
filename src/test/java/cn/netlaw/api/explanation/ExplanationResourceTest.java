package cn.netlaw.api.explanation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import cn.netlaw.api.classification.ClassificationResourceTest;
import cn.netlaw.api.classification.ContractExamples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The explanation of {@code POST /api/v1/classifications} over HTTP, in the language negotiated from
 * {@code Accept-Language}. {@code ExplanationResourceIT} runs the same tests against the packaged jar.
 */
@QuarkusTest
class ExplanationResourceTest {

    /** A notice acted on six days after receipt, past the late bound (HOST, OTHER: 48 h / 120 h): the notice rule. */
    static final String LATE_NOTICE = """
            {"provider": {"role": "STORAGE"}, "rightType": "OTHER", "conductDate": "2022-04-01",
             "noticeHistory": [{"receivedAt": "2022-04-02T09:00:00+08:00", "channel": "EMAIL", "includesIdentity": true,
               "includesPreliminaryEvidence": true, "locatesContent": true, "itemCount": 1,
               "forwardedAt": "2022-04-02T10:00:00+08:00", "measuresTakenAt": "2022-04-08T09:00:00+08:00"}]}""";

    private static final ObjectMapper JSON = new ObjectMapper();

    static Response classify(String body, String acceptLanguage) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.when().post(ClassificationResourceTest.PATH);
    }

    private static String liabilityText(Response response) {
        return response.then().extract().path("explanation.find { it.reason == 'LIABLE_FOR_ENLARGED_DAMAGE' }.text");
    }

    private static String noticeRuleText(Response response) {
        return response.then().extract().path("explanation.find { it.reason == 'NOTICE_NOT_ACTED_ON_IN_TIME' }.text");
    }

    @Test
    void a_notice_rule_case_explained_for_zh_cn_reads_in_chinese_and_says_so_in_content_language() {
        Response response = classify(LATE_NOTICE, "zh-CN");
        response.then()
                .statusCode(200)
                .header("Content-Language", "zh-CN")
                .header("Vary", containsString("Accept-Language"))
                .body("rule", equalTo("NOTICE_RULE"))
                .body("explanation.reason", hasItem("NOTICE_NOT_ACTED_ON_IN_TIME"))
                .body("explanation.find { it.reason == 'NOTICE_NOT_ACTED_ON_IN_TIME' }.step", equalTo("NOTICE_RULE"))
                .body("explanation.find { it.reason == 'LIABLE_FOR_ENLARGED_DAMAGE' }.legalBasis",
                        hasItem("CIVIL_CODE_1195_2"));
        assertThat(noticeRuleText(response)).isEqualTo("网络服务提供者于2022年4月2日 09:00接到第1份通知后，未在服务默认的"
                + "合理期限内（2022年4月4日 09:00届满）采取必要措施，至2022年4月7日 09:00仍未采取，迟延已无争议；"
                + "迟至2022年4月8日 09:00方才采取措施。该默认期限系本服务的设定而非法定期限，法律、司法解释未规定具体时限，"
                + "是否及时由法院根据通知的形式和准确程度、采取措施的难易程度、网络服务的类型和性质、所涉作品的类型、知名度和数量"
                + "以及侵害权益的类型和程度等因素综合判断。网络服务提供者接到通知后未及时采取必要措施，构成帮助侵权，"
                + "应当对损害的扩大部分与该网络用户承担连带责任。");
        assertThat(liabilityText(response)).isEqualTo("网络服务提供者接到有效通知后未及时采取必要措施，构成帮助侵权，"
                + "依据《民法典》第一千一百九十五条第一款、第二款，应当对自2022年4月4日 09:00起至2022年4月8日 09:00止的"
                + "损害扩大部分与该网络用户（电子商务平台上为平台内经营者）承担连带责任（责任期间共1段）。");
    }

    @Test
    void the_same_case_explained_for_en_reads_in_english() {
        Response response = classify(LATE_NOTICE, "en");
        response.then().statusCode(200).header("Content-Language", "en");
        assertThat(noticeRuleText(response)).isEqualTo("The provider received notice 1 on 2 April 2022 09:00 (+08:00) "
                + "and did not take the necessary measures within the service's default reasonable period, which ended on "
                + "4 April 2022 09:00 (+08:00), nor by 7 April 2022 09:00 (+08:00), after which the delay is no longer "
                + "arguable; it acted only on 8 April 2022 09:00 (+08:00). The default period is the service's choice, not "
                + "law: courts weigh the form and accuracy of the notice, the difficulty of the measure, the type and "
                + "nature of the service, the type, popularity and number of the works concerned, and the type and degree "
                + "of the infringement. The provider stands as one that has not taken the necessary measures in time; this "
                + "is contributory infringement, and it is jointly and severally liable with the user for the enlarged "
                + "part of the damage.");
        assertThat(liabilityText(response)).isEqualTo("Under the notice rule the provider, having failed to take the "
                + "necessary measures in time after a valid notice, is a contributory infringer: it is jointly and "
                + "severally liable with the user (on an e-commerce platform, the operator in the platform) for the "
                + "enlarged part of the damage, which accrued from 4 April 2022 09:00 (+08:00) until 8 April 2022 09:00 "
                + "(+08:00), in 1 liable period(s) (Civil Code Arts. 1195(1) and 1195(2)).");
    }

    @Test
    void q_values_decide_between_english_and_chinese() {
        classify(LATE_NOTICE, "en;q=0.9, zh;q=0.8").then().statusCode(200).header("Content-Language", "en");
        classify(LATE_NOTICE, "zh;q=0.9, en;q=0.5").then().statusCode(200).header("Content-Language", "zh-CN");
        classify(LATE_NOTICE, "zh;q=0, en;q=0.1").then().statusCode(200).header("Content-Language", "en");
        classify(LATE_NOTICE, "fr, zh-Hans-CN;q=0.3").then().statusCode(200).header("Content-Language", "zh-CN");
    }

    @Test
    void without_accept_language_or_with_a_malformed_one_the_answer_is_english() {
        classify(LATE_NOTICE, null).then().statusCode(200).header("Content-Language", "en");
        classify(LATE_NOTICE, "zh;q=abc").then().statusCode(200).header("Content-Language", "en")
                .body("explanation.text", everyItem(not(matchesPattern(".*[\\u4e00-\\u9fff].*"))));
    }

    @Test
    void every_step_of_the_explanation_carries_step_reason_text_and_legal_basis_in_procedure_order() throws Exception {
        JsonNode result = JSON.readTree(classify(LATE_NOTICE, "zh").then().statusCode(200).extract().asString());
        JsonNode explanation = result.get("explanation");
        assertThat(explanation.size()).isGreaterThanOrEqualTo(3);
        assertThat(explanation.get(0).path("step").asText()).isEqualTo("REGIME");
        for (JsonNode step : explanation) {
            assertThat(step.fieldNames()).toIterable().containsExactly("step", "reason", "text", "legalBasis");
            assertThat(step.get("text").asText()).isNotBlank().doesNotContain("{", "}");
            step.get("legalBasis").forEach(id -> assertThat(result.get("legalBasis").toString()).contains(id.toString()));
        }
    }

    @Test
    void the_documented_examples_are_the_explanations_the_service_gives() throws Exception {
        for (String[] example : new String[][] {{"en", "en"}, {"zh-CN", "zh"}}) {
            JsonNode documented = ContractExamples.answer("classify", example[1]);
            JsonNode actual = JSON.readTree(classify(ContractExamples.NOTICE_HANDLED_IN_TIME, example[0])
                    .then().statusCode(200).header("Content-Language", example[0]).extract().asString());
            assertThat(actual.get("explanation")).as("explanation for %s", example[0])
                    .isEqualTo(documented.get("explanation"));
            for (String field : new String[] {"regime", "liability", "rule", "joint", "jointScope", "legalBasis"}) {
                assertThat(actual.get(field)).as(field).isEqualTo(documented.get(field));
            }
        }
    }

    @Test
    void an_accept_language_header_of_kilobytes_is_answered_in_english_not_with_an_error() {
        given().contentType(ContentType.JSON).body(LATE_NOTICE)
                .header("Accept-Language", "zh-" + "a-".repeat(2800) + "a")
                .when().post("/api/v1/classifications")
                .then().statusCode(200)
                .header("Content-Language", equalTo("en"));
    }
}
