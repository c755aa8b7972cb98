package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.liability.Classification;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The result JSON of docs/result.md, without a container. */
class ClassificationWriterTest {

    private static final UUID DECISION = UUID.fromString("00000000-0000-0000-0000-000000000001");

    /**
     * P87: an obvious personality infringement (band 24 h / 72 h) removed 96 hours after the notice, past the late
     * bound, then restored without a counter-notice (the first period starts at the prompt deadline).
     */
    private static final String LATE_REMOVAL_THEN_RESTORED = """
            {"provider": {"role": "STORAGE", "indicators": {"infringementObvious": true}}, "rightType": "PERSONALITY",
             "conductDate": "2022-06-01",
             "noticeHistory": [{"receivedAt": "2022-06-05T09:00:00+08:00", "channel": "EMAIL", "includesIdentity": true,
               "includesPreliminaryEvidence": true, "locatesContent": true, "itemCount": 1,
               "forwardedAt": "2022-06-05T10:00:00+08:00", "measuresTakenAt": "2022-06-09T09:00:00+08:00",
               "restoredAt": "2022-06-10T09:00:00+08:00"}]}""";

    private static JsonNode result(String request) throws Exception {
        CaseReader.Facts facts = (CaseReader.Facts) new CaseReader().read(request);
        LiabilityEngine engine = new LiabilityEngine(Policy.defaults(),
                Clock.fixed(Instant.parse("2025-06-30T04:00:00Z"), ZoneOffset.ofHours(8)));
        Classification classification = (Classification) engine.evaluate(facts.facts());
        return new ObjectMapper().readTree(new ClassificationWriter().write(classification, DECISION, "3.0/abcdef"));
    }

    @Test
    void liable_periods_are_rendered_at_plus_eight_and_a_continuing_one_ends_in_null() throws Exception {
        JsonNode json = result(LATE_REMOVAL_THEN_RESTORED);
        assertThat(json.get("expandedFrom").asText()).isEqualTo("2022-06-06T09:00:00+08:00");
        assertThat(json.get("expandedUntil").isNull()).isTrue();
        assertThat(json.get("expandedPeriods").get(0).get("from").asText()).isEqualTo("2022-06-06T09:00:00+08:00");
        assertThat(json.get("expandedPeriods").get(0).get("until").asText()).isEqualTo("2022-06-09T09:00:00+08:00");
        assertThat(json.get("expandedPeriods").get(1).get("from").asText()).isEqualTo("2022-06-10T09:00:00+08:00");
        assertThat(json.get("expandedPeriods").get(1).get("until").isNull()).isTrue();
        // NOTICE_RULE: liablePeriods equal expandedPeriods (docs/result.md).
        assertThat(json.get("liablePeriods")).isEqualTo(json.get("expandedPeriods"));
    }

    @Test
    void a_contested_result_is_written_with_its_questions_and_the_alternatives_with_their_periods() throws Exception {
        // P115 (docs/result.md): an access provider that never forwarded a valid 2023 copyright notice.
        JsonNode json = result(ContractExamples.request("classify", "accessProviderNeverForwards"));
        assertThat(json.get("certainty").asText()).isEqualTo("CONTESTED");
        JsonNode contested = json.get("contested").get(0);
        assertThat(contested.fieldNames()).toIterable().containsExactly("question", "subject", "detail");
        assertThat(contested.get("question").asText()).isEqualTo("CONDUIT_NECESSARY_MEASURE");
        assertThat(contested.get("subject").asText()).isEqualTo("noticeHistory[0]");
        assertThat(contested.get("detail").asText()).isNotBlank();
        JsonNode alternative = json.get("alternatives").get(0);
        assertThat(alternative.fieldNames()).toIterable().containsExactly("assuming", "outcome");
        assertThat(alternative.get("assuming").get(0).fieldNames()).toIterable()
                .containsExactly("question", "subject", "reading");
        assertThat(alternative.get("assuming").get(0).get("reading").asText()).isEqualTo("BREACHED");
        assertThat(alternative.get("outcome").fieldNames()).toIterable()
                .containsExactly("regime", "liability", "rule", "joint", "jointScope", "liablePeriods");
        assertThat(alternative.get("outcome").get("liablePeriods").get(0).get("from").asText())
                .isEqualTo("2023-03-03T09:00:00+08:00");
        assertThat(alternative.get("outcome").get("liablePeriods").get(0).get("until").isNull()).isTrue();
    }

    @Test
    void every_field_is_written_in_the_order_of_section_4_6_with_nulls_kept() throws Exception {
        JsonNode json = result("{\"provider\":{\"role\":\"STORAGE\"}}");
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("regime", "specialRegimes", "liability", "rule", "joint", "jointScope",
                "certainty", "contested", "alternatives", "exploration", "liablePeriods",
                "expandedFrom", "expandedUntil", "expandedPeriods", "knowledgeFrom", "effectiveKnowledge", "safeHarbour",
                "notifierLiability", "notifierLiabilityByNotice", "paidDeletionAgreement", "dutyBreaches", "actBy",
                "clearlyLateAt", "legalBasis", "reasons", "reviewFlags", "assumptions", "explanation", "decisionId",
                "rulesetVersion");
        assertThat(json.get("certainty").asText()).isEqualTo("DETERMINED");
        assertThat(json.get("contested").isArray() && json.get("contested").isEmpty()).isTrue();
        assertThat(json.get("alternatives").isArray() && json.get("alternatives").isEmpty()).isTrue();
        assertThat(json.get("liablePeriods").isArray() && json.get("liablePeriods").isEmpty()).isTrue();
        assertThat(json.get("knowledgeFrom").isNull()).isTrue();
        assertThat(json.get("actBy").isNull()).isTrue();
        assertThat(json.get("clearlyLateAt").isNull()).isTrue();
        assertThat(json.get("decisionId").asText()).isEqualTo(DECISION.toString());
        assertThat(json.get("rulesetVersion").asText()).isEqualTo("3.0/abcdef");
    }

    @Test
    void an_instant_is_always_written_to_the_whole_second_a_fraction_cut_off() {
        assertThat(ClassificationWriter.instant(Instant.parse("2022-04-18T16:00:00Z"))).isEqualTo("2022-04-19T00:00:00+08:00");
        assertThat(ClassificationWriter.instant(Instant.parse("2022-06-09T01:00:00.5Z"))).isEqualTo("2022-06-09T09:00:00+08:00");
        assertThat(ClassificationWriter.instant(Instant.parse("2022-06-09T01:00:59.999999999Z")))
                .isEqualTo("2022-06-09T09:00:59+08:00");
        assertThat(ClassificationWriter.instant(Instant.parse("1969-12-31T15:59:59.5Z")))
                .isEqualTo("1969-12-31T23:59:59+08:00");
        assertThat(ClassificationWriter.instant(Instant.parse("+10000-01-01T00:00:00.25Z")))
                .isEqualTo("+10000-01-01T08:00:00+08:00");
        assertThat(ClassificationWriter.instant(null)).isNull();
    }
}
