package cn.netlaw.api;

import java.util.Optional;
import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.QueryParam;
import com.fasterxml.jackson.databind.JsonNode;
import cn.netlaw.liability.Violation;
import cn.netlaw.liability.Evaluation;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Rejection;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/classifications}: read the body, evaluate the case, write the answer. The body is taken raw
 * and read by {@link CaseReader}, so that every fault of the request becomes a 400 problem naming its field; the
 * engine's own rejections (§4.5 items 4–14) become the same 400. The engine is pure computation of a few
 * milliseconds; the method runs on a worker thread so that a large request never holds an event loop.
 */
@Path("/api/v1/classifications")
@Tag(name = "Classification", description = """
        Classifies a network service provider's civil liability for its users' infringement under PRC law (Civil Code \
        2021-, Tort Liability Law 2010-2020, with the Regulation, the E-Commerce Law and the SPC interpretations), \
        following decision-spec 2.3.""")
public class ClassificationResource {

    /** The request of decision-spec §4.1: a copyright notice, handled in time, then a counter-notice. */
    static final String NOTICE_HANDLED_IN_TIME = """
            {
              "provider": {
                "role": "STORAGE",
                "knowledge": "NOT_ASSESSED",
                "knowledgeSince": null,
                "indicatorsSince": null,
                "participatesInContent": false, "coProvidesWithUser": false, "userUploadProven": true, "altersContent": false,
                "selectsRecipients": false, "selectsTransmittedContent": false, "exposesToNonDesignatedRecipients": false,
                "substitutesSource": false, "substitutionNoUnreasonablePrejudice": false,
                "servesAfterOriginRemoval": false, "interferesWithOriginStats": false,
                "identifiesAsProvider": true, "instigates": false,
                "selfInitiatedMeasureAt": null, "userWarnedAt": null,
                "indicators": {
                  "algorithmicRecommendation": false, "manualEditorialHandling": false, "manualPrePublicationReview": false,
                  "prominentPlacement": false, "hotOrWellKnownWork": false, "infringementObvious": false,
                  "directEconomicBenefit": false, "priorNoticeSameUserOrInformation": false, "priorNoticeSameWork": false,
                  "reasonableTechnicalMeasures": false
                }
              },
              "noticeHistory": [
                {
                  "receivedAt": "2022-04-02T09:00:00+08:00", "reappearedAt": null, "newGrounds": false,
                  "channel": "EMAIL", "publishedChannel": false,
                  "includesIdentity": true, "includesPreliminaryEvidence": true, "includesReason": false, "locatesContent": true,
                  "itemCount": 1, "malicious": false, "goodFaithProven": false,
                  "forwardedAt": "2022-04-02T10:00:00+08:00", "measuresTakenAt": "2022-04-02T15:00:00+08:00",
                  "measureEffective": true, "restoredAt": null,
                  "counterNotice": {
                    "receivedAt": "2022-04-03T09:00:00+08:00", "includesIdentity": true, "includesPreliminaryEvidence": true,
                    "forwardedToRightsHolderAt": "2022-04-03T12:00:00+08:00", "rightsHolderComplainedOrSuedAt": null,
                    "excludedDelayWorkingDays": 0
                  }
                }
              ],
              "rightType": "COPYRIGHT",
              "conductDate": "2022-04-01", "conductEndDate": null, "ongoing": null, "asOf": null,
              "ecommercePlatform": false, "contentInfringing": true, "paidDeletionAgreement": false
            }
            """;

    /** The smallest complete request (§4.1). */
    static final String MINIMAL = """
            {"provider": {"role": "STORAGE"}}
            """;

    private final CaseReader reader;
    private final LiabilityEngine engine;
    private final ClassificationWriter writer;
    private final Ruleset ruleset;
    private final DecisionTelemetry telemetry;

    ClassificationResource(CaseReader reader, LiabilityEngine engine, ClassificationWriter writer, Ruleset ruleset,
            DecisionTelemetry telemetry) {
        this.reader = reader;
        this.engine = engine;
        this.writer = writer;
        this.ruleset = ruleset;
        this.telemetry = telemetry;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "classify", summary = "Classify the provider's liability for one case", description = """
            Evaluates one case (decision-spec 2.3 §4.1) by the decision procedure of §5 and answers the classification \
            of §4.6: regime, liability, rule, joint liability and its scope, the liable periods, knowledge, harbours, \
            the notifier's liability, duty breaches, pending deadlines, the provisions cited, reasons, review flags, \
            the defaults assumed, and the explanation of each step in the language negotiated from Accept-Language \
            (named in Content-Language). The evaluation instant (the default asOf) comes from the service's clock. A \
            request that breaks the request shape or a rule of §4.5 is answered 400 with every offending field.""")
    @RequestBody(required = true, description = "The case: only provider.role is required.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClassificationRequest.class),
            examples = {
                @ExampleObject(name = "noticeHandledInTime",
                        summary = "§4.1: a copyright notice handled in time, then a counter-notice",
                        value = NOTICE_HANDLED_IN_TIME),
                @ExampleObject(name = "minimal", summary = "The smallest complete request: a storage provider",
                        value = MINIMAL)
            }))
    @APIResponse(responseCode = "200", description = """
            The classification of the case, its explanation written in the language negotiated from Accept-Language \
            and named in Content-Language.""",
            headers = {
                @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = """
                        The language of the explanation texts: zh-CN when Accept-Language prefers any zh range, \
                        otherwise en.""", schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "zh-CN"})),
                @Header(name = HttpHeaders.VARY, description = "Accept-Language: the texts depend on it.",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClassificationResponse.class),
                    examples = {
                        @ExampleObject(name = "en", summary = "The §4.1 request, Accept-Language: en",
                                value = ClassificationExamples.NOTICE_HANDLED_IN_TIME_EN),
                        @ExampleObject(name = "zh", summary = "The §4.1 request, Accept-Language: zh-CN",
                                value = ClassificationExamples.NOTICE_HANDLED_IN_TIME_ZH)
                    }))
    @APIResponse(responseCode = "400", description = """
            The body is not a JSON object of the request shape, or breaks a rule of decision-spec §4.5; errors lists \
            every offending field.""", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body exceeds the configured size limit.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500",
            description = "An error in the service; the answer carries the reference it was logged under.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response classify(byte[] body,
            @Parameter(description = """
                    The language of the explanation texts (RFC 9110 §12.5.4): any zh range (zh, zh-CN, zh-Hans-CN) \
                    gives Chinese, anything else English; q-values are honoured (zh;q=0 excludes Chinese), and a \
                    missing or malformed header gives English, never an error.""", example = "zh-CN, en;q=0.8")
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = """
                    Extra parts of the answer, comma-separated. counterfactuals: minimal changes to the request that \
                    would change the outcome, each a JSON Patch with the outcome recomputed by the engine.""",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"counterfactuals"}))
            @QueryParam("include") String include,
            @Context UriInfo uri) {
        List<Violation> query = queryViolations(uri);
        if (!query.isEmpty()) {
            return ProblemMapper.invalidQuery(query);
        }
        boolean withCounterfactuals = include != null;
        UUID decisionId = UUID.randomUUID();
        try (DecisionTelemetry.Observation observation = telemetry.start(decisionId)) {
            return answer(body, decisionId, observation, Language.negotiate(acceptLanguage), withCounterfactuals);
        }
    }

    /** Only {@code include=counterfactuals} is a known query parameter: anything else is refused, never ignored. */
    private static List<Violation> queryViolations(UriInfo uri) {
        List<Violation> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (!parameter.getKey().equals("include")) {
                out.add(new Violation(parameter.getKey(), "unknown query parameter", List.of("include")));
                continue;
            }
            if (parameter.getValue().size() != 1) {
                out.add(new Violation("include", "give include once", List.of("counterfactuals")));
                continue;
            }
            for (String part : parameter.getValue().get(0).split(",", -1)) {
                if (!part.trim().equals("counterfactuals")) {
                    out.add(new Violation("include", "'" + CaseReader.shorten(part.trim())
                            + "' is not a part the answer can include", List.of("counterfactuals")));
                }
            }
        }
        return out;
    }

    private Evaluation evaluate(CaseReader.Facts facts) {
        return facts.policy() == null ? engine.evaluate(facts.facts())
                : engine.evaluate(facts.facts(), facts.policy().applyTo(engine.policy()));
    }

    private Optional<Classification> reclassify(JsonNode patched) {
        if (reader.read(patched) instanceof CaseReader.Facts facts
                && evaluate(facts) instanceof Classification classification) {
            return Optional.of(classification);
        }
        return Optional.empty();
    }

    private Response answer(byte[] body, UUID decisionId, DecisionTelemetry.Observation observation,
            Language language, boolean withCounterfactuals) {
        return switch (reader.read(body)) {
            case CaseReader.Invalid invalid -> ProblemMapper.invalidRequest(invalid.violations());
            case CaseReader.Facts facts -> switch (evaluate(facts)) {
                case Rejection rejection -> ProblemMapper.invalidRequest(rejection.violations());
                case Classification classification -> {
                    observation.classified(classification);
                    List<Counterfactuals.Counterfactual> counterfactuals = withCounterfactuals
                            ? Counterfactuals.explore(reader.tree(body), classification, this::reclassify,
                                    language.locale())
                            : null;
                    yield Response.ok(writer.write(classification, decisionId, ruleset.version(), language,
                                    counterfactuals), MediaType.APPLICATION_JSON)
                            .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                            .build();
                }
            };
        };
    }
}
