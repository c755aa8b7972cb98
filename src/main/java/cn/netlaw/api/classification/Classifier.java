package cn.netlaw.api.classification;

import cn.netlaw.api.counterfactual.Counterfactuals;
import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.operations.DecisionTelemetry;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.timeline.TimelinePicture;
import cn.netlaw.liability.Budget;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.Evaluation;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Rejection;
import cn.netlaw.liability.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one path from a request body to its answer, shared by {@code POST /api/v1/classifications} and its batch: read
 * the case ({@link CaseReader}), evaluate it ({@link LiabilityEngine}), and hand the classification, with what the
 * caller asked the answer to hold ({@link Asked}), its decisionId and the rulesetVersion, to the
 * {@link ClassificationWriter}; or the 400 problem of the request. Each call is one decision under the caller's
 * {@link DecisionTelemetry.Observation}.
 */
@Singleton
public class Classifier {

    /** The query parameters of the classification resources: {@code include} and {@code explain}. */
    static final String INCLUDE = "include";
    static final String COUNTERFACTUALS = "counterfactuals";
    static final String EXPLAIN = "explain";
    /** {@code explain=full}, the default: the answer explains each finding of the procedure. */
    static final String FULL = "full";
    /** {@code explain=none}: the lean answer, without the explanation (docs/api.md#lean-answers). */
    static final String NONE = "none";
    private static final List<String> PARAMETERS = List.of(INCLUDE, EXPLAIN);
    private static final List<String> EXPLAIN_VALUES = List.of(FULL, NONE);

    private final CaseReader reader;
    private final LiabilityEngine engine;
    private final Ruleset ruleset;

    Classifier(CaseReader reader, LiabilityEngine engine, Ruleset ruleset) {
        this.reader = reader;
        this.engine = engine;
        this.ruleset = ruleset;
    }

    /** What a request body comes to: its classification, or the problem that keeps it from one. */
    sealed interface Answer permits Classified, Refused {
    }

    /**
     * What the caller asked the answer to hold: the language of its texts, its counterfactuals
     * ({@code include=counterfactuals}), and its explanation (false: {@code explain=none}).
     */
    record Asked(Language language, boolean counterfactuals, boolean explanation) {
    }

    /**
     * A classification to be written as the result (docs/result.md): the engine's answer, its decisionId, the
     * rulesetVersion, what was asked, and the counterfactuals (null: not asked for).
     */
    record Classified(Classification classification, UUID decisionId, String rulesetVersion, Asked asked,
            Counterfactuals.Result counterfactuals) implements Answer {
    }

    /** A 400: the body breaks the request shape or a rule of validation (docs/request.md#validation). */
    record Refused(Problem problem) implements Answer, Picture {
    }

    /** What a request body comes to when its timeline picture is asked for: the picture, or the problem. */
    sealed interface Picture permits Drawn, Refused {
    }

    /** The timeline picture (docs/result.md#timeline-picture), an SVG document, and the decisionId it carries. */
    record Drawn(byte[] svg, String decisionId) implements Picture {
    }

    /**
     * Classifies the request in {@code length} bytes of {@code body} from {@code offset} (a whole body, or an item of
     * a batch) as asked, its exploration drawn from the request's budgets. The engine records the explanation's
     * findings only when the answer holds them, or when counterfactuals are asked for: those find the deadlines of the
     * notices in the findings, so a lean answer's counterfactuals are those of the full answer.
     */
    Answer classify(byte[] body, int offset, int length, Asked asked, DecisionTelemetry.Observation observation,
            Budgets.Request budget) {
        return switch (reader.read(body, offset, length)) {
            case CaseReader.Invalid invalid -> new Refused(Problem.invalidRequest(invalid.violations()));
            case CaseReader.Facts facts -> switch (evaluate(facts, asked.explanation() || asked.counterfactuals(),
                    budget.alternatives())) {
                case Rejection rejection -> new Refused(Problem.invalidRequest(rejection.violations()));
                case Classification classification -> {
                    observation.classified(classification);
                    Counterfactuals.Result counterfactuals = asked.counterfactuals()
                            ? Counterfactuals.explore(reader.tree(body, offset, length), classification,
                                    this::reclassify, asked.language().locale(), budget.counterfactuals())
                            : null;
                    yield new Classified(classification, observation.decisionId(), ruleset.version(), asked,
                            counterfactuals);
                }
            };
        };
    }

    /**
     * The timeline picture of a whole body in the language (docs/result.md#timeline-picture): the same reading,
     * validation and decision as {@link #classify}, drawn from the classification and the case in time it was made on.
     */
    Picture draw(byte[] body, Language language, DecisionTelemetry.Observation observation, Budgets.Request budget) {
        return switch (reader.read(body, 0, body.length)) {
            case CaseReader.Invalid invalid -> new Refused(Problem.invalidRequest(invalid.violations()));
            case CaseReader.Facts facts -> {
                Policy policy = facts.policy() == null ? engine.policy() : facts.policy().applyTo(engine.policy());
                LiabilityEngine.Chart chart = engine.chart(facts.facts(), policy, facts.policyOverrides(), false,
                        budget.alternatives());
                yield switch (chart.evaluation()) {
                    case Rejection rejection -> new Refused(Problem.invalidRequest(rejection.violations()));
                    case Classification classification -> {
                        observation.classified(classification);
                        String decisionId = observation.decisionId().toString();
                        yield new Drawn(TimelinePicture.draw(classification, chart.chronology(), language,
                                decisionId), decisionId);
                    }
                };
            }
        };
    }

    private Evaluation evaluate(CaseReader.Facts facts, boolean explain, Budget budget) {
        Policy policy = facts.policy() == null ? engine.policy() : facts.policy().applyTo(engine.policy());
        return engine.evaluate(facts.facts(), policy, facts.policyOverrides(), explain, budget);
    }

    /**
     * A counterfactual's probe: only its headline outcome is read, so the decision is made without recording an
     * explanation and without Step 12 (the same headline otherwise: invariant I16 of the generative tests).
     */
    private Optional<Classification> reclassify(JsonNode patched) {
        return reclassify(reader, engine, patched);
    }

    /** {@link #reclassify(JsonNode)} with the given reader and engine (a test renders counterfactuals as this does). */
    static Optional<Classification> reclassify(CaseReader reader, LiabilityEngine engine, JsonNode patched) {
        if (reader.read(patched) instanceof CaseReader.Facts facts) {
            Policy policy = facts.policy() == null ? engine.policy() : facts.policy().applyTo(engine.policy());
            if (engine.evaluate(facts.facts(), policy, facts.policyOverrides(), false, Budget.of(0))
                    instanceof Classification classification) {
                return Optional.of(classification);
            }
        }
        return Optional.empty();
    }

    /**
     * The query string of a classification resource: {@code include=counterfactuals} and {@code explain=full|none},
     * each given once; anything else is refused, never ignored. Empty when the query is acceptable. The violations
     * follow the order of {@code query}, the order of the query string ({@code QueryParameters}).
     */
    static List<Violation> queryViolations(Map<String, List<String>> query) {
        List<Violation> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (parameter.getKey().equals(EXPLAIN)) {
                if (parameter.getValue().size() != 1) {
                    out.add(new Violation(EXPLAIN, "give explain once", EXPLAIN_VALUES));
                } else if (!EXPLAIN_VALUES.contains(parameter.getValue().get(0))) {
                    out.add(new Violation(EXPLAIN, "'" + Problem.shorten(parameter.getValue().get(0))
                            + "' is not a way the answer can be explained", EXPLAIN_VALUES));
                }
                continue;
            }
            if (!parameter.getKey().equals(INCLUDE)) {
                out.add(new Violation(parameter.getKey(), "unknown query parameter", PARAMETERS));
                continue;
            }
            if (parameter.getValue().size() != 1) {
                out.add(new Violation(INCLUDE, "give include once", List.of(COUNTERFACTUALS)));
                continue;
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String part : parameter.getValue().get(0).split(",", -1)) {
                if (!part.trim().equals(COUNTERFACTUALS)) {
                    out.add(new Violation(INCLUDE, "'" + Problem.shorten(part.trim())
                            + "' is not a part the answer can include", List.of(COUNTERFACTUALS)));
                } else if (!seen.add(part.trim())) {
                    out.add(new Violation(INCLUDE, "name each part once", List.of(COUNTERFACTUALS)));
                }
            }
        }
        return out;
    }

    /** Whether the answer holds the explanation: {@code explain} is absent or {@code full} (a valid query). */
    static boolean explained(String explain) {
        return !NONE.equals(explain);
    }
}
