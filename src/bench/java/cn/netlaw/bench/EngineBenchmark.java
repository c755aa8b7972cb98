package cn.netlaw.bench;

import cn.netlaw.api.classification.CaseReader;
import cn.netlaw.api.classification.ClassificationWriter;
import cn.netlaw.api.explanation.Citations;
import cn.netlaw.api.explanation.ExplanationWriter;
import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.provisions.ProvisionCatalogue;
import cn.netlaw.api.timeline.TimelinePicture;
import cn.netlaw.liability.AssumedReading;
import cn.netlaw.liability.Budget;
import cn.netlaw.liability.CaseFacts;
import cn.netlaw.liability.Certainty;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.ContestedQuestion;
import cn.netlaw.liability.Evaluation;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Reading;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine alone over the public scenarios ({@code src/test/resources/scenarios/cases-public.json}), one scenario per
 * operation, in turn: every scenario whose request is read and classified (those answered 400 by the reader or the
 * engine are left out), each read once through {@link CaseReader} into {@link CaseFacts} and evaluated by an engine
 * with the default policy and the scenario's clock. So ns/op is the mean time of one decision over the scenarios, and
 * {@code -prof gc}'s {@code gc.alloc.rate.norm} the mean bytes allocated by one decision.
 *
 * <ul>
 * <li>{@link #decision}: {@code evaluate(facts, policy, false)}, the decision without recording its explanation;</li>
 * <li>{@link #decisionExplained}: {@code evaluate(facts, policy, true)}, recording the explanation's findings;</li>
 * <li>{@link #decisionExplainedInEnglish}: and writing the findings as English texts ({@link ExplanationWriter});</li>
 * <li>{@link #readDecideWrite}: the HTTP edge's work without HTTP: the request bytes read by {@link CaseReader}, the
 * decision explained, the result JSON rendered by {@link ClassificationWriter};</li>
 * <li>{@link #read}: the reading alone (bytes to facts);</li>
 * <li>{@link #contestedWithAlternatives} and {@link #contestedHeadlineOnly}: the public scenarios whose answer is
 * CONTESTED, with Step 12 and with every question read presumptively (the plain decision of the same case);
 * {@link #contestedReadDecideWrite} and {@link #contestedPlainReadDecideWrite}: the same pair with the reading of the
 * request and the writing of the answer, the service's work for one answer without HTTP;</li>
 * <li>{@link #readDecideWriteLean} and {@link #contestedReadDecideWriteLean}: {@link #readDecideWrite} and
 * {@link #contestedReadDecideWrite} for the lean answer of {@code ?explain=none}: decided without recording the
 * explanation, written without it.</li>
 * </ul>
 * The scenario file is found at {@code -Dscenarios=PATH}, by default relative to the project directory.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EngineBenchmark {

    private static final String SCENARIOS = "src/test/resources/scenarios/cases-public.json";
    private static final UUID DECISION_ID = UUID.fromString("00000000-0000-4000-8000-000000000000");

    private final List<CaseFacts> facts = new ArrayList<>();
    private final List<LiabilityEngine> engines = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();
    /** The scenarios' classifications with their explanation, decided once, for {@link #write()}. */
    private final List<Classification> decided = new ArrayList<>();
    private final Policy policy = Policy.defaults();
    private final CaseReader reader = new CaseReader();
    private final ExplanationWriter explanations = new ExplanationWriter(new Citations(ProvisionCatalogue.standard()));
    private final ClassificationWriter writer = new ClassificationWriter(explanations);
    private int next;
    private final List<CaseFacts> contestedFacts = new ArrayList<>();
    private final List<LiabilityEngine> contestedEngines = new ArrayList<>();
    private final List<byte[]> contestedBodies = new ArrayList<>();
    private int nextContested;
    /** A reading of no subject: the run takes every question presumptively and Step 12 is not run. */
    private static final List<AssumedReading> PRESUMPTIVE_ONLY = List.of(
            new AssumedReading(ContestedQuestion.TIMELINESS, "bench", Reading.IN_TIME));

    @Setup(Level.Trial)
    public void readScenarios() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode file = json.readTree(Files.readString(Path.of(System.getProperty("scenarios", SCENARIOS))));
        OffsetDateTime fileClock = OffsetDateTime.parse(file.get("evaluationClock").asText());
        for (JsonNode scenario : file.get("cases")) {
            OffsetDateTime at = scenario.hasNonNull("clock")
                    ? OffsetDateTime.parse(scenario.get("clock").asText()) : fileClock;
            LiabilityEngine engine = new LiabilityEngine(policy, Clock.fixed(at.toInstant(), at.getOffset()));
            byte[] body = json.writeValueAsBytes(scenario.get("input"));
            if (reader.read(body) instanceof CaseReader.Facts read && read.policy() == null
                    && engine.evaluate(read.facts(), policy, List.of(), false) instanceof Classification) {
                facts.add(read.facts());
                engines.add(engine);
                bodies.add(body);
                decided.add((Classification) engine.evaluate(read.facts(), policy, List.of(), true));
                if (engine.evaluate(read.facts(), policy, List.of(), false) instanceof Classification c
                        && c.certainty() == Certainty.CONTESTED) {
                    contestedFacts.add(read.facts());
                    contestedEngines.add(engine);
                    contestedBodies.add(body);
                }
            }
        }
        if (facts.isEmpty()) {
            throw new IllegalStateException("no scenario of " + SCENARIOS + " was classified");
        }
        System.out.printf("%n%d of %d public scenarios classified; each operation evaluates the next one%n",
                facts.size(), file.get("cases").size());
    }

    private int next() {
        int i = next;
        next = i + 1 == facts.size() ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Evaluation decision() {
        int i = next();
        return engines.get(i).evaluate(facts.get(i), policy, List.of(), false);
    }

    @Benchmark
    public Evaluation decisionExplained() {
        int i = next();
        return engines.get(i).evaluate(facts.get(i), policy, List.of(), true);
    }

    @Benchmark
    public Object decisionExplainedInEnglish() {
        int i = next();
        Classification classification = (Classification) engines.get(i).evaluate(facts.get(i), policy, List.of(), true);
        return explanations.write(classification.explanation(), Language.ENGLISH);
    }

    @Benchmark
    public byte[] readDecideWrite() {
        int i = next();
        CaseReader.Facts read = (CaseReader.Facts) reader.read(bodies.get(i));
        Classification classification = (Classification) engines.get(i).evaluate(read.facts(), policy, List.of(), true);
        return writer.write(classification, DECISION_ID, "3.0/000000", Language.ENGLISH);
    }

    /** Writing alone: the result JSON, explained in English, of a classification decided beforehand. */
    @Benchmark
    public byte[] write() {
        return writer.write(decided.get(next()), DECISION_ID, "3.0/000000", Language.ENGLISH);
    }

    /**
     * The same case answered as the timeline picture ({@code Accept: image/svg+xml}): read, decide with the case in
     * time and without an explanation, draw in English (bench/README.md, "The timeline picture").
     */
    @Benchmark
    public byte[] readDecideDraw() {
        int i = next();
        CaseReader.Facts read = (CaseReader.Facts) reader.read(bodies.get(i));
        LiabilityEngine.Chart chart = engines.get(i).chart(read.facts(), policy, List.of(), false,
                Budget.of(Integer.MAX_VALUE));
        return TimelinePicture.draw((Classification) chart.evaluation(), chart.chronology(), Language.ENGLISH,
                DECISION_ID.toString());
    }

    private int nextContested() {
        int i = nextContested;
        nextContested = i + 1 == contestedFacts.size() ? 0 : i + 1;
        return i;
    }

    /** The contested public scenarios with Step 12: the headline, each question flipped, all flipped together. */
    @Benchmark
    public Evaluation contestedWithAlternatives() {
        int i = nextContested();
        return contestedEngines.get(i).evaluate(contestedFacts.get(i), policy, List.of(), true);
    }

    /** The same cases, the headline only (every question presumptive, Step 12 not run): the plain decision. */
    @Benchmark
    public Evaluation contestedHeadlineOnly() {
        int i = nextContested();
        return contestedEngines.get(i).evaluate(contestedFacts.get(i), policy, List.of(), true, PRESUMPTIVE_ONLY);
    }

    /**
     * The HTTP edge's work without HTTP for a contested case: read, decide with Step 12 and the explanation, render
     * the result JSON with the contested questions and alternatives.
     */
    @Benchmark
    public byte[] contestedReadDecideWrite() {
        int i = nextContested();
        CaseReader.Facts read = (CaseReader.Facts) reader.read(contestedBodies.get(i));
        Classification classification = (Classification) contestedEngines.get(i)
                .evaluate(read.facts(), policy, List.of(), true);
        return writer.write(classification, DECISION_ID, "3.0/000000", Language.ENGLISH);
    }

    /** The same, the headline only (as {@link #contestedHeadlineOnly}): the plain classification of those cases. */
    @Benchmark
    public byte[] contestedPlainReadDecideWrite() {
        int i = nextContested();
        CaseReader.Facts read = (CaseReader.Facts) reader.read(contestedBodies.get(i));
        Classification classification = (Classification) contestedEngines.get(i)
                .evaluate(read.facts(), policy, List.of(), true, PRESUMPTIVE_ONLY);
        return writer.write(classification, DECISION_ID, "3.0/000000", Language.ENGLISH);
    }

    /** {@link #readDecideWrite} for {@code ?explain=none}: decided without its findings, written without them. */
    @Benchmark
    public byte[] readDecideWriteLean() {
        int i = next();
        CaseReader.Facts read = (CaseReader.Facts) reader.read(bodies.get(i));
        Classification classification = (Classification) engines.get(i).evaluate(read.facts(), policy, List.of(),
                false);
        return writer.write(classification, DECISION_ID, "3.0/000000", Language.ENGLISH, null, false);
    }

    /** {@link #contestedReadDecideWrite} for {@code ?explain=none}. */
    @Benchmark
    public byte[] contestedReadDecideWriteLean() {
        int i = nextContested();
        CaseReader.Facts read = (CaseReader.Facts) reader.read(contestedBodies.get(i));
        Classification classification = (Classification) contestedEngines.get(i)
                .evaluate(read.facts(), policy, List.of(), false);
        return writer.write(classification, DECISION_ID, "3.0/000000", Language.ENGLISH, null, false);
    }

    @Benchmark
    public CaseReader.Reading read() {
        return reader.read(bodies.get(next()));
    }
}
