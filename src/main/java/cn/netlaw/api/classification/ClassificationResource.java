package cn.netlaw.api.classification;

import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.operations.Admission;
import cn.netlaw.api.operations.ApiAuthentication;
import cn.netlaw.api.operations.DecisionTelemetry;
import cn.netlaw.api.operations.RequestIds;
import cn.netlaw.api.problem.AcceptGuard;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemMapper;
import cn.netlaw.api.problem.QueryParameters;
import cn.netlaw.api.timeline.TimelinePicture;
import cn.netlaw.liability.Violation;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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

/**
 * {@code POST /api/v1/classifications}: read the body, evaluate the case, write the answer ({@link Classifier}, the
 * path {@link ClassificationBatchResource} shares). The body is taken raw and read by {@link CaseReader}, so that every
 * fault of the request becomes a 400 problem naming its field; the engine's own rejections (validation rules 4–14, 17,
 * 18) become the same 400. With {@code Accept: image/svg+xml} preferred to JSON ({@link AcceptGuard#prefersPicture})
 * the answer is the case's timeline picture instead ({@code cn.netlaw.api.timeline}, docs/result.md#timeline-picture),
 * through the same reading, validation and problems.
 *
 * <p>Where it runs: a body of up to {@value #EVENT_LOOP_BODY_LIMIT} bytes (a case with about twenty fully given
 * notices) is read and classified on the event loop that received it, a matter of tens of microseconds; a larger body,
 * or one whose counterfactuals are asked for (dozens of evaluations), on a worker thread, so that no request holds an
 * event loop for long. Handing every request to a worker thread, and its body to it through a blocking stream, cost
 * half the service's throughput (bench/README.md). The answer made on the event loop is handed back as a completed
 * {@link CompletionStage}: a Mutiny {@code Uni} there (subscribed by Quarkus REST, its callbacks wrapped to capture
 * and restore the request's CDI, OpenTelemetry and logging contexts) cost 3-4 % of the event loop's samples for an
 * answer that is already made (bench/README.md, "The HTTP edge (fourth session)"); the worker's answer still comes
 * through a {@code Uni}, which carries those contexts to the worker thread.
 *
 * <p>The common case never reaches this method: a JSON answer to a body of at most
 * {@value #EVENT_LOOP_BODY_LIMIT} bytes with a plain {@code Content-Length}, no query but {@code explain} (or one
 * parameter refused), and authentication off is answered by {@link ClassificationRoute}, a Vert.x route ahead of
 * Quarkus REST, through the same {@link JsonAnswers}, {@link Classifier#queryViolations} and
 * {@link Language#negotiate}, with the same answers (ClassificationRouteTest); Quarkus REST's per-request work was
 * about a sixth of the event loop's time per answer (bench/README.md, "A route ahead of Quarkus REST (fifth
 * session)"). What this method answers is everything else: chunked and larger bodies, pictures, counterfactuals,
 * several query parameters, the requests of an authenticated deployment.
 */
@Path(ClassificationResource.PATH)
@Tag(name = "Classification", description = """
        Classifies a network service provider's civil liability for its users' infringement under PRC law (Civil Code \
        2021-, Tort Liability Law 2010-2020, with the Regulation, the E-Commerce Law and the SPC interpretations), \
        by the decision procedure 3.0 (docs/procedure.md).""")
// security: [{}, {bearer: []}]: no credentials by default; a bearer JWT where the deployment turns authentication on
// (liability.auth.enabled, ApiAuthentication); its 401 and 403 answers are declared by NullableReferences
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = ApiAuthentication.SCHEME))
public class ClassificationResource {

    private final Classifier classifier;
    private final JsonAnswers answers;
    private final DecisionTelemetry telemetry;
    private final Budgets budgets;
    private final Admission admission;

    ClassificationResource(Classifier classifier, JsonAnswers answers, DecisionTelemetry telemetry, Budgets budgets,
            Admission admission) {
        this.classifier = classifier;
        this.answers = answers;
        this.telemetry = telemetry;
        this.budgets = budgets;
        this.admission = admission;
    }

    /** The path of the resource (and of {@link ClassificationRoute}). */
    static final String PATH = "/api/v1/classifications";

    /** The answer's decisionId, also as a header (logs and proxies see it without reading the body). */
    static final String DECISION_ID_HEADER = "X-Decision-Id";

    /** The largest body classified on the event loop; larger ones go to a worker thread. */
    static final int EVENT_LOOP_BODY_LIMIT = 16 * 1024;

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE, TimelinePicture.MEDIA_TYPE})
    @Operation(operationId = "classify", summary = "Classify the provider's liability for one case", description = """
            Evaluates one case (docs/request.md) by the decision procedure (docs/procedure.md) and answers the \
            classification (docs/result.md): regime, liability, rule, joint liability and its scope, whether an open \
            question of law would change the outcome (certainty, contested, alternatives), the liable periods, \
            knowledge, harbours, the notifier's liability, duty breaches, pending deadlines, the provisions cited, \
            reasons, review flags, the defaults assumed, and the explanation of each step in the language negotiated \
            from Accept-Language (named in Content-Language). The evaluation instant (the default asOf) comes from the \
            service's clock. A request that breaks the request shape or a rule of its validation \
            (docs/request.md#validation) is answered 400 with every offending field.""")
    @RequestBody(required = true, description = "The case: only provider.role is required.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClassificationRequest.class)))
    @Parameter(name = RequestIds.HEADER, in = ParameterIn.HEADER, description = """
            An id for this request (1 to 128 letters, digits and . _ : -), echoed on the answer and in the service's \
            log lines; another value, or none, gets a new UUID.""",
            schema = @Schema(type = SchemaType.STRING), example = "c0a8-4f2e-9b1d")
    @APIResponse(responseCode = "200", description = """
            The classification of the case, its explanation written in the language negotiated from Accept-Language \
            and named in Content-Language. With Accept: image/svg+xml (preferred to application/json), the case's \
            timeline as an SVG picture instead (docs/result.md#timeline-picture): the content up and down, each \
            notice and its handling, the timeliness bands, knowledge, the liable periods, actBy, asOf and the dates \
            of the law, labelled in the negotiated language; the same request gives the same picture, its decisionId \
            aside.""",
            headers = {
                @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = """
                        The language of the explanation texts: zh-CN when Accept-Language prefers any zh range, \
                        otherwise en.""", schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "zh-CN"})),
                @Header(name = HttpHeaders.VARY, description = """
                        Accept-Language: the texts depend on it; on the picture, Accept, Accept-Language.""",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = RequestIds.HEADER, description = """
                        The request id: the caller's X-Request-Id when it is a plain token, else one the service \
                        made; on every answer, and the instance of every problem.""",
                        schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9._:-]{1,128}$")),
                @Header(name = ClassificationResource.DECISION_ID_HEADER,
                        description = "The decisionId of the answer.",
                        schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            },
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClassificationResponse.class)),
                @Content(mediaType = TimelinePicture.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                        description = """
                                An SVG 1.1 document: the timeline of the case (docs/result.md#timeline-picture). Each \
                                fact it draws is a group with a <title> (its text in the negotiated language) and a \
                                <metadata> (its instant or interval in ISO 8601 at +08:00)."""))})
    @APIResponse(responseCode = "400", description = """
            The body is not a JSON object of the request shape, or breaks a rule of its validation \
            (docs/request.md#validation); errors lists \
            every offending field.""", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406",
            description = "The Accept header admits none of JSON, problem+json and image/svg+xml.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body exceeds the configured size limit.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = """
            The service is busy: a request that asks for counterfactuals, or whose body is larger than 16 KiB, arrived while the configured number of expensive requests were \
            running and as many were waiting (liability.admission.*). Send it again after Retry-After seconds \
            (/problems/service-busy).""",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before sending the request again.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500",
            description = "An error in the service; the answer carries the reference it was logged under.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> classify(byte[] body,
            @Parameter(description = """
                    The language of the explanation texts (RFC 9110 §12.5.4): any zh range (zh, zh-CN, zh-Hans-CN) \
                    gives Chinese, anything else English; q-values are honoured (zh;q=0 excludes Chinese), and a \
                    missing or malformed header gives English, never an error.""", example = "zh-CN, en;q=0.8")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = """
                    Extra parts of the answer, comma-separated. counterfactuals: minimal changes to the request that \
                    would change the outcome, each a JSON Patch with the outcome recomputed by the engine.""",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"counterfactuals"}))
            @QueryParam(Classifier.INCLUDE) String include,
            @Parameter(description = EXPLAIN_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {Classifier.FULL, Classifier.NONE}),
                    example = Classifier.NONE)
            @QueryParam(Classifier.EXPLAIN) String explain,
            @Context HttpServerRequest connection) {
        List<Violation> query = Classifier.queryViolations(QueryParameters.of(connection));
        boolean picture = AcceptGuard.prefersPicture(AcceptGuard.header(connection, HttpHeaders.ACCEPT));
        if (picture && query.isEmpty()) {
            query = pictureViolations(include, explain);
        }
        if (!query.isEmpty()) {
            return CompletableFuture.completedFuture(ProblemMapper.invalidQuery(query));
        }
        byte[] request = body == null ? new byte[0] : body;
        Classifier.Asked asked = new Classifier.Asked(Language.negotiate(acceptLanguage), include != null,
                Classifier.explained(explain));
        Budgets.Request budget = budgets.start(() -> connection.response().closed());
        if (request.length <= EVENT_LOOP_BODY_LIMIT && !asked.counterfactuals()) {
            return CompletableFuture.completedFuture(picture ? picture(request, asked.language(), budget)
                    : answer(request, asked, budget, connection.response()));
        }
        return Uni.createFrom().item(() -> admitted(request, asked, picture, budget, connection.response()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).subscribeAsCompletionStage();
    }

    /** The description of {@code explain}. */
    static final String EXPLAIN_DESCRIPTION = """
            How much of the reasoning the answer holds (docs/api.md#lean-answers). full (the default): the \
            explanation, every finding of the procedure as a sentence. none: the lean answer for machine callers, \
            without the explanation property (left out, not empty), decided without recording the findings; every \
            other property is that of the full answer, the short texts of contested[].detail and \
            counterfactuals[].explanation included, so Accept-Language and Content-Language apply as before. With \
            Accept: image/svg+xml only none is taken: the picture holds no explanation.""";

    /**
     * What the timeline picture cannot give: counterfactuals ({@code include}), and the explanation that an explicit
     * {@code explain=full} asks for. {@code explain=none} is what the picture is: it holds no explanation.
     */
    private static List<Violation> pictureViolations(String include, String explain) {
        List<Violation> out = new ArrayList<>();
        if (include != null) {
            out.add(new Violation(Classifier.INCLUDE, "the timeline picture (Accept: " + TimelinePicture.MEDIA_TYPE
                    + ") draws no counterfactuals: ask for application/json to have them", List.of()));
        }
        if (Classifier.FULL.equals(explain)) {
            out.add(new Violation(Classifier.EXPLAIN, "the timeline picture (Accept: " + TimelinePicture.MEDIA_TYPE
                    + ") holds no explanation: ask for application/json to have it", List.of(Classifier.NONE)));
        }
        return out;
    }

    /** An expensive request (counterfactuals, a large body) runs only with a place ({@link Admission}). */
    private Response admitted(byte[] body, Classifier.Asked asked, boolean picture, Budgets.Request budget,
            HttpServerResponse response) {
        Admission.Place place = admission.enter();
        if (place == null) {
            return admission.busy();
        }
        try (place) {
            return picture ? picture(body, asked.language(), budget) : answer(body, asked, budget, response);
        }
    }

    /** The timeline picture of the case (docs/result.md#timeline-picture), or the same 400 as the JSON answer. */
    private Response picture(byte[] body, Language language, Budgets.Request budget) {
        try (DecisionTelemetry.Observation observation = telemetry.start()) {
            return switch (classifier.draw(body, language, observation, budget)) {
                case Classifier.Refused refused -> ProblemMapper.response(refused.problem());
                case Classifier.Drawn drawn -> Response.ok(drawn.svg(),
                                TimelinePicture.MEDIA_TYPE)
                        .header(DECISION_ID_HEADER, drawn.decisionId())
                        .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE)
                        .build();
            };
        }
    }

    /** The JSON answer, or its 400 ({@link JsonAnswers}, through which {@link ClassificationRoute} answers too). */
    private Response answer(byte[] body, Classifier.Asked asked, Budgets.Request budget,
            HttpServerResponse response) {
        JsonAnswers.Json json = answers.answer(body, asked, budget, response);
        return json.problem() != null ? ProblemMapper.response(json.problem())
                : Response.ok(json.classification(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
