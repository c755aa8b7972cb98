package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.netlaw.api.counterfactual.Counterfactuals;
import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.generative.CaseGenerator;
import cn.netlaw.liability.Budget;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.Evaluation;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Rejection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A batch decided on several threads ({@link BatchAnswers}) is answered with the bytes of the same batch decided on one
 * thread, item after item ({@link ClassificationWriter#writeBatch}, as the service answered before): over the public
 * and own scenarios, generated cases and invalid items, in both languages, explained and lean, with counterfactuals,
 * with exploration cut short by the evaluation and the time budgets, with the batch's listed field errors capped, on
 * 1, 2 and 4 threads, and with helpers that stop half-way through their runs. And: an answer whose client has gone
 * ends early with whole items, and a failure ends the answer with the failure.
 */
class BatchAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULESET = "3.0/abcdef";
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    private final ClassificationWriter writer = new ClassificationWriter();
    private final CaseReader reader = new CaseReader();
    private final LiabilityEngine engine = new LiabilityEngine(Policy.defaults(),
            Clock.fixed(CaseGenerator.CLOCK, ZoneOffset.ofHours(8)));

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void a_batch_decided_on_several_threads_is_the_batch_decided_on_one() throws IOException {
        BatchReader.Items items = items(batch(400, 2026_12_05L));
        Budgets.Request budget = budgets(64, 400, Duration.ofMinutes(5));
        for (Language language : Language.values()) {
            for (boolean explained : new boolean[] {true, false}) {
                Classifier.Asked asked = new Classifier.Asked(language, false, explained);
                byte[] expected = sequential(items, asked, budget, 1000);
                assertThat(new String(expected, StandardCharsets.UTF_8)).contains("\"status\":400")
                        .contains("\"status\":200");
                for (int threads : new int[] {1, 2, 4}) {
                    same(language + (explained ? "" : ", lean") + ", " + threads + " threads", expected,
                            parallel(items, asked, budget, 1000, threads, pool()));
                }
                same(language + (explained ? "" : ", lean") + ", helpers stopping half-way", expected,
                        parallel(items, asked, budget, 1000, 3, stopping(5)));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new BatchAnswers(writer, new Decided(items, asked, budget), 2, pool(), 1000, 1).write(out);
                same(language + (explained ? "" : ", lean") + ", runs ahead stopping at their first item", expected,
                        out.toByteArray());
            }
        }
    }

    @Test
    void a_batch_read_from_a_stream_in_small_pieces_is_answered_with_the_bytes_of_the_batch_read_whole()
            throws IOException {
        byte[] body = batch(400, 2026_12_06L);
        BatchReader.Items whole = items(body);
        Budgets.Request budget = budgets(64, 400, Duration.ofMinutes(5));
        for (int piece : new int[] {1_000, 4_096, 65_536}) {
            BatchReader pieces = new BatchReader(1000, piece, piece);
            BatchReader.Body received = pieces.receive(new java.io.ByteArrayInputStream(body));
            assertThat(received.pieces()).isGreaterThan(1);
            BatchReader.Items items = (BatchReader.Items) pieces.read(received);
            for (Language language : Language.values()) {
                Classifier.Asked asked = new Classifier.Asked(language, false, true);
                same(language + ", pieces of " + piece + " bytes", sequential(whole, asked, budget, 1000),
                        parallel(items, asked, budget, 1000, 2, pool()));
            }
        }
    }

    @Test
    void counterfactuals_and_budgets_cut_short_are_the_same_on_several_threads() throws IOException {
        BatchReader.Items items = items(batch(40, 7L));
        Classifier.Asked asked = new Classifier.Asked(Language.CHINESE, true, true);
        Budgets.Request ample = budgets(64, 400, Duration.ofMinutes(5));
        same("counterfactuals", sequential(items, asked, ample, 1000),
                parallel(items, asked, ample, 1000, 2, pool()));
        Budgets.Request few = budgets(1, 3, Duration.ofMinutes(5));
        byte[] evaluations = sequential(items, asked, few, 1000);
        assertThat(new String(evaluations, StandardCharsets.UTF_8)).contains("EVALUATION_BUDGET");
        same("evaluation budgets cut short", evaluations, parallel(items, asked, few, 1000, 2, pool()));
        Budgets.Request late = budgets(64, 400, Duration.ZERO);
        byte[] timed = sequential(items, asked, late, 1000);
        assertThat(new String(timed, StandardCharsets.UTF_8)).contains("TIME_BUDGET");
        same("the time budget spent", timed, parallel(items, asked, late, 1000, 2, pool()));
    }

    @Test
    void the_listed_field_errors_are_capped_in_the_order_of_the_items() throws IOException {
        BatchReader.Items items = items(batch(300, 99L));
        Classifier.Asked asked = new Classifier.Asked(Language.ENGLISH, false, false);
        Budgets.Request budget = budgets(64, 400, Duration.ofMinutes(5));
        for (int maxErrors : new int[] {0, 1, 7, 40}) {
            byte[] expected = sequential(items, asked, budget, maxErrors);
            if (maxErrors < 40) {
                assertThat(new String(expected, StandardCharsets.UTF_8)).contains("not listed");
            }
            same("at most " + maxErrors + " errors listed", expected,
                    parallel(items, asked, budget, maxErrors, 2, pool()));
            same("at most " + maxErrors + " errors listed, helpers stopping", expected,
                    parallel(items, asked, budget, maxErrors, 4, stopping(3)));
        }
    }

    @Test
    void empty_and_one_item_batches_are_the_same() throws IOException {
        Classifier.Asked asked = new Classifier.Asked(Language.ENGLISH, false, true);
        Budgets.Request budget = budgets(64, 400, Duration.ofMinutes(5));
        for (String body : List.of("{\"items\":[]}", "{\"items\":[{\"provider\":{}}]}", "{\"items\":[7]}")) {
            BatchReader.Items items = items(body.getBytes(StandardCharsets.UTF_8));
            same(body, sequential(items, asked, budget, 1000), parallel(items, asked, budget, 1000, 2, pool()));
        }
    }

    @Test
    void once_the_client_has_gone_the_answer_ends_with_whole_items_and_fewer_of_them() throws IOException {
        BatchReader.Items items = items(batch(200, 3L));
        Classifier.Asked asked = new Classifier.Asked(Language.ENGLISH, false, true);
        Budgets.Request budget = budgets(64, 400, Duration.ofMinutes(5));
        byte[] whole = sequential(items, asked, budget, 1000);
        AtomicBoolean gone = new AtomicBoolean();
        AtomicInteger decided = new AtomicInteger();
        BatchAnswers.Items leaving = new Decided(items, asked, budget) {
            @Override
            public boolean wanted() {
                return !gone.get();
            }

            @Override
            public Classifier.Answer decide(int index) {
                if (decided.incrementAndGet() == 50) {
                    gone.set(true);
                }
                return super.decide(index);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchAnswers(writer, leaving, 2, pool(), 1000).write(out);
        JsonNode answer = JSON.readTree(out.toByteArray());
        int written = answer.path("results").size();
        assertThat(written).isGreaterThanOrEqualTo(1).isLessThan(items.size());
        JsonNode all = JSON.readTree(whole).path("results");
        for (int i = 0; i < written; i++) {
            JsonNode item = answer.path("results").get(i);
            assertThat(item.path("index").asInt()).isEqualTo(i);
            assertThat(item).as("item %d", i).isEqualTo(all.get(i));
        }
        assertThat(decided.get()).as("items decided after the client left").isLessThan(50 + 3 * BatchAnswers.RUN);
    }

    @Test
    void a_failure_of_an_item_ends_the_answer_with_that_failure() {
        BatchReader.Items items = items(batch(100, 5L));
        Classifier.Asked asked = new Classifier.Asked(Language.ENGLISH, false, true);
        Budgets.Request budget = budgets(64, 400, Duration.ofMinutes(5));
        BatchAnswers.Items failing = new Decided(items, asked, budget) {
            @Override
            public Classifier.Answer decide(int index) {
                if (index == 61) {
                    throw new IllegalStateException("item 61");
                }
                return super.decide(index);
            }
        };
        for (int threads : new int[] {1, 2}) {
            assertThatThrownBy(() -> new BatchAnswers(writer, failing, threads, pool(), 1000)
                    .write(new ByteArrayOutputStream())).isInstanceOf(IllegalStateException.class)
                    .hasMessage("item 61");
        }
    }

    @Test
    void no_more_than_the_threads_asked_for_decide_at_once() throws IOException {
        BatchReader.Items items = items(batch(200, 11L));
        Classifier.Asked asked = new Classifier.Asked(Language.ENGLISH, false, true);
        Budgets.Request budget = budgets(64, 400, Duration.ofMinutes(5));
        AtomicInteger deciding = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        BatchAnswers.Items counted = new Decided(items, asked, budget) {
            @Override
            public Classifier.Answer decide(int index) {
                most.accumulateAndGet(deciding.incrementAndGet(), Math::max);
                try {
                    return super.decide(index);
                } finally {
                    deciding.decrementAndGet();
                }
            }
        };
        new BatchAnswers(writer, counted, 2, pool(), 1000).write(new ByteArrayOutputStream());
        assertThat(most.get()).isBetween(1, 2);
    }

    /** Helpers on the test's pool, going on for as long as the batch has runs. */
    private static BatchAnswers.Threads pool() {
        return work -> {
            POOL.execute(() -> work.accept(() -> true));
            return true;
        };
    }

    /** Helpers that are wanted elsewhere after {@code items} items each (their runs left to the batch's thread). */
    private static BatchAnswers.Threads stopping(int items) {
        return work -> {
            AtomicInteger asked = new AtomicInteger();
            POOL.execute(() -> work.accept(() -> asked.incrementAndGet() <= items));
            return true;
        };
    }

    /** The answer as the service wrote it before: items decided in order on one thread, errors capped in order. */
    private byte[] sequential(BatchReader.Items items, Classifier.Asked asked, Budgets.Request budget, int maxErrors)
            throws IOException {
        Decided decided = new Decided(items, asked, budget);
        AtomicInteger next = new AtomicInteger();
        int[] listed = {0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeBatch(out, () -> {
            int i = next.getAndIncrement();
            if (i >= items.size()) {
                return null;
            }
            Classifier.Answer answer = decided.decide(i);
            if (answer instanceof Classifier.Refused refused) {
                int errors = refused.problem().errors().size();
                if (listed[0] + errors > maxErrors) {
                    return new Classifier.Refused(Problem.errorsNotListed(refused.problem(), maxErrors));
                }
                listed[0] += errors;
            }
            return answer;
        });
        return out.toByteArray();
    }

    private byte[] parallel(BatchReader.Items items, Classifier.Asked asked, Budgets.Request budget, int maxErrors,
            int threads, BatchAnswers.Threads helpers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchAnswers(writer, new Decided(items, asked, budget), threads, helpers, maxErrors).write(out);
        return out.toByteArray();
    }

    /**
     * The items decided as {@link Classifier} decides them, on any thread, each under a decisionId made from its
     * index (the service's are random).
     */
    private class Decided implements BatchAnswers.Items {
        private final BatchReader.Items items;
        private final Classifier.Asked asked;
        private final Budgets.Request budget;

        Decided(BatchReader.Items items, Classifier.Asked asked, Budgets.Request budget) {
            this.items = items;
            this.asked = asked;
            this.budget = budget;
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public boolean wanted() {
            return true;
        }

        @Override
        public Classifier.Answer decide(int index) {
            byte[] body = items.source(index);
            int offset = items.offsets()[index];
            int length = items.lengths()[index];
            return switch (reader.read(body, offset, length)) {
                case CaseReader.Invalid invalid -> new Classifier.Refused(Problem.invalidRequest(invalid.violations()));
                case CaseReader.Facts facts -> {
                    Policy policy = facts.policy() == null ? engine.policy() : facts.policy().applyTo(engine.policy());
                    Evaluation evaluation = engine.evaluate(facts.facts(), policy, facts.policyOverrides(),
                            asked.explanation() || asked.counterfactuals(), budget.alternatives());
                    yield switch (evaluation) {
                        case Rejection rejection ->
                            new Classifier.Refused(Problem.invalidRequest(rejection.violations()));
                        case Classification c -> new Classifier.Classified(c,
                                UUID.nameUUIDFromBytes(Integer.toString(index).getBytes(StandardCharsets.UTF_8)),
                                RULESET, asked, asked.counterfactuals()
                                        ? Counterfactuals.explore(reader.tree(body, offset, length), c,
                                                patched -> Classifier.reclassify(reader, engine, patched),
                                                asked.language().locale(), budget.counterfactuals())
                                        : null);
                    };
                }
            };
        }
    }

    private static BatchReader.Items items(byte[] body) {
        return (BatchReader.Items) new BatchReader(1000).read(body);
    }

    /**
     * {@code {"items": [...]}} of {@code size} items: the public and own scenarios' requests in turn with generated
     * cases, every seventh item one that is refused (an unknown property, a wrong value, not an object, a rule of
     * validation broken).
     */
    private static byte[] batch(int size, long seed) {
        List<JsonNode> scenarios = new ArrayList<>();
        for (String resource : List.of("/scenarios/cases-public.json", "/scenarios/cases-own.json")) {
            for (JsonNode scenario : scenarioFile(resource).path("cases")) {
                scenarios.add(scenario.path("input"));
            }
        }
        List<String> refused = List.of("{\"provider\":{\"role\":\"NOPE\"},\"extra\":1}", "[1,2]", "\"text\"",
                "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"yesterday\"}]}",
                "{\"unknown\":{},\"other\":[],\"third\":null}");
        CaseGenerator generator = new CaseGenerator(seed);
        StringBuilder body = new StringBuilder("{\"items\":[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                body.append(',');
            }
            if (i % 7 == 3) {
                body.append(refused.get(i / 7 % refused.size()));
            } else if (i % 2 == 0) {
                body.append(scenarios.get(i / 2 % scenarios.size()));
            } else {
                body.append(generator.next());
            }
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Budgets.Request budgets(int alternatives, int counterfactuals, Duration wallTime) {
        BudgetConfig config = new io.smallrye.config.SmallRyeConfigBuilder()
                .withConverter(Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
                .withSources(new io.smallrye.config.PropertiesConfigSource(java.util.Map.of(
                        "liability.budget.alternative-evaluations", Integer.toString(alternatives),
                        "liability.budget.counterfactual-evaluations", Integer.toString(counterfactuals),
                        "liability.budget.wall-time", wallTime.toMillis() + "ms"), "test", 250))
                .withMapping(BudgetConfig.class).build().getConfigMapping(BudgetConfig.class);
        return new Budgets(config, () -> false).start(() -> false);
    }

    private static JsonNode scenarioFile(String resource) {
        try (InputStream in = BatchAnswersTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void same(String what, byte[] expected, byte[] actual) {
        if (java.util.Arrays.equals(expected, actual)) {
            return;
        }
        String theirs = new String(expected, StandardCharsets.UTF_8);
        String mine = new String(actual, StandardCharsets.UTF_8);
        int at = 0;
        while (at < Math.min(mine.length(), theirs.length()) && mine.charAt(at) == theirs.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 80);
        throw new AssertionError(what + ": the answer differs from the one-thread answer at character " + at
                + " (lengths " + theirs.length() + " and " + mine.length() + ")"
                + "\n  one thread: …" + theirs.substring(from, Math.min(theirs.length(), at + 80))
                + "\n  threads:    …" + mine.substring(from, Math.min(mine.length(), at + 80)));
    }
}
