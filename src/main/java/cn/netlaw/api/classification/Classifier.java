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

/**
 * The one path from a request body to its answer, shared by {@code POST /api/v1/classifications} and its batch: read
 * the case ({@link CaseReader}), evaluate it ({@link LiabilityEngine}), and make the result record
 * ({@link ClassificationWriter}) with its explanation in the negotiated language, its decisionId and the
 * rulesetVersion; or the 400 problem of the request. Each call is one decision under the caller's
 * {@link DecisionTelemetry.Observation}.
 */
@Singleton
public class Classifier {

    /** The one query parameter of the classification resources. */
    static final String INCLUDE = "include";
    static final String COUNTERFACTUALS = "counterfactuals";

    private final CaseReader reader;
    private final LiabilityEngine engine;
    private final ClassificationWriter writer;
    private final Ruleset ruleset;

    Classifier(CaseReader reader, LiabilityEngine engine, ClassificationWriter writer, Ruleset ruleset) {
        this.reader = reader;
        this.engine = engine;
        this.writer = writer;
        this.ruleset = ruleset;
    }

    /** What a request body comes to: its classification, or the problem that keeps it from one. */
    sealed interface Answer permits Classified, Refused {
    }

    /** The result (docs/result.md) as the API renders it. */
    record Classified(ClassificationResponse response) implements Answer {
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
     * a batch), explained in the language, with its counterfactuals when asked for; its exploration drawn from the
     * request's budgets.
     */
    Answer classify(byte[] body, int offset, int length, Language language, boolean withCounterfactuals,
            DecisionTelemetry.Observation observation, Budgets.Request budget) {
        return switch (reader.read(body, offset, length)) {
            case CaseReader.Invalid invalid -> new Refused(Problem.invalidRequest(invalid.violations()));
            case CaseReader.Facts facts -> switch (evaluate(facts, budget.alternatives())) {
                case Rejection rejection -> new Refused(Problem.invalidRequest(rejection.violations()));
                case Classification classification -> {
                    observation.classified(classification);
                    Counterfactuals.Result counterfactuals = withCounterfactuals
                            ? Counterfactuals.explore(reader.tree(body, offset, length), classification,
                                    this::reclassify, language.locale(), budget.counterfactuals())
                            : null;
                    yield new Classified(writer.response(classification, observation.decisionId(), ruleset.version(),
                            language, counterfactuals));
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

    private Evaluation evaluate(CaseReader.Facts facts, Budget budget) {
        Policy policy = facts.policy() == null ? engine.policy() : facts.policy().applyTo(engine.policy());
        return engine.evaluate(facts.facts(), policy, facts.policyOverrides(), true, budget);
    }

    /**
     * A counterfactual's probe: only its headline outcome is read, so the decision is made without recording an
     * explanation and without Step 12 (the same headline otherwise: invariant I16 of the generative tests).
     */
    private Optional<Classification> reclassify(JsonNode patched) {
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
     * The query string of a classification resource: only {@code include=counterfactuals} is known, given once;
     * anything else is refused, never ignored. Empty when the query is acceptable.
     */
    static List<Violation> queryViolations(Map<String, List<String>> query) {
        List<Violation> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (!parameter.getKey().equals(INCLUDE)) {
                out.add(new Violation(parameter.getKey(), "unknown query parameter", List.of(INCLUDE)));
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
}
