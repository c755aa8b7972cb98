package cn.netlaw.api.counterfactual;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.CaseReader;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The texts of the counterfactuals, without a container: every counterfactual the public scenarios are offered reads
 * in Chinese without a code, a field name or a machine timestamp (docs/procedure.md#explanation-texts: counterfactuals
 * included), and in both languages without a placeholder left unfilled.
 */
class CounterfactualTextsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CaseReader READER = new CaseReader();
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern MACHINE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UNFILLED = Pattern.compile("[{}]");

    @Test
    void every_counterfactual_offered_for_a_public_scenario_reads_in_chinese_without_codes_or_machine_timestamps()
            throws IOException {
        JsonNode file;
        try (InputStream in = getClass().getResourceAsStream("/scenarios/cases-public.json")) {
            file = MAPPER.readTree(in);
        }
        Instant evaluationClock = OffsetDateTime.parse(file.path("evaluationClock").asText()).toInstant();
        int offered = 0;
        for (JsonNode scenario : file.path("cases")) {
            Instant clock = scenario.hasNonNull("clock")
                    ? OffsetDateTime.parse(scenario.get("clock").asText()).toInstant() : evaluationClock;
            LiabilityEngine engine = new LiabilityEngine(Policy.defaults(), Clock.fixed(clock, ZoneOffset.ofHours(8)));
            JsonNode request = scenario.path("input");
            Optional<Classification> original = evaluate(engine, request);
            if (original.isEmpty()) {
                continue;
            }
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                for (Counterfactuals.Counterfactual c : Counterfactuals.explore(request, original.get(),
                        body -> evaluate(engine, body), locale,
                        cn.netlaw.liability.Budget.of(Integer.MAX_VALUE)).found()) {
                    String name = scenario.path("id").asText() + " " + c.changes();
                    assertThat(c.explanation()).as(name).doesNotContainPattern(UNFILLED);
                    if (locale == Locale.SIMPLIFIED_CHINESE) {
                        assertThat(c.explanation()).as(name).doesNotContainPattern(ENGLISH_WORD)
                                .doesNotContainPattern(MACHINE_TIME);
                    }
                    offered++;
                }
            }
        }
        assertThat(offered).isGreaterThan(500);
    }

    private static Optional<Classification> evaluate(LiabilityEngine engine, JsonNode body) {
        if (READER.read(body) instanceof CaseReader.Facts facts
                && engine.evaluate(facts.facts()) instanceof Classification c) {
            return Optional.of(c);
        }
        return Optional.empty();
    }
}
