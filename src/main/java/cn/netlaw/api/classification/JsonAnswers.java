package cn.netlaw.api.classification;

import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.operations.DecisionTelemetry;
import cn.netlaw.api.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import java.util.Arrays;

/**
 * The JSON answer to one body of {@code POST /api/v1/classifications}, made under one observed decision
 * ({@link DecisionTelemetry}): the classification written by {@link ClassificationWriter}, with the headers the answer
 * carries besides its type, or the 400 problem of a refused body. {@link ClassificationResource} and
 * {@link ClassificationRoute}, the route that answers the common case ahead of Quarkus REST, both answer through here,
 * so that the two cannot answer differently.
 *
 * <p>The headers are set on the Vert.x response itself, their names and values made once
 * ({@link HttpHeaders#createOptimized}): through the JAX-RS response builder each of them went into and out of two
 * case-insensitive sorted maps (bench/README.md, "The HTTP edge (fourth session)").
 */
@Singleton
class JsonAnswers {

    private static final CharSequence DECISION_ID_NAME =
            HttpHeaders.createOptimized(ClassificationResource.DECISION_ID_HEADER);
    private static final CharSequence CONTENT_LANGUAGE_NAME =
            HttpHeaders.createOptimized(jakarta.ws.rs.core.HttpHeaders.CONTENT_LANGUAGE);
    private static final CharSequence VARY_NAME = HttpHeaders.createOptimized(jakarta.ws.rs.core.HttpHeaders.VARY);
    private static final CharSequence ACCEPT_LANGUAGE_VALUE =
            HttpHeaders.createOptimized(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE);
    /** {@code Content-Language} of each {@link Language}, by ordinal. */
    private static final CharSequence[] LANGUAGE_TAGS = Arrays.stream(Language.values())
            .map(language -> HttpHeaders.createOptimized(language.tag()))
            .toArray(CharSequence[]::new);

    private final Classifier classifier;
    private final ClassificationWriter writer;
    private final DecisionTelemetry telemetry;

    JsonAnswers(Classifier classifier, ClassificationWriter writer, DecisionTelemetry telemetry) {
        this.classifier = classifier;
        this.writer = writer;
        this.telemetry = telemetry;
    }

    /** A JSON answer: the classification's bytes (a 200), or else the problem that refused the body. */
    record Json(byte[] classification, Problem problem) {
    }

    /**
     * Classifies the body as asked and writes the answer; a classification's {@code X-Decision-Id},
     * {@code Content-Language} and {@code Vary} are set on {@code response}.
     */
    Json answer(byte[] body, Classifier.Asked asked, Budgets.Request budget, HttpServerResponse response) {
        return answer(body, 0, body.length, asked, budget, response);
    }

    /** The same for {@code length} bytes of {@code body} from {@code offset}. */
    Json answer(byte[] body, int offset, int length, Classifier.Asked asked, Budgets.Request budget,
            HttpServerResponse response) {
        try (DecisionTelemetry.Observation observation = telemetry.start()) {
            return switch (classifier.classify(body, offset, length, asked, observation, budget)) {
                case Classifier.Refused refused -> new Json(null, refused.problem());
                case Classifier.Classified classified -> {
                    byte[] json = writer.write(classified);
                    response.headers()
                            .set(DECISION_ID_NAME, classified.decisionId().toString())
                            .set(CONTENT_LANGUAGE_NAME, LANGUAGE_TAGS[asked.language().ordinal()])
                            .set(VARY_NAME, ACCEPT_LANGUAGE_VALUE);
                    yield new Json(json, null);
                }
            };
        }
    }
}
