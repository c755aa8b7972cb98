package cn.netlaw.api.classification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /api/v1/classifications} over HTTP: one test per class of bad input of validation rules 1–3
 * (docs/request.md#validation), the 4xx answers of the HTTP edge, and the result of a valid request. {@code
 * ClassificationResourceIT} runs the same tests against the packaged jar.
 */
@QuarkusTest
public class ClassificationResourceTest {

    public static final String PATH = "/api/v1/classifications";
    public static final String EVALUATION_TIME = "2025-06-30T12:00:00+08:00";

    private static final Pattern STACK_FRAME = Pattern.compile("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(PATH);
    }

    /** The answer is an RFC 9457 problem of the status, naming no Java class and carrying no stack. */
    public static void assertProblem(Response response, int status) {
        response.then()
                .statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", matchesPattern("/problems/[a-z0-9-]+"))
                .body("title", notNullValue())
                .body("status", equalTo(status))
                .body("detail", notNullValue())
                .body("errors", notNullValue());
        String body = response.asString();
        assertThat(body).doesNotContain("java.", "cn.netlaw", "Exception", "jackson", "Cannot deserialize");
        assertThat(STACK_FRAME.matcher(body).find()).as("a stack frame in %s", body).isFalse();
    }

    static void assertBadInput(String body, String field) {
        Response response = post(body);
        assertProblem(response, 400);
        response.then()
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", notNullValue());
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/request.md#rule-1: not a JSON object, unknown property, wrong JSON type, unknown enum value
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void malformed_json_is_a_400_problem_at_the_root() {
        assertBadInput("{\"provider\": {\"role\": \"STORAGE\"", "$");
    }

    @Test
    void an_empty_body_is_a_400_problem_at_the_root() {
        assertBadInput("", "$");
    }

    @Test
    void a_json_array_is_a_400_problem_at_the_root_because_the_body_must_be_an_object() {
        assertBadInput("[{\"provider\": {\"role\": \"STORAGE\"}}]", "$");
    }

    @Test
    void a_property_given_twice_is_a_400_problem_at_its_path() {
        assertBadInput("{\"provider\": {\"role\": \"STORAGE\", \"role\": \"SEARCH\"}}", "provider.role");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"provider\":{\"role\":\"STORAGE\"},\"rightTyp\":\"COPYRIGHT\"}                       | rightTyp",
        "{\"provider\":{\"role\":\"STORAGE\",\"knowsIt\":true}}                                | provider.knowsIt",
        "{\"provider\":{\"role\":\"STORAGE\",\"indicators\":{\"hotWork\":true}}}              | provider.indicators.hotWork",
        "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"chanel\":\"EMAIL\"}]} | noticeHistory[0].chanel",
        "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"counterNotice\":{\"receivedAt\":\"2022-01-02\",\"suedAt\":null}}]} | noticeHistory[0].counterNotice.suedAt"
    })
    void an_unknown_property_at_any_level_is_a_400_problem_listing_the_known_names(String body, String field) {
        assertBadInput(body, field);
        post(body).then()
                .body("errors[0].message", containsString("unknown property"))
                .body("errors[0].allowed", notNullValue());
    }

    @Test
    void a_string_where_a_boolean_is_expected_is_a_400_problem_at_its_path() {
        assertBadInput("{\"provider\":{\"role\":\"STORAGE\",\"instigates\":\"true\"}}", "provider.instigates");
    }

    @Test
    void a_fractional_item_count_is_a_400_problem_at_its_path() {
        assertBadInput("""
                {"provider":{"role":"STORAGE"},"noticeHistory":[{"receivedAt":"2022-04-02","itemCount":1.5}]}""",
                "noticeHistory[0].itemCount");
    }

    @Test
    void an_unknown_enum_value_is_a_400_problem_with_the_allowed_values() {
        String body = "{\"provider\":{\"role\":\"HOSTING\"}}";
        assertBadInput(body, "provider.role");
        post(body).then().body("errors[0].allowed",
                equalTo(List.of("ACCESS", "CACHING", "STORAGE", "SEARCH", "LINKING", "INFRASTRUCTURE")));
    }

    @Test
    void a_live_content_flag_that_is_not_a_boolean_is_a_400_problem_naming_the_field_and_boolean() {
        String body = "{\"provider\":{\"role\":\"STORAGE\"},\"liveContent\":\"yes\"}";
        assertBadInput(body, "liveContent");
        post(body).then().body("errors[0].message", containsString("boolean"));
    }

    @Test
    void an_unknown_key_of_the_request_policy_is_a_400_problem_listing_the_allowed_names() {
        String body = """
                {"provider":{"role":"STORAGE"},"policy":{"timelinessHours":{"ecommerce":{"personality":{"prompt":24}}}}}""";
        assertBadInput(body, "policy.timelinessHours.ecommerce.personality");
        post(body).then().body("errors[0].allowed", equalTo(List.of("copyright", "copyrightOther", "trademark", "patent")));
        assertBadInput("{\"provider\":{\"role\":\"STORAGE\"},\"policy\":{\"patentForwardingSuffices\":true}}",
                "policy.patentForwardingSuffices");
    }

    @Test
    void a_request_policy_band_whose_prompt_exceeds_its_late_bound_is_a_400_problem_naming_the_pair() {
        assertBadInput("""
                {"provider":{"role":"STORAGE"},"policy":{"timelinessHours":{"host":{"copyright":{"prompt":80}}}}}""",
                "policy.timelinessHours.host.copyright");
    }

    // ---------------------------------------------------------------------------------------------------------
    // validation rules 14, 17, 18 (docs/request.md#validation): the engine's rules on the fields added in 3.0
    // ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"provider\":{\"role\":\"STORAGE\"},\"liveEndedAt\":\"2023-05-01\"}                               | liveEndedAt",
        "{\"provider\":{\"role\":\"STORAGE\"},\"liveContent\":false,\"liveEndedAt\":\"2023-05-01\"}        | liveEndedAt",
        "{\"provider\":{\"role\":\"STORAGE\"},\"liveContent\":true,\"conductDate\":\"2023-05-02\",\"liveEndedAt\":\"2023-05-01\"} | liveEndedAt",
        "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2023-05-01\",\"reappearedBySameUser\":true}]} | noticeHistory[0].reappearedBySameUser",
        "{\"provider\":{\"role\":\"INFRASTRUCTURE\"},\"ecommercePlatform\":true}                           | ecommercePlatform"
    })
    void a_3_0_combination_that_section_4_5_forbids_is_a_400_problem_at_its_field(String body, String field) {
        assertBadInput(body, field);
    }

    @Test
    void a_bare_live_end_on_the_day_of_a_timed_conduct_start_is_accepted() {
        // docs/request.md#rule-18: a bare liveEndedAt (24:00 of its day) is before a conductDate only when its day is
        // earlier.
        post("""
                {"provider":{"role":"STORAGE"},"liveContent":true,"conductDate":"2023-05-01T10:00:00+08:00",
                 "liveEndedAt":"2023-05-01"}""").then().statusCode(200);
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/request.md#rule-2: required properties, null elements, the 1.0 shape of noticeHistory

    // ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                                                                            | provider",
        "{\"provider\":null}                                                           | provider",
        "{\"provider\":{\"role\":null}}                                                | provider.role",
        "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":null}]} | noticeHistory[0].receivedAt",
        "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"counterNotice\":{\"includesIdentity\":true}}]} | noticeHistory[0].counterNotice.receivedAt"
    })
    void a_required_property_missing_or_null_is_a_400_problem_at_its_path(String body, String field) {
        assertBadInput(body, field);
    }

    @Test
    void a_null_notice_episode_is_a_400_problem_at_its_index() {
        assertBadInput("{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[null]}", "noticeHistory[0]");
    }

    @Test
    void the_object_shape_of_notice_history_of_version_1_is_a_400_problem() {
        assertBadInput("""
                {"provider":{"role":"STORAGE"},"noticeHistory":{"notices":[],"providerResponse":null,"counterNotice":null}}""",
                "noticeHistory");
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/request.md#rule-3: timestamps
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void a_date_time_without_offset_is_a_400_problem_at_its_path() {
        assertBadInput("{\"provider\":{\"role\":\"STORAGE\"},\"conductDate\":\"2022-06-01T10:00:00\"}", "conductDate");
    }

    @Test
    void an_impossible_date_is_a_400_problem_at_its_path() {
        assertBadInput("""
                {"provider":{"role":"STORAGE"},"noticeHistory":[{"receivedAt":"2021-02-30"}]}""",
                "noticeHistory[0].receivedAt");
    }

    // ---------------------------------------------------------------------------------------------------------
    // The rest of the HTTP edge
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void a_body_over_the_size_limit_is_a_413_problem() {
        String body = "{\"provider\":{\"role\":\"STORAGE\"},\"pad\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        Response response = post(body);
        assertProblem(response, 413);
        response.then().body("type", equalTo("/problems/body-too-large"));
    }

    @Test
    void a_chunked_body_over_the_size_limit_is_a_413_problem() throws Exception {
        byte[] body = ("{\"provider\":{\"role\":\"STORAGE\"},\"pad\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
            assertThat(JSON.readTree(response.body()).path("type").asText()).isEqualTo("/problems/body-too-large");
        }
    }

    @Test
    void a_chunked_body_under_the_size_limit_is_read() throws Exception {
        byte[] body = "{\"provider\":{\"role\":\"STORAGE\"},\"conductDate\":\"2021-02-30\"}".getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("errors").path(0).path("field").asText()).isEqualTo("conductDate");
        }
    }

    @Test
    void an_unknown_path_under_the_api_is_a_404_problem() {
        Response response = given().when().get("/api/v1/nothing-here");
        assertProblem(response, 404);
        response.then().body("type", equalTo("/problems/not-found"));
    }

    @Test
    void an_unknown_path_outside_the_api_is_a_404_problem_too() {
        assertProblem(given().accept("text/html").when().get("/no/such/page"), 404);
    }

    @Test
    void a_get_on_the_classifications_is_a_405_problem() {
        assertProblem(given().when().get(PATH), 405);
    }

    @Test
    void a_body_that_is_not_declared_json_is_a_415_problem() {
        Response response = given().contentType(ContentType.TEXT).body("{\"provider\":{\"role\":\"STORAGE\"}}").when().post(PATH);
        assertProblem(response, 415);
        response.then().body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void an_accept_header_that_admits_no_json_is_a_406_problem() {
        Response response = given().contentType(ContentType.JSON).accept("text/html")
                .body("{\"provider\":{\"role\":\"STORAGE\"}}").when().post(PATH);
        assertProblem(response, 406);
    }

    @Test
    void the_contract_and_swagger_ui_are_served() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/classifications"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Valid requests (these need the engine)
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void a_combination_that_section_4_5_forbids_is_a_400_problem_from_the_engine() {
        Response response = post("""
                {"provider":{"role":"STORAGE","knowledge":"KNEW"},"rightType":"PERSONALITY","conductDate":"2022-06-01"}""");
        assertProblem(response, 400);
        response.then().body("errors[0].field", notNullValue());
    }

    @Test
    void the_minimal_request_is_no_fault_under_the_civil_code() {
        post(ContractExamples.MINIMAL).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("regime", equalTo("CIVIL_CODE"))
                .body("liability", equalTo("NONE"))
                .body("rule", equalTo("NO_FAULT"))
                .body("joint", equalTo(false))
                .body("jointScope", equalTo("NONE"))
                .body("legalBasis", hasItem("CIVIL_CODE_1197"))
                .body("assumptions.code", hasItem("CONDUCT_DATE_ASSUMED"))
                .body("decisionId", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"))
                .body("rulesetVersion", matchesPattern("3\\.0/[0-9a-f]{6}"))
                .body("expandedFrom", nullValue())
                .body("actBy", nullValue())
                .body("certainty", equalTo("DETERMINED"))
                .body("contested", empty())
                .body("alternatives", empty())
                .body("liablePeriods", empty())
                .body("clearlyLateAt", nullValue());
    }

    @Test
    void an_infrastructure_provider_with_nothing_else_known_is_no_fault_and_determined() {
        post("{\"provider\":{\"role\":\"INFRASTRUCTURE\"}}").then()
                .statusCode(200)
                .body("liability", equalTo("NONE"))
                .body("rule", equalTo("NO_FAULT"))
                .body("safeHarbour", equalTo("NOT_APPLICABLE"))
                .body("certainty", equalTo("DETERMINED"));
    }

    @Test
    void a_contested_result_gives_the_presumptive_headline_the_question_and_the_outcome_of_the_other_reading() {
        post(ContractExamples.request("classify", "accessProviderNeverForwards")).then()
                .statusCode(200)
                .body("liability", equalTo("NONE"))
                .body("rule", equalTo("SAFE_HARBOUR"))
                .body("certainty", equalTo("CONTESTED"))
                .body("contested.question", contains("CONDUIT_NECESSARY_MEASURE"))
                .body("contested[0].subject", equalTo("noticeHistory[0]"))
                .body("contested[0].detail", not(emptyOrNullString()))
                .body("alternatives", hasSize(1))
                .body("alternatives[0].assuming[0].question", equalTo("CONDUIT_NECESSARY_MEASURE"))
                .body("alternatives[0].assuming[0].subject", equalTo("noticeHistory[0]"))
                .body("alternatives[0].assuming[0].reading", equalTo("BREACHED"))
                .body("alternatives[0].outcome.regime", equalTo("CIVIL_CODE"))
                .body("alternatives[0].outcome.liability", equalTo("INDIRECT"))
                .body("alternatives[0].outcome.rule", equalTo("NOTICE_RULE"))
                .body("alternatives[0].outcome.joint", equalTo(true))
                .body("alternatives[0].outcome.jointScope", equalTo("EXPANDED_PART"))
                .body("alternatives[0].outcome.liablePeriods[0].from", equalTo("2023-03-03T09:00:00+08:00"))
                .body("alternatives[0].outcome.liablePeriods[0].until", nullValue())
                .body("liablePeriods", empty())
                .body("dutyBreaches", contains("FORWARDING_NOT_DONE"));
    }

    @Test
    void an_overdue_duty_gives_its_prompt_deadline_as_act_by_and_its_late_deadline_as_clearly_late_at() {
        // P153 (docs/result.md, docs/procedure.md#timeliness): a valid copyright notice 30 h old at asOf, nothing done:
        // between the bounds, overdue.
        post("""
                {"provider": {"role": "STORAGE"}, "rightType": "COPYRIGHT", "conductDate": "2025-06-20",
                 "asOf": "2025-06-30T12:00:00+08:00",
                 "noticeHistory": [{"receivedAt": "2025-06-29T06:00:00+08:00", "channel": "EMAIL", "includesIdentity": true,
                   "includesPreliminaryEvidence": true, "locatesContent": true}]}""").then()
                .statusCode(200)
                .body("actBy", equalTo("2025-06-30T06:00:00+08:00"))
                .body("clearlyLateAt", equalTo("2025-07-02T06:00:00+08:00"))
                .body("certainty", equalTo("CONTESTED"))
                .body("contested.question", contains("TIMELINESS"));
    }

    @Test
    void knowledge_that_arose_after_the_upload_is_liable_since_the_missed_deadline_in_liable_periods() {
        // Step 8, docs/result.md: the caller's KNEW a day after the conduct began, never acted on: SINCE_KNOWLEDGE, the
        // period from the prompt deadline of the knowledge duty (24 h) on.
        post("""
                {"provider": {"role": "STORAGE", "knowledge": "KNEW", "knowledgeSince": "2023-03-02T09:00:00+08:00"},
                 "rightType": "COPYRIGHT", "conductDate": "2023-03-01", "ongoing": true}""").then()
                .statusCode(200)
                .body("rule", equalTo("KNOWLEDGE_RULE"))
                .body("jointScope", equalTo("SINCE_KNOWLEDGE"))
                .body("liablePeriods[0].from", equalTo("2023-03-03T09:00:00+08:00"))
                .body("liablePeriods[0].until", nullValue())
                .body("expandedPeriods", empty());
    }

    @Test
    void every_result_field_of_section_4_6_is_present_in_its_order() throws Exception {
        JsonNode result = JSON.readTree(post(ContractExamples.MINIMAL).then().statusCode(200).extract().asString());
        List<String> names = new ArrayList<>();
        result.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("regime", "specialRegimes", "liability", "rule", "joint", "jointScope",
                "certainty", "contested", "alternatives", "exploration", "liablePeriods",
                "expandedFrom", "expandedUntil", "expandedPeriods", "knowledgeFrom", "effectiveKnowledge", "safeHarbour",
                "notifierLiability", "notifierLiabilityByNotice", "paidDeletionAgreement", "dutyBreaches", "actBy",
                "clearlyLateAt", "legalBasis", "reasons", "reviewFlags", "assumptions", "explanation", "decisionId",
                "rulesetVersion");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a storage provider, nothing else known        | {\"provider\":{\"role\":\"STORAGE\"}}",
        "an access provider that never forwards (P115) | P115",
        "direct infringement (Step 4)                  | {\"provider\":{\"role\":\"STORAGE\",\"participatesInContent\":true}}",
        "a state that ended before 2010-07-01 (Step 1) | {\"provider\":{\"role\":\"STORAGE\"},\"conductDate\":\"2009-01-01\",\"conductEndDate\":\"2009-02-01\"}"
    })
    void every_answer_carries_certainty_contested_alternatives_liable_periods_and_clearly_late_at(String name, String body)
            throws Exception {
        JsonNode result = JSON.readTree(post(body.equals("P115") ? ContractExamples.request("classify", "accessProviderNeverForwards") : body)
                .then().statusCode(200).extract().asString());
        assertThat(result.get("certainty").asText()).isIn("DETERMINED", "CONTESTED");
        assertThat(result.get("contested").isArray()).isTrue();
        assertThat(result.get("alternatives").isArray()).isTrue();
        assertThat(result.get("liablePeriods").isArray()).isTrue();
        assertThat(result.has("clearlyLateAt")).isTrue();
        // docs/result.md: both [] and DETERMINED when nothing is contested; clearlyLateAt null exactly when actBy is.
        assertThat(result.get("certainty").asText().equals("DETERMINED")).isEqualTo(result.get("contested").isEmpty());
        assertThat(result.get("alternatives").isEmpty()).isEqualTo(result.get("contested").isEmpty());
        assertThat(result.get("clearlyLateAt").isNull()).isEqualTo(result.get("actBy").isNull());
    }

    @Test
    void the_evaluation_instant_is_the_configured_clock() {
        post(ContractExamples.MINIMAL).then()
                .statusCode(200)
                .body("assumptions.find { it.code == 'AS_OF_ASSUMED' }.value", equalTo(EVALUATION_TIME));
    }

    @Test
    void the_request_of_section_4_1_gets_the_result_of_section_4_6_with_at_least_its_reasons_and_assumptions() throws Exception {
        JsonNode expected = JSON.readTree("""
                {
                  "regime": "CIVIL_CODE", "specialRegimes": ["NDR_REGULATION"],
                  "liability": "NONE", "rule": "SAFE_HARBOUR", "joint": false, "jointScope": "NONE",
                  "certainty": "DETERMINED", "contested": [], "alternatives": [],
                  "exploration": {"alternatives": {"complete": true, "questionsRaised": 0, "questionsExplored": 0,
                                                   "evaluations": 0, "cutBy": null}},
                  "liablePeriods": [],
                  "expandedFrom": null, "expandedUntil": null, "expandedPeriods": [],
                  "knowledgeFrom": null, "effectiveKnowledge": "NONE",
                  "safeHarbour": "SATISFIED",
                  "notifierLiability": "NOT_APPLICABLE", "notifierLiabilityByNotice": [],
                  "paidDeletionAgreement": "NOT_APPLICABLE",
                  "dutyBreaches": ["FAILED_TO_TERMINATE_MEASURES_AFTER_COUNTER_NOTICE"], "actBy": null,
                  "clearlyLateAt": null,
                  "legalBasis": ["REG_22", "CIVIL_CODE_1195_2", "CIVIL_CODE_1195_1", "CIVIL_CODE_201", "CIVIL_CODE_203"],
                  "reasons": ["NOTICE_ACTED_ON_IN_TIME"],
                  "reviewFlags": ["DEFAULT_THRESHOLD_APPLIED"],
                  "assumptions": [{"code": "AS_OF_ASSUMED", "value": "2025-06-30T12:00:00+08:00"},
                                  {"code": "CONDUCT_END_ASSUMED", "value": "2022-04-02T15:00:00+08:00"},
                                  {"code": "TIMELINESS_THRESHOLD", "value": "NOTICE/HOST/COPYRIGHT: 24h/72h"},
                                  {"code": "COUNTER_NOTICE_PERIOD_END", "value": "2022-04-19T00:00:00+08:00"},
                                  {"code": "HOLIDAY_CALENDAR", "value": "WEEKENDS_ONLY"}]
                }""");
        ObjectNode actual = (ObjectNode) JSON.readTree(
                post(ContractExamples.NOTICE_HANDLED_IN_TIME).then().statusCode(200).extract().asString());
        actual.remove(List.of("decisionId", "rulesetVersion", "explanation"));
        // Reasons are informative (docs/scenarios.md#judging) and assumptions may say more than docs/result.md shows:
        // the shown ones must be there.
        assertThat(actual.remove("reasons")).contains(expected.get("reasons").get(0));
        List<JsonNode> assumptions = new ArrayList<>();
        actual.remove("assumptions").forEach(assumptions::add);
        assertThat(assumptions).containsSubsequence(elements(((ObjectNode) expected).remove("assumptions")));
        ((ObjectNode) expected).remove("reasons");
        assertThat(actual).isEqualTo(expected);
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    @Test
    void the_same_request_gets_the_same_answer_except_the_decision_id() throws Exception {
        ObjectNode first = (ObjectNode) JSON.readTree(post(ContractExamples.NOTICE_HANDLED_IN_TIME).asString());
        ObjectNode second = (ObjectNode) JSON.readTree(post(ContractExamples.NOTICE_HANDLED_IN_TIME).asString());
        assertThat(UUID.fromString(first.remove("decisionId").asText()))
                .isNotEqualTo(UUID.fromString(second.remove("decisionId").asText()));
        assertThat(first).isEqualTo(second);
    }

    public static URI endpoint() {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + PATH);
    }
}
