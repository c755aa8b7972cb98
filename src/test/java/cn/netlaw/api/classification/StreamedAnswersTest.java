package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.counterfactual.Counterfactuals;
import cn.netlaw.api.explanation.Citations;
import cn.netlaw.api.explanation.ExplanationWriter;
import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.provisions.ProvisionCatalogue;
import cn.netlaw.generative.CaseGenerator;
import cn.netlaw.liability.Budget;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.Evaluation;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Rejection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link ClassificationWriter} writes the answer straight from the engine's classification; the contract, the
 * committed examples and every client read the answer the response records ({@link ClassificationResponse}) serialise
 * to. These tests hold the two to the same bytes ({@link RecordAnswers}: the records through databind, as the service
 * wrote them before), field order included, for every public and own scenario and for generated requests, in both
 * languages, with and without counterfactuals, explained and lean ({@code ?explain=none}); and the lean answer to
 * the full one without its explanation.
 */
class StreamedAnswersTest {

    private static final long SEED = 20261205L;
    private static final int GENERATED = 3_000;
    /** Counterfactuals for every this many generated requests (each costs hundreds of evaluations). */
    private static final int COUNTERFACTUALS_EVERY = 3;
    private static final String RULESET = "3.0/abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExplanationWriter explanations = new ExplanationWriter(new Citations(ProvisionCatalogue.standard()));
    private final ClassificationWriter writer = new ClassificationWriter(explanations);
    private final RecordAnswers records = new RecordAnswers(explanations);
    private final CaseReader reader = new CaseReader();

    @Test
    void every_public_scenario_is_written_to_the_bytes_of_its_response_record() throws IOException {
        assertThat(compareScenarios("/scenarios/cases-public.json")).isGreaterThan(100);
    }

    @Test
    void every_own_scenario_is_written_to_the_bytes_of_its_response_record() throws IOException {
        assertThat(compareScenarios("/scenarios/cases-own.json")).isGreaterThan(50);
    }

    @Test
    void generated_requests_are_written_to_the_bytes_of_their_response_records() throws IOException {
        CaseGenerator generator = new CaseGenerator(SEED);
        Clock clock = Clock.fixed(CaseGenerator.CLOCK, ZoneOffset.UTC);
        int classified = 0;
        for (int i = 0; i < GENERATED; i++) {
            if (compare("generated case " + i, generator.next(), clock, i % COUNTERFACTUALS_EVERY == 0)) {
                classified++;
            }
        }
        assertThat(classified).as("generated requests classified").isGreaterThan(GENERATED / 2);
    }

    @Test
    void a_batch_is_written_to_the_bytes_of_its_results_record_item_by_item() throws IOException {
        JsonNode file = scenarioFile("/scenarios/cases-public.json");
        for (Language language : Language.values()) {
            for (boolean explained : new boolean[] {true, false}) {
                List<Classifier.Answer> answers = new ArrayList<>();
                List<ClassificationBatchResponse.Item> items = new ArrayList<>();
                int index = 0;
                for (JsonNode scenario : file.path("cases")) {
                    Clock clock = clock(file, scenario);
                    UUID id = UUID.nameUUIDFromBytes(scenario.path("id").asText().getBytes(StandardCharsets.UTF_8));
                    Classifier.Asked asked = new Classifier.Asked(language, false, explained);
                    switch (decide(scenario.path("input"), clock, explained)) {
                        case Decided decided -> {
                            answers.add(new Classifier.Classified(decided.classification(), id, RULESET, asked,
                                    null));
                            items.add(new ClassificationBatchResponse.Item.Classified(index,
                                    records.response(decided.classification(), id, RULESET, language, null,
                                            explained)));
                        }
                        case Refusal refusal -> {
                            answers.add(new Classifier.Refused(refusal.problem()));
                            items.add(new ClassificationBatchResponse.Item.Refused(index, refusal.problem()));
                        }
                    }
                    index++;
                }
                assertThat(items).anyMatch(item -> item.status() == 400).anyMatch(item -> item.status() == 200);
                Iterator<Classifier.Answer> next = answers.iterator();
                ByteArrayOutputStream streamed = new ByteArrayOutputStream();
                writer.writeBatch(streamed, () -> next.hasNext() ? next.next() : null);
                same("the batch of the public scenarios in " + language + (explained ? "" : ", lean"),
                        streamed.toByteArray(), records.render(new ClassificationBatchResponse(items)));
            }
        }
    }

    @Test
    void an_empty_batch_is_written_as_an_empty_results_list() throws IOException {
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        writer.writeBatch(streamed, () -> null);
        same("an empty batch", streamed.toByteArray(), records.render(new ClassificationBatchResponse(List.of())));
    }

    /** Compares every scenario of the file; the number classified. */
    private int compareScenarios(String resource) throws IOException {
        JsonNode file = scenarioFile(resource);
        int classified = 0;
        for (JsonNode scenario : file.path("cases")) {
            if (compare(resource + " " + scenario.path("id").asText(), scenario.path("input"),
                    clock(file, scenario), true)) {
                classified++;
            }
        }
        return classified;
    }

    /**
     * Compares the answers to one request, in both languages, explained and lean, without counterfactuals and (when
     * {@code withCounterfactuals}) with them; false when the request is not classified.
     */
    private boolean compare(String what, JsonNode request, Clock clock, boolean withCounterfactuals)
            throws IOException {
        if (!(decide(request, clock, true) instanceof Decided full)) {
            return false;
        }
        Decided lean = (Decided) decide(request, clock, false);
        UUID id = UUID.nameUUIDFromBytes(what.getBytes(StandardCharsets.UTF_8));
        for (Language language : Language.values()) {
            List<Counterfactuals.Result> variants = new ArrayList<>();
            variants.add(null);
            if (withCounterfactuals) {
                variants.add(counterfactuals(request, full, language));
            }
            for (Counterfactuals.Result counterfactuals : variants) {
                String variant = what + " in " + language + (counterfactuals == null ? "" : " with counterfactuals");
                byte[] explained = writer.write(full.classification(), id, RULESET, language, counterfactuals, true);
                same(variant, explained, records.render(records.response(full.classification(), id, RULESET,
                        language, counterfactuals, true)));
                // as Classifier decides: without recording the findings, unless counterfactuals are explored (they
                // read the notices' deadlines in the findings)
                Classification leanDecision = counterfactuals == null ? lean.classification() : full.classification();
                byte[] leaner = writer.write(leanDecision, id, RULESET, language, counterfactuals, false);
                same(variant + ", lean", leaner, records.render(records.response(leanDecision, id, RULESET,
                        language, counterfactuals, false)));
                ObjectNode withoutExplanation = (ObjectNode) JSON.readTree(explained);
                assertThat(withoutExplanation.remove("explanation")).as(variant).isNotNull();
                assertThat(new String(leaner, StandardCharsets.UTF_8))
                        .as("%s: the lean answer is the full one without its explanation", variant)
                        .isEqualTo(JSON.writeValueAsString(withoutExplanation));
            }
        }
        return true;
    }

    private sealed interface Decision permits Decided, Refusal {
    }

    private record Decided(Classification classification, LiabilityEngine engine) implements Decision {
    }

    private record Refusal(Problem problem) implements Decision {
    }

    /** The request read and decided as {@link Classifier} does, with Step 12's default budget. */
    private Decision decide(JsonNode request, Clock clock, boolean explain) throws IOException {
        LiabilityEngine engine = new LiabilityEngine(Policy.defaults(), clock);
        return switch (reader.read(JSON.writeValueAsBytes(request))) {
            case CaseReader.Invalid invalid -> new Refusal(Problem.invalidRequest(invalid.violations()));
            case CaseReader.Facts facts -> {
                Policy policy = facts.policy() == null ? engine.policy() : facts.policy().applyTo(engine.policy());
                Evaluation evaluation = engine.evaluate(facts.facts(), policy, facts.policyOverrides(), explain,
                        Budget.of(64));
                yield switch (evaluation) {
                    case Rejection rejection -> new Refusal(Problem.invalidRequest(rejection.violations()));
                    case Classification classification -> new Decided(classification, engine);
                };
            }
        };
    }

    /** The counterfactuals of a decided request as {@link Classifier} explores them. */
    private Counterfactuals.Result counterfactuals(JsonNode request, Decided decided, Language language) {
        LiabilityEngine engine = decided.engine();
        return Counterfactuals.explore(request, decided.classification(),
                patched -> Classifier.reclassify(reader, engine, patched), language.locale(), Budget.of(400));
    }

    private static void same(String what, byte[] streamed, byte[] recorded) {
        if (java.util.Arrays.equals(streamed, recorded)) {
            return;
        }
        String mine = new String(streamed, StandardCharsets.UTF_8);
        String theirs = new String(recorded, StandardCharsets.UTF_8);
        int at = 0;
        while (at < Math.min(mine.length(), theirs.length()) && mine.charAt(at) == theirs.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 80);
        throw new AssertionError(what + ": the streamed answer differs from the record's at character " + at
                + "\n  streamed: …" + mine.substring(from, Math.min(mine.length(), at + 80))
                + "\n  record:   …" + theirs.substring(from, Math.min(theirs.length(), at + 80)));
    }

    private static JsonNode scenarioFile(String resource) throws IOException {
        try (InputStream in = StreamedAnswersTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static Clock clock(JsonNode file, JsonNode scenario) {
        String instant = scenario.hasNonNull("clock") ? scenario.get("clock").asText()
                : file.path("evaluationClock").asText();
        return Clock.fixed(OffsetDateTime.parse(instant).toInstant(), ZoneOffset.ofHours(8));
    }
}
