package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.problem.Problem;
import cn.netlaw.liability.Band;
import cn.netlaw.liability.BandRight;
import cn.netlaw.liability.CaseFacts;
import cn.netlaw.liability.Knowledge;
import cn.netlaw.liability.Moment;
import cn.netlaw.liability.NoticeChannel;
import cn.netlaw.liability.NoticeEpisode;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.RightType;
import cn.netlaw.liability.Role;
import cn.netlaw.liability.TimelinessClass;
import cn.netlaw.liability.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The syntactic part of docs/request.md#validation (rules 1–3), without a container. */
class CaseReaderTest {

    private final CaseReader reader = new CaseReader();

    private CaseFacts facts(String json) {
        CaseReader.Reading reading = reader.read(json);
        assertThat(reading).as("reading of %s", json).isInstanceOf(CaseReader.Facts.class);
        return ((CaseReader.Facts) reading).facts();
    }

    private List<Violation> violations(String json) {
        CaseReader.Reading reading = reader.read(json);
        assertThat(reading).as("reading of %s", json).isInstanceOf(CaseReader.Invalid.class);
        List<Violation> violations = ((CaseReader.Invalid) reading).violations();
        for (Violation violation : violations) {
            assertThat(violation.message())
                    .doesNotContain("java.", "cn.netlaw", "Exception", "Cannot deserialize", "jackson", "Jackson");
        }
        return violations;
    }

    private Violation onlyViolation(String json) {
        List<Violation> violations = violations(json);
        assertThat(violations).hasSize(1);
        return violations.getFirst();
    }

    @Test
    void the_minimal_request_is_a_storage_provider_with_every_other_fact_absent() {
        CaseFacts facts = facts("{\"provider\":{\"role\":\"STORAGE\"}}");
        assertThat(facts).isEqualTo(CaseFacts.minimal(Role.STORAGE));
    }

    @Test
    void the_request_of_section_4_1_is_read_field_by_field() {
        CaseFacts facts = facts(ContractExamples.NOTICE_HANDLED_IN_TIME);
        assertThat(facts.rightType()).isEqualTo(RightType.COPYRIGHT);
        assertThat(facts.conductDate()).isEqualTo(Moment.ofDate(LocalDate.of(2022, 4, 1)));
        assertThat(facts.conductEndDate()).isNull();
        assertThat(facts.asOf()).isNull();
        assertThat(facts.contentInfringing()).isTrue();
        assertThat(facts.provider().knowledge()).isEqualTo(Knowledge.NOT_ASSESSED);
        assertThat(facts.provider().identifiesAsProvider()).isTrue();
        assertThat(facts.provider().indicators().hotOrWellKnownWork()).isFalse();
        NoticeEpisode episode = facts.noticeHistory().getFirst();
        assertThat(episode.receivedAt()).isEqualTo(new Moment(Instant.parse("2022-04-02T01:00:00Z"), false));
        assertThat(episode.channel()).isEqualTo(NoticeChannel.EMAIL);
        assertThat(episode.itemCount()).isEqualTo(1);
        assertThat(episode.measuresTakenAt().instant()).isEqualTo(Instant.parse("2022-04-02T07:00:00Z"));
        assertThat(episode.counterNotice().forwardedToRightsHolderAt().instant())
                .isEqualTo(Instant.parse("2022-04-03T04:00:00Z"));
        assertThat(episode.counterNotice().excludedDelayWorkingDays()).isZero();
        assertThat(episode.reappearedBySameUser()).isFalse();
        assertThat(facts.provider().indicators().warningLetterBeforeUpload()).isFalse();
        assertThat(facts.liveContent()).isFalse();
        assertThat(facts.liveEndedAt()).isNull();
        assertThat(((CaseReader.Facts) reader.read(ContractExamples.NOTICE_HANDLED_IN_TIME)).policy()).isNull();
    }

    @Test
    void the_fields_added_in_3_0_are_read() {
        CaseFacts facts = facts("""
                {"provider":{"role":"INFRASTRUCTURE","indicators":{"warningLetterBeforeUpload":true}},
                 "liveContent":true,"liveEndedAt":"2023-05-01",
                 "noticeHistory":[{"receivedAt":"2023-05-02","reappearedAt":"2023-05-01T20:00:00+08:00",
                   "reappearedBySameUser":true}]}""");
        assertThat(facts.provider().role()).isEqualTo(Role.INFRASTRUCTURE);
        assertThat(facts.provider().indicators().warningLetterBeforeUpload()).isTrue();
        assertThat(facts.liveContent()).isTrue();
        assertThat(facts.liveEndedAt()).isEqualTo(Moment.ofDate(LocalDate.of(2023, 5, 1)));
        assertThat(facts.noticeHistory().getFirst().reappearedBySameUser()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"liveContent\":\"yes\"                                              | liveContent",
        "\"liveContent\":1                                                    | liveContent",
        "\"provider\":{\"role\":\"STORAGE\",\"indicators\":{\"warningLetterBeforeUpload\":\"true\"}} | provider.indicators.warningLetterBeforeUpload",
        "\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"reappearedBySameUser\":0}] | noticeHistory[0].reappearedBySameUser"
    })
    void a_new_3_0_flag_that_is_not_a_boolean_is_rejected_naming_the_field_and_boolean(String property, String path) {
        String body = property.startsWith("\"provider\"") ? "{" + property + "}"
                : "{\"provider\":{\"role\":\"STORAGE\"}," + property + "}";
        Violation violation = onlyViolation(body);
        assertThat(violation.field()).isEqualTo(path);
        assertThat(violation.message()).contains("boolean");
    }

    @Test
    void a_request_policy_is_read_with_the_values_it_gives_in_the_order_of_its_keys() {
        CaseReader.Facts facts = (CaseReader.Facts) reader.read("""
                {"provider":{"role":"STORAGE"},
                 "policy":{"holidays":["2023-10-02","2023-10-01","2023-10-02"],
                   "timelinessHours":{"live":{"copyright":{"late":1.5,"prompt":0.25}},"host":null},
                   "limitationYears":null,"conduitNoticeDutyBeforeCivilCode":true}}""");
        assertThat(facts.policy()).isNotNull();
        assertThat(facts.policyOverrides()).containsExactly(
                "holidays=[\"2023-10-01\",\"2023-10-02\"]",
                "timelinessHours.live.copyright.prompt=0.25",
                "timelinessHours.live.copyright.late=1.5",
                "conduitNoticeDutyBeforeCivilCode=true");
    }

    @Test
    void a_request_policy_is_checked_against_the_configured_policy_given_to_the_reader() {
        String body = """
                {"provider":{"role":"STORAGE"},"policy":{"timelinessHours":{"host":{"copyright":{"late":18}}}}}""";
        // With the defaults (HOST COPYRIGHT 24 h / 72 h) the filled pair is 24 h / 18 h: prompt above late.
        assertThat(onlyViolation(body).field()).isEqualTo("policy.timelinessHours.host.copyright");
        // With a configured prompt bound of 12 h the same request is a valid band, 12 h / 18 h.
        Map<TimelinessClass, Map<BandRight, Band>> bands = Policy.defaultBands();
        bands.get(TimelinessClass.HOST).put(BandRight.COPYRIGHT, new Band(12, 72));
        Policy d = Policy.defaults();
        Policy configured = new Policy(bands, d.largeBatchItems(), d.largeBatchMultiplier(), d.counterNoticeDays(),
                d.maxExcludedDelayWorkingDays(), d.tllKnowledgeIncludesShouldHaveKnown(), d.holidays(),
                d.adjustedWorkingDays(), d.conduitNoticeDutyBeforeCivilCode(), d.limitationYears());
        CaseReader.Reading reading = new CaseReader(CaseReader.Limits.DEFAULTS, configured).read(body);
        assertThat(reading).isInstanceOf(CaseReader.Facts.class);
        assertThat(((CaseReader.Facts) reading).policy().applyTo(configured)
                .band(TimelinessClass.HOST, BandRight.COPYRIGHT)).isEqualTo(new Band(12, 18));
    }

    @Test
    void null_on_an_optional_property_means_absent() {
        CaseFacts facts = facts("""
                {"provider":{"role":"LINKING","knowledge":null,"userUploadProven":null,"indicators":null},
                 "noticeHistory":null,"rightType":null,"asOf":null,"ongoing":null}""");
        assertThat(facts).isEqualTo(CaseFacts.minimal(Role.LINKING));
    }

    @Test
    void a_bare_date_is_midnight_at_plus_eight_and_a_date_time_keeps_its_instant() {
        CaseFacts facts = facts("""
                {"provider":{"role":"STORAGE"},"conductDate":"2021-02-28","asOf":"2021-03-01T00:30:00Z",
                 "conductEndDate":"2021-02-28T23:59:59.5-05:00"}""");
        assertThat(facts.conductDate().bareDate()).isTrue();
        assertThat(facts.conductDate().instant()).isEqualTo(Instant.parse("2021-02-27T16:00:00Z"));
        assertThat(facts.asOf()).isEqualTo(new Moment(Instant.parse("2021-03-01T00:30:00Z"), false));
        assertThat(facts.conductEndDate().instant()).isEqualTo(Instant.parse("2021-03-01T04:59:59.5Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"provider\":", "{provider:{}}", "{'provider':{}}", "{\"provider\":{\"role\":\"STORAGE\"},}",
        "not json", "{\"a\":1} {\"b\":2}", "{\"provider\":{\"role\":\"STORAGE\"}} x", "[1,2"})
    void a_body_that_is_not_json_is_rejected_at_the_root(String body) {
        assertThat(onlyViolation(body).field()).isEqualTo("$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "[]", "[{\"provider\":{\"role\":\"STORAGE\"}}]", "\"provider\"", "42", "null", "true"})
    void a_body_that_is_not_a_json_object_is_rejected_at_the_root(String body) {
        Violation violation = onlyViolation(body);
        assertThat(violation.field()).isEqualTo("$");
        assertThat(violation.message()).containsAnyOf("expected a JSON object", "is empty");
    }

    @Test
    void a_byte_sequence_that_is_not_utf8_text_is_rejected_at_the_root() {
        CaseReader.Reading reading = reader.read(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        assertThat(((CaseReader.Invalid) reading).violations().getFirst().field()).isEqualTo("$");
    }

    @Test
    void a_body_beyond_the_limits_of_the_json_reader_is_rejected_at_the_root_or_at_the_too_long_value() {
        Violation deep = onlyViolation("{\"provider\":".repeat(3_000) + "1" + "}".repeat(3_000));
        assertThat(deep.field()).isEqualTo("$");
        assertThat(deep.message()).contains("nested more than");
        Violation longNumber = onlyViolation("{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":"
                + "\"2022-01-01\",\"itemCount\":1" + "0".repeat(2_000) + "}]}");
        assertThat(longNumber.field()).isEqualTo("noticeHistory[0].itemCount");
    }

    @Test
    void a_property_given_twice_is_rejected_at_its_path() {
        Violation violation = onlyViolation("{\"provider\":{\"role\":\"STORAGE\",\"role\":\"SEARCH\"}}");
        assertThat(violation.field()).isEqualTo("provider.role");
        assertThat(violation.message()).contains("more than once");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"provider\":{\"role\":\"STORAGE\"},\"rightTyp\":\"COPYRIGHT\"}                           | rightTyp",
        "{\"provider\":{\"role\":\"STORAGE\",\"knows\":true}}                                      | provider.knows",
        "{\"provider\":{\"role\":\"STORAGE\",\"indicators\":{\"hotWork\":true}}}                  | provider.indicators.hotWork",
        "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"chanel\":\"EMAIL\"}]} | noticeHistory[0].chanel",
        "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"counterNotice\":{\"receivedAt\":\"2022-01-02\",\"suedAt\":null}}]} | noticeHistory[0].counterNotice.suedAt"
    })
    void an_unknown_property_at_any_level_is_rejected_with_the_known_names(String body, String path) {
        Violation violation = onlyViolation(body);
        assertThat(violation.field()).isEqualTo(path);
        assertThat(violation.message()).contains("unknown property '" + path.substring(path.lastIndexOf('.') + 1) + "'");
        assertThat(violation.allowed()).isNotEmpty();
    }

    @Test
    void an_unknown_top_level_property_lists_the_request_properties() {
        assertThat(onlyViolation("{\"provider\":{\"role\":\"STORAGE\"},\"foo\":1}").allowed()).containsExactly(
                "provider", "noticeHistory", "rightType", "conductDate", "conductEndDate", "ongoing", "asOf",
                "ecommercePlatform", "liveContent", "liveEndedAt", "contentInfringing", "paidDeletionAgreement",
                "policy");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"contentInfringing\":\"true\"          | contentInfringing | expected a boolean",
        "\"contentInfringing\":1                 | contentInfringing | expected a boolean",
        "\"ongoing\":{}                          | ongoing           | expected a boolean",
        "\"conductDate\":20220401                | conductDate       | expected a timestamp string",
        "\"conductDate\":[\"2022-04-01\"]        | conductDate       | expected a timestamp string",
        "\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"itemCount\":1.5}]    | noticeHistory[0].itemCount | expected a whole number",
        "\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"itemCount\":\"3\"}]  | noticeHistory[0].itemCount | expected a whole number",
        "\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"itemCount\":true}]   | noticeHistory[0].itemCount | expected a whole number",
        "\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"itemCount\":1.0}]    | noticeHistory[0].itemCount | expected a whole number",
        "\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"itemCount\":1e2}]    | noticeHistory[0].itemCount | expected a whole number",
        "\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"itemCount\":99999999999}] | noticeHistory[0].itemCount | too large",
        "\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"counterNotice\":{\"receivedAt\":\"2022-01-02\",\"excludedDelayWorkingDays\":\"3\"}}] | noticeHistory[0].counterNotice.excludedDelayWorkingDays | expected a whole number",
        "\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"counterNotice\":[]}] | noticeHistory[0].counterNotice | expected an object",
        "\"noticeHistory\":{\"notices\":[],\"providerResponse\":null}             | noticeHistory     | expected an array"
    })
    void a_value_of_the_wrong_json_type_is_rejected_at_its_path(String property, String path, String message) {
        Violation violation = onlyViolation("{\"provider\":{\"role\":\"STORAGE\"}," + property + "}");
        assertThat(violation.field()).isEqualTo(path);
        assertThat(violation.message()).contains(message);
    }

    @Test
    void the_provider_as_a_string_is_rejected_as_not_an_object() {
        Violation violation = onlyViolation("{\"provider\":\"STORAGE\"}");
        assertThat(violation.field()).isEqualTo("provider");
        assertThat(violation.message()).isEqualTo("expected an object, found a string \"STORAGE\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"HOSTING\"", "\"storage\"", "\"\"", "2"})
    void an_unknown_enum_value_is_rejected_with_the_allowed_values(String role) {
        Violation violation = onlyViolation("{\"provider\":{\"role\":" + role + "}}");
        assertThat(violation.field()).isEqualTo("provider.role");
        assertThat(violation.allowed())
                .containsExactly("ACCESS", "CACHING", "STORAGE", "SEARCH", "LINKING", "INFRASTRUCTURE");
    }

    @Test
    void an_unknown_channel_lists_the_notice_channels() {
        Violation violation = onlyViolation("""
                {"provider":{"role":"STORAGE"},"noticeHistory":[{"receivedAt":"2022-01-01","channel":"FAX"}]}""");
        assertThat(violation.field()).isEqualTo("noticeHistory[0].channel");
        assertThat(violation.message()).isEqualTo("'FAX' is not one of the allowed values");
        assertThat(violation.allowed()).containsExactly("WRITTEN", "EMAIL", "PLATFORM_FORM", "PHONE", "OTHER");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                                                                                    | provider",
        "{\"provider\":null}                                                                   | provider",
        "{\"provider\":{}}                                                                     | provider.role",
        "{\"provider\":{\"role\":null}}                                                        | provider.role",
        "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{}]}                          | noticeHistory[0].receivedAt",
        "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":null}]}       | noticeHistory[0].receivedAt",
        "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"counterNotice\":{}}]} | noticeHistory[0].counterNotice.receivedAt",
        "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"counterNotice\":{\"receivedAt\":null}}]} | noticeHistory[0].counterNotice.receivedAt"
    })
    void a_required_property_missing_or_null_is_rejected_at_its_path(String body, String path) {
        Violation violation = onlyViolation(body);
        assertThat(violation.field()).isEqualTo(path);
        assertThat(violation.message()).startsWith("is required");
    }

    @Test
    void a_null_notice_episode_is_rejected_at_its_index() {
        List<Violation> violations = violations("""
                {"provider":{"role":"STORAGE"},"noticeHistory":[{"receivedAt":"2022-01-01"},null]}""");
        assertThat(violations).extracting(Violation::field).containsExactly("noticeHistory[1]");
        assertThat(violations.getFirst().message()).isEqualTo("an array element may not be null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2022-06-01T10:00:00          | has no offset",
        "2022-06-01 10:00:00          | has no offset",
        "2021-02-30                   | is not a date of the calendar",
        "2021-02-29T10:00:00+08:00    | is not a real date",
        "2022-06-01T24:00:00+08:00    | is not a real date",
        "2022-06-01T10:00:00+8:00     | is not a timestamp",
        "2022-06-01T10:00:00+0800     | is not a timestamp",
        "2022-6-1                     | is not a timestamp",
        "01/06/2022                   | is not a timestamp",
        "yesterday                    | is not a timestamp",
        "''                           | is not a timestamp"
    })
    void a_timestamp_that_is_neither_a_bare_date_nor_a_date_time_with_offset_is_rejected(String value, String message) {
        Violation violation = onlyViolation("{\"provider\":{\"role\":\"STORAGE\"},\"conductDate\":\"" + value + "\"}");
        assertThat(violation.field()).isEqualTo("conductDate");
        assertThat(violation.message()).contains(message);
    }

    @Test
    void every_fault_of_a_body_is_reported_unknown_properties_first_then_in_the_order_of_the_request_shape() {
        List<Violation> violations = violations("""
                {"provider":{"role":"HOST","instigates":"no"},"rightType":"COPYRIGHT","conductDate":"2021-02-30",
                 "noticeHistory":[null,{"itemCount":0.5}],"extra":true}""");
        assertThat(violations).extracting(Violation::field).containsExactly(
                "extra", "provider.role", "provider.instigates", "noticeHistory[0]", "noticeHistory[1].receivedAt",
                "noticeHistory[1].itemCount", "conductDate");
    }

    @Test
    void a_body_with_countless_faults_is_answered_with_the_first_hundred() {
        String nulls = String.join(",", java.util.Collections.nCopies(500, "null"));
        List<Violation> violations = violations("{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[" + nulls + "]}");
        assertThat(violations).hasSize(Problem.MAX_VIOLATIONS);
    }

    @Test
    void echoed_caller_text_is_cut_short() {
        String longName = "x".repeat(5_000);
        Violation violation = onlyViolation("{\"provider\":{\"role\":\"STORAGE\"},\"" + longName + "\":1}");
        assertThat(violation.message().length()).isLessThan(100);
    }

    @Test
    void a_parsed_body_can_be_read_as_well() throws Exception {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"provider\":{\"role\":\"CACHING\"}}");
        assertThat(((CaseReader.Facts) reader.read(tree)).facts()).isEqualTo(CaseFacts.minimal(Role.CACHING));
    }

    @Test
    void the_strict_mapper_coerces_nothing() throws Exception {
        var mapper = CaseReader.strictMapper();
        for (String body : List.of(
                "{\"provider\":{\"role\":\"STORAGE\"},\"ongoing\":\"true\"}",
                "{\"provider\":{\"role\":\"STORAGE\"},\"ongoing\":1}",
                "{\"provider\":{\"role\":0}}",
                "{\"provider\":{\"role\":\"STORAGE\"},\"conductDate\":20220101}",
                "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"itemCount\":1.0}]}",
                "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2022-01-01\",\"itemCount\":\"5\"}]}",
                "{\"provider\":{\"role\":\"STORAGE\"},\"unknown\":1}",
                "{\"provider\":{\"role\":\"STORAGE\"},\"liveContent\":\"true\"}",
                "{\"provider\":{\"role\":\"STORAGE\"},\"policy\":{\"timelinessHours\":{\"host\":{\"copyright\":{\"prompt\":\"12\"}}}}}",
                "{\"provider\":{\"role\":\"STORAGE\"},\"policy\":{\"timelinessHours\":{\"host\":{\"copyright\":{\"prompt\":true}}}}}",
                "{\"provider\":{\"role\":\"STORAGE\"},\"policy\":{\"patentForwardingSuffices\":true}}")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readValue(body, ClassificationRequest.class))
                    .as(body)
                    .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        }
    }

    @Test
    void an_echoed_value_is_cut_between_code_points_and_an_unknown_name_is_echoed_shortened() {
        String emoji = "a".repeat(59) + "\uD83D\uDE00" + "tail";
        assertThat(Problem.shorten(emoji)).isEqualTo("a".repeat(59) + "…");
        assertThat(Problem.shorten("b".repeat(58) + "\uD83D\uDE00" + "tail"))
                .isEqualTo("b".repeat(58) + "\uD83D\uDE00…");
        String longName = "x".repeat(3000);
        CaseReader.Invalid invalid = (CaseReader.Invalid) reader.read(
                "{\"provider\": {\"role\": \"STORAGE\"}, \"" + longName + "\": 1}");
        assertThat(invalid.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).hasSizeLessThan(100).startsWith("xxx").endsWith("…");
            assertThat(v.message()).hasSizeLessThan(200);
        });
    }
}
