package cn.netlaw.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.CaseReader;
import cn.netlaw.api.classification.ClassificationWriter;
import cn.netlaw.api.classification.Ruleset;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Rejection;
import cn.netlaw.liability.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A scenario file in the format of {@code cases-public.json} ({@code schemaVersion}, {@code evaluationClock},
 * {@code cases}: {@code id}, {@code title}, {@code input}, {@code expected}, {@code rationale}), run against the
 * engine without the HTTP edge: the request is read by the API's {@link CaseReader}, classified by a
 * {@link LiabilityEngine} with the default policy and the clock fixed at the file's {@code evaluationClock} (or the
 * scenario's {@code clock}), rendered by the API's {@link ClassificationWriter}, and judged by {@link ScenarioJudge}
 * as docs/scenarios.md#judging says.
 */
final class ScenarioFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CaseReader READER = new CaseReader();
    private static final ClassificationWriter WRITER = new ClassificationWriter();

    private final String resource;
    private final JsonNode document;

    private ScenarioFile(String resource, JsonNode document) {
        this.resource = resource;
        this.document = document;
    }

    static ScenarioFile load(String resource) {
        try (InputStream in = ScenarioFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("scenario file " + resource + " is not on the test classpath");
            }
            return new ScenarioFile(resource, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    List<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        document.path("cases").forEach(cases::add);
        if (cases.isEmpty()) {
            throw new IllegalStateException(resource + " has no cases");
        }
        return cases;
    }

    /** One dynamic test per scenario, named {@code id: title}. */
    Stream<DynamicTest> tests() {
        return cases().stream().map(scenario -> DynamicTest.dynamicTest(
                scenario.path("id").asText() + ": " + scenario.path("title").asText(), () -> check(scenario)));
    }

    private void check(JsonNode scenario) throws IOException {
        JsonNode actual = evaluate(scenario);
        List<String> mismatches = ScenarioJudge.judge(scenario, actual);
        assertThat(mismatches)
                .as(() -> scenario.path("id").asText() + " (" + resource + ") does not meet "
                        + "docs/scenarios.md#judging:\n  - "
                        + String.join("\n  - ", mismatches) + "\nrequest:\n" + pretty(scenario.path("input"))
                        + "\nresult:\n" + pretty(actual))
                .isEmpty();
    }

    /** The result JSON of docs/result.md for the scenario's input, or a rejection with its violations. */
    JsonNode evaluate(JsonNode scenario) throws IOException {
        CaseReader.Reading reading = READER.read(scenario.path("input"));
        if (reading instanceof CaseReader.Invalid invalid) {
            return rejection(invalid.violations());
        }
        LiabilityEngine engine = new LiabilityEngine(Policy.defaults(), clock(scenario));
        return switch (engine.evaluate(((CaseReader.Facts) reading).facts())) {
            case Rejection rejection -> rejection(rejection.violations());
            case Classification classification -> JSON.readTree(WRITER.write(classification,
                    UUID.nameUUIDFromBytes(scenario.path("id").asText().getBytes()),
                    Ruleset.of(Policy.defaults()).version()));
        };
    }

    private Clock clock(JsonNode scenario) {
        String instant = scenario.hasNonNull("clock") ? scenario.get("clock").asText()
                : document.path("evaluationClock").asText();
        return Clock.fixed(OffsetDateTime.parse(instant).toInstant(), ZoneOffset.ofHours(8));
    }

    private static JsonNode rejection(List<Violation> violations) {
        ObjectNode rejected = ScenarioJudge.rejected(400);
        ArrayNode errors = rejected.putArray("errors");
        for (Violation violation : violations) {
            errors.addObject().put("field", violation.field()).put("message", violation.message());
        }
        return rejected;
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            return String.valueOf(node);
        }
    }
}
