package cn.netlaw.api;

import cn.netlaw.liability.Classification;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Rejection;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    ClassificationResource(CaseReader reader, LiabilityEngine engine, ClassificationWriter writer, Ruleset ruleset) {
        this.reader = reader;
        this.engine = engine;
        this.writer = writer;
        this.ruleset = ruleset;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "classify", summary = "Classify the provider's liability for one case", description = """
            Evaluates one case (decision-spec 2.3 §4.1) by the decision procedure of §5 and answers the classification \
            of §4.6: regime, liability, rule, joint liability and its scope, the liable periods, knowledge, harbours, \
            the notifier's liability, duty breaches, pending deadlines, the provisions cited, reasons, review flags \
            and the defaults assumed. The evaluation instant (the default asOf) comes from the service's clock. A \
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
    @APIResponse(responseCode = "200", description = "The classification of the case.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassificationResponse.class)))
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
    public Response classify(byte[] body) {
        return switch (reader.read(body)) {
            case CaseReader.Invalid invalid -> ProblemMapper.invalidRequest(invalid.violations());
            case CaseReader.Facts facts -> switch (engine.evaluate(facts.facts())) {
                case Rejection rejection -> ProblemMapper.invalidRequest(rejection.violations());
                case Classification classification -> Response
                        .ok(writer.write(classification, UUID.randomUUID(), ruleset.version()), MediaType.APPLICATION_JSON)
                        .build();
            };
        };
    }
}
