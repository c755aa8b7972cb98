package cn.netlaw.api.counterfactual;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.CaseReader;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.Evaluation;
import cn.netlaw.liability.JointScope;
import cn.netlaw.liability.Liability;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CounterfactualsTest {

    private static cn.netlaw.liability.Budget unlimited() {
        return cn.netlaw.liability.Budget.of(Integer.MAX_VALUE);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CaseReader reader = new CaseReader();
    private final LiabilityEngine engine = new LiabilityEngine(Policy.defaults(),
            Clock.fixed(Instant.parse("2025-06-30T04:00:00Z"), ZoneOffset.UTC));

    private Optional<Classification> evaluate(JsonNode body) {
        if (reader.read(body) instanceof CaseReader.Facts facts
                && engine.evaluate(facts.facts()) instanceof Classification c) {
            return Optional.of(c);
        }
        return Optional.empty();
    }

    private static final String LATE_NOTICE = """
            {"provider": {"role": "STORAGE"}, "rightType": "PERSONALITY", "conductDate": "2022-06-01",
             "noticeHistory": [{"receivedAt": "2022-06-05T09:00:00+08:00", "channel": "EMAIL",
               "includesIdentity": true, "includesPreliminaryEvidence": true, "locatesContent": true,
               "forwardedAt": "2022-06-05T10:00:00+08:00", "measuresTakenAt": "2022-06-11T09:00:00+08:00"}]}""";

    @Test
    void acting_by_the_deadline_is_offered_first_and_every_offered_outcome_is_recomputed() throws Exception {
        JsonNode request = MAPPER.readTree(LATE_NOTICE);
        Classification original = evaluate(request).orElseThrow();
        assertThat(original.rule()).isEqualTo(Rule.NOTICE_RULE);

        List<Counterfactuals.Counterfactual> found =
                Counterfactuals.explore(request, original, this::evaluate, Locale.ENGLISH, unlimited()).found();

        assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(Counterfactuals.MAX);
        Counterfactuals.Counterfactual first = found.get(0);
        assertThat(first.changes()).containsExactly(new Counterfactuals.Operation("replace",
                "/noticeHistory/0/measuresTakenAt", MAPPER.getNodeFactory().textNode("2022-06-06T09:00:00+08:00")));
        assertThat(first.outcome().liability()).isEqualTo(Liability.NONE);
        assertThat(first.explanation()).startsWith("If notice 1 had been acted on by its deadline");
        for (Counterfactuals.Counterfactual c : found) {
            Classification again = evaluate(Counterfactuals.apply(request, c.changes())).orElseThrow();
            assertThat(Counterfactuals.Outcome.of(again)).isEqualTo(c.outcome())
                    .isNotEqualTo(Counterfactuals.Outcome.of(original));
        }
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).changes().size()).isGreaterThanOrEqualTo(found.get(i - 1).changes().size());
        }
    }

    @Test
    void an_invalid_notice_element_is_a_counterfactual_and_reads_in_chinese() throws Exception {
        JsonNode request = MAPPER.readTree(LATE_NOTICE);
        Classification original = evaluate(request).orElseThrow();
        List<Counterfactuals.Counterfactual> found =
                Counterfactuals.explore(request, original, this::evaluate, Locale.SIMPLIFIED_CHINESE, unlimited())
                        .found();
        assertThat(found).anySatisfy(c -> {
            assertThat(c.changes()).containsExactly(new Counterfactuals.Operation("replace",
                    "/noticeHistory/0/includesIdentity", MAPPER.getNodeFactory().booleanNode(false)));
            assertThat(c.outcome().jointScope()).isEqualTo(JointScope.NONE);
            assertThat(c.explanation()).contains("第1号通知未包含权利人的真实身份信息").contains("不承担赔偿责任");
        });
    }

    @Test
    void knowledge_changes_carry_their_date_when_the_request_has_none() throws Exception {
        JsonNode request = MAPPER.readTree("{\"provider\": {\"role\": \"STORAGE\"}, \"conductDate\": \"2022-01-01\"}");
        Classification original = evaluate(request).orElseThrow();
        List<Counterfactuals.Counterfactual> found =
                Counterfactuals.explore(request, original, this::evaluate, Locale.ENGLISH, unlimited()).found();
        assertThat(found).anySatisfy(c -> {
            assertThat(c.changes()).extracting(Counterfactuals.Operation::path)
                    .containsExactly("/provider/knowledge", "/provider/knowledgeSince");
            assertThat(c.outcome().rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        });
        assertThat(found).anySatisfy(c -> assertThat(c.outcome().liability()).isEqualTo(Liability.DIRECT));
        Evaluation unchanged = engine.evaluate(((CaseReader.Facts) reader.read(request)).facts());
        assertThat(unchanged).isEqualTo(original);
    }
}
