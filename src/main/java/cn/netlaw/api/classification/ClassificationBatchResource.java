package cn.netlaw.api.classification;

import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.operations.Admission;
import cn.netlaw.api.operations.ApiAuthentication;
import cn.netlaw.api.operations.DecisionTelemetry;
import cn.netlaw.api.operations.RequestIds;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemMapper;
import cn.netlaw.api.problem.QueryParameters;
import cn.netlaw.liability.Violation;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.MDC;

/**
 * {@code POST /api/v1/classifications/batch}: many cases in one request. {@link BatchReader} reads the body in pieces
 * and the envelope {@code {"items": [...]}} across them; each item then takes the path of a single request ({@link Classifier}), read from the
 * bytes it was sent in, under its own decisionId, and its result (the classification, or the 400 problem) is put at
 * its index. The envelope answers 200 whenever it is itself valid; an invalid envelope is a 400 problem, more items
 * than {@code liability.limits.max-batch-items} a 413 problem. The items are decided on up to
 * {@code liability.admission.batch-threads} threads at once (by default one per processor), the batch's own and helpers on places {@link Admission}
 * lends while no request waits for one, and written in their order ({@link BatchAnswers}).
 */
@Path("/api/v1/classifications/batch")
@Tag(name = "Classification")
// security: [{}, {bearer: []}]: no credentials by default; a bearer JWT where the deployment turns authentication on
// (liability.auth.enabled, ApiAuthentication); its 401 and 403 answers are declared by NullableReferences
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = ApiAuthentication.SCHEME))
public class ClassificationBatchResource {

    private final BatchReader envelopes;
    private final Classifier classifier;
    private final ClassificationWriter writer;
    private final DecisionTelemetry telemetry;
    private final Budgets budgets;
    private final Admission admission;
    private final int maxBatchErrors;

    /** The description of {@code explain} on the batch. */
    static final String BATCH_EXPLAIN_DESCRIPTION = """
            How much of the reasoning every item's answer holds, as for POST /api/v1/classifications \
            (docs/api.md#lean-answers). full (the default): each classification with its explanation. none: each \
            classification without the explanation property, every other property as in the full answer; the \
            problems of invalid items are the same either way.""";

    ClassificationBatchResource(BatchReader envelopes, Classifier classifier, ClassificationWriter writer,
            DecisionTelemetry telemetry, Budgets budgets, Admission admission, LimitsConfig limits) {
        this.envelopes = envelopes;
        this.classifier = classifier;
        this.writer = writer;
        this.telemetry = telemetry;
        this.budgets = budgets;
        this.admission = admission;
        this.maxBatchErrors = limits.maxBatchErrors();
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "classifyBatch", summary = "Classify many cases in one request", description = """
            Classifies each item of items as POST /api/v1/classifications classifies one request, and answers the \
            results in the order of the items: status 200 with the classification (its own decisionId, the \
            rulesetVersion, the explanation in the language negotiated from Accept-Language, named in \
            Content-Language), or status 400 with the problem of that item. Items are read one by one: an unknown \
            property, a wrong value or an item that is not an object fails that item only, and the batch is answered \
            200. At most liability.limits.max-batch-items items (default 1000), within the body size limit (4 MiB).""")
    @RequestBody(required = true, description = "The cases: {\"items\": [request, ...]}.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClassificationBatchRequest.class)))
    @Parameter(name = RequestIds.HEADER, in = ParameterIn.HEADER, description = """
            An id for this request (1 to 128 letters, digits and . _ : -), echoed on the answer and in the service's \
            log lines; another value, or none, gets a new UUID.""",
            schema = @Schema(type = SchemaType.STRING), example = "c0a8-4f2e-9b1d")
    @APIResponse(responseCode = "200", description = """
            The result of every item, in the order of the items; each item's explanation in the language negotiated \
            from Accept-Language and named in Content-Language.""",
            headers = {
                @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = """
                        The language of the explanation texts of every item: zh-CN when Accept-Language prefers any \
                        zh range, otherwise en.""", schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "zh-CN"})),
                @Header(name = HttpHeaders.VARY, description = "Accept-Language: the texts depend on it.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = RequestIds.HEADER, description = """
                        The request id: the caller's X-Request-Id when it is a plain token, else one the service \
                        made; on every answer, and the instance of every problem.""",
                        schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9._:-]{1,128}$"))
            },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClassificationBatchResponse.class)))
    @APIResponse(responseCode = "400", description = """
            The body is not a JSON object with exactly the property items, an array (errors names $, items or the \
            unknown property), or the query string is not one the resource takes. A fault of an item is not a 400 of \
            the batch: it is that item's result.""", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The Accept header admits neither JSON nor problem+json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = """
            The body exceeds the configured size limit (/problems/body-too-large), or items lists more than \
            liability.limits.max-batch-items (/problems/too-many-items; errors names items and the limit).""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = """
            The service is busy: a batch arrived while the configured number of expensive requests were \
            running and as many were waiting (liability.admission.*). Send it again after Retry-After seconds \
            (/problems/service-busy).""",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before sending the request again.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500",
            description = "An error in the service; the answer carries the reference it was logged under.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response classifyBatch(InputStream body,
            @Parameter(description = """
                    The language of the explanation texts of every item, negotiated as for POST \
                    /api/v1/classifications: any zh range gives Chinese, anything else English.""",
                    example = "zh-CN, en;q=0.8")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = """
                    Extra parts of every item's answer, comma-separated. counterfactuals: as for POST \
                    /api/v1/classifications, for each classified item (each costs dozens of evaluations: expect a \
                    batch with counterfactuals to take tens of times longer).""",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"counterfactuals"}))
            @QueryParam(Classifier.INCLUDE) String include,
            @Parameter(description = BATCH_EXPLAIN_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {Classifier.FULL, Classifier.NONE}),
                    example = Classifier.NONE)
            @QueryParam(Classifier.EXPLAIN) String explain,
            @Context RoutingContext exchange) throws IOException {
        // the whole body is read before anything else, as a body bound to an array would be; in pieces, never one
        // array of its own length (BatchReader)
        BatchReader.Body pieces = envelopes.receive(body);
        List<Violation> query = Classifier.queryViolations(QueryParameters.of(exchange.request()));
        if (!query.isEmpty()) {
            return ProblemMapper.invalidQuery(query);
        }
        Admission.Place place = admission.enter();
        if (place == null) {
            return admission.busy();
        }
        // the place is held until the answer has been written, or the connection has closed
        exchange.addEndHandler(ended -> place.close());
        try {
            Language language = Language.negotiate(acceptLanguage);
            Classifier.Asked asked = new Classifier.Asked(language, include != null, Classifier.explained(explain));
            Response answer = switch (envelopes.read(pieces)) {
                case BatchReader.Invalid invalid -> ProblemMapper.response(Problem.invalidBatch(invalid.violations()));
                case BatchReader.TooMany tooMany -> ProblemMapper.response(Problem.tooManyItems(tooMany.violation()));
                case BatchReader.Items items -> {
                    Budgets.Request budget = budgets.start(() -> exchange.response().closed());
                    Map<String, Object> logging = new HashMap<>(MDC.getMap());
                    StreamingOutput results = output -> {
                        try (place) {
                            new BatchAnswers(writer, new Items(items, asked, budget), admission.batchThreads(),
                                    work -> help(work, logging), maxBatchErrors).write(output);
                        }
                    };
                    yield Response.ok(results, MediaType.APPLICATION_JSON)
                            .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                            .build();
                }
            };
            if (!(answer.getEntity() instanceof StreamingOutput)) {
                place.close();
            }
            return answer;
        } catch (RuntimeException | Error e) {
            place.close();
            throw e;
        }
    }

    /**
     * Runs a batch's further thread on a worker thread and a place lent by {@link Admission}, when one is free and no
     * request waits for one; its log lines carry the request's logging context ({@code logging}: request id, trace).
     */
    private boolean help(Consumer<BooleanSupplier> work, Map<String, Object> logging) {
        Admission.Place lent = admission.lend();
        if (lent == null) {
            return false;
        }
        try {
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                try (lent) {
                    logging.forEach(MDC::put);
                    work.accept(() -> !admission.wanted());
                } finally {
                    logging.keySet().forEach(MDC::remove);
                }
            });
            return true;
        } catch (RuntimeException e) {
            lent.close();
            return false;
        }
    }

    /**
     * The items of a batch, each decided as a single request is ({@link Classifier}) under its own decisionId, on
     * whichever thread {@link BatchAnswers} decides it; the answer is wanted while the client is there.
     */
    private final class Items implements BatchAnswers.Items {
        private final BatchReader.Items items;
        private final Classifier.Asked asked;
        private final Budgets.Request budget;

        Items(BatchReader.Items items, Classifier.Asked asked, Budgets.Request budget) {
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
            return !budget.clientGone();
        }

        @Override
        public Classifier.Answer decide(int index) {
            try (DecisionTelemetry.Observation observation = telemetry.start()) {
                return classifier.classify(items.source(index), items.offsets()[index], items.lengths()[index],
                        asked, observation, budget);
            }
        }
    }
}
