package cn.netlaw.api;

import cn.netlaw.liability.Classification;
import cn.netlaw.liability.Moment;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Renders a {@link Classification} as the result JSON of decision-spec §4.6: the fields in the spec's order, every
 * field present (nulls are written, never dropped), instants ISO-8601 at +08:00 with seconds always shown, plus
 * {@code decisionId} and {@code rulesetVersion}. Plain Java, usable without a container.
 */
public final class ClassificationWriter {

    private static final DateTimeFormatter INSTANT_AT_CHINA = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ObjectMapper mapper = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The response record of one decision. */
    public ClassificationResponse response(Classification classification, UUID decisionId, String rulesetVersion) {
        Classification c = classification;
        return new ClassificationResponse(
                c.regime(),
                c.specialRegimes(),
                c.liability(),
                c.rule(),
                c.joint(),
                c.jointScope(),
                instant(c.expandedFrom()),
                instant(c.expandedUntil()),
                c.expandedPeriods().stream()
                        .map(p -> new ClassificationResponse.LiablePeriod(instant(p.from()), instant(p.until())))
                        .toList(),
                instant(c.knowledgeFrom()),
                c.effectiveKnowledge(),
                c.safeHarbour(),
                c.notifierLiability(),
                c.notifierLiabilityByNotice().stream()
                        .map(n -> new ClassificationResponse.NoticeLiability(
                                n.notice(), instant(n.receivedAt()), n.regime(), n.liability()))
                        .toList(),
                c.paidDeletionAgreement(),
                c.dutyBreaches(),
                instant(c.actBy()),
                c.legalBasis(),
                c.reasons(),
                c.reviewFlags(),
                c.assumptions().stream()
                        .map(a -> new ClassificationResponse.AssumptionMade(a.code(), a.value()))
                        .toList(),
                decisionId.toString(),
                rulesetVersion);
    }

    /** The result JSON (UTF-8) of one decision. */
    public byte[] write(Classification classification, UUID decisionId, String rulesetVersion) {
        try {
            return mapper.writeValueAsBytes(response(classification, decisionId, rulesetVersion));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the result could not be rendered", e);
        }
    }

    /** An instant as the API renders it: ISO-8601 at +08:00, seconds always shown, e.g. 2022-04-02T15:00:00+08:00. */
    public static String instant(Instant instant) {
        return instant == null ? null : INSTANT_AT_CHINA.format(instant.atOffset(Moment.CHINA));
    }
}
