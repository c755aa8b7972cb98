package cn.netlaw.api;

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

/** The result JSON of §4.6, without a container. */
class ClassificationWriterTest {

    private static final UUID DECISION = UUID.fromString("00000000-0000-0000-0000-000000000001");

    /** P87: removal two days late, then restored without a counter-notice (the example after §4.6). */
    private static final String LATE_REMOVAL_THEN_RESTORED = """
            {"provider": {"role": "STORAGE"}, "rightType": "PERSONALITY", "conductDate": "2022-06-01",
             "noticeHistory": [{"receivedAt": "2022-06-05T09:00:00+08:00", "channel": "EMAIL", "includesIdentity": true,
               "includesPreliminaryEvidence": true, "locatesContent": true, "itemCount": 1,
               "forwardedAt": "2022-06-05T10:00:00+08:00", "measuresTakenAt": "2022-06-09T09:00:00+08:00",
               "restoredAt": "2022-06-10T09:00:00+08:00"}]}""";

    private static JsonNode result(String request) throws Exception {
        CaseReader.Facts facts = (CaseReader.Facts) new CaseReader().read(request);
        LiabilityEngine engine = new LiabilityEngine(Policy.defaults(),
                Clock.fixed(Instant.parse("2025-06-30T04:00:00Z"), ZoneOffset.ofHours(8)));
        Classification classification = (Classification) engine.evaluate(facts.facts());
        return new ObjectMapper().readTree(new ClassificationWriter().write(classification, DECISION, "2.3/abcdef"));
    }

    @Test
    void liable_periods_are_rendered_at_plus_eight_and_a_continuing_one_ends_in_null() throws Exception {
        JsonNode json = result(LATE_REMOVAL_THEN_RESTORED);
        assertThat(json.get("expandedFrom").asText()).isEqualTo("2022-06-07T09:00:00+08:00");
        assertThat(json.get("expandedUntil").isNull()).isTrue();
        assertThat(json.get("expandedPeriods").get(0).get("from").asText()).isEqualTo("2022-06-07T09:00:00+08:00");
        assertThat(json.get("expandedPeriods").get(0).get("until").asText()).isEqualTo("2022-06-09T09:00:00+08:00");
        assertThat(json.get("expandedPeriods").get(1).get("until").isNull()).isTrue();
    }

    @Test
    void every_field_is_written_in_the_order_of_section_4_6_with_nulls_kept() throws Exception {
        JsonNode json = result("{\"provider\":{\"role\":\"STORAGE\"}}");
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("regime", "specialRegimes", "liability", "rule", "joint", "jointScope",
                "expandedFrom", "expandedUntil", "expandedPeriods", "knowledgeFrom", "effectiveKnowledge", "safeHarbour",
                "notifierLiability", "notifierLiabilityByNotice", "paidDeletionAgreement", "dutyBreaches", "actBy",
                "legalBasis", "reasons", "reviewFlags", "assumptions", "explanation", "decisionId",
                "rulesetVersion");
        assertThat(json.get("knowledgeFrom").isNull()).isTrue();
        assertThat(json.get("actBy").isNull()).isTrue();
        assertThat(json.get("decisionId").asText()).isEqualTo(DECISION.toString());
        assertThat(json.get("rulesetVersion").asText()).isEqualTo("2.3/abcdef");
    }

    @Test
    void an_instant_always_shows_its_seconds_and_keeps_a_fraction() {
        assertThat(ClassificationWriter.instant(Instant.parse("2022-04-18T16:00:00Z"))).isEqualTo("2022-04-19T00:00:00+08:00");
        assertThat(ClassificationWriter.instant(Instant.parse("2022-06-09T01:00:00.5Z"))).isEqualTo("2022-06-09T09:00:00.5+08:00");
        assertThat(ClassificationWriter.instant(null)).isNull();
    }
}
