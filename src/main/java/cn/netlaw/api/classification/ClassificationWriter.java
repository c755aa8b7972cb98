package cn.netlaw.api.classification;

import cn.netlaw.api.counterfactual.Counterfactuals;
import cn.netlaw.api.explanation.Citations;
import cn.netlaw.api.explanation.ExplanationWriter;
import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.provisions.ProvisionCatalogue;
import cn.netlaw.liability.Budget;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.Exploration;
import cn.netlaw.liability.Moment;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Renders a {@link Classification} as the result JSON (docs/result.md): the fields in the documented order, every
 * field present (nulls are written, never dropped), instants ISO-8601 at +08:00 with seconds always shown, the
 * explanation in the requested language, plus {@code decisionId} and {@code rulesetVersion}. Plain Java, usable
 * without a container.
 */
public final class ClassificationWriter {

    private final ObjectMapper mapper = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private final ExplanationWriter explanations;

    /** A writer whose explanations cite the service's catalogue ({@link ProvisionCatalogue#standard()}). */
    public ClassificationWriter() {
        this(new ExplanationWriter(new Citations(ProvisionCatalogue.standard())));
    }

    public ClassificationWriter(ExplanationWriter explanations) {
        this.explanations = explanations;
    }

    /** The response record of one decision, explained in English. */
    public ClassificationResponse response(Classification classification, UUID decisionId, String rulesetVersion) {
        return response(classification, decisionId, rulesetVersion, Language.ENGLISH);
    }

    /** The response record of one decision, explained in the language. */
    public ClassificationResponse response(Classification classification, UUID decisionId, String rulesetVersion,
                                           Language language) {
        return response(classification, decisionId, rulesetVersion, language, null);
    }

    /** The response record of one decision with its counterfactuals (null: not requested). */
    public ClassificationResponse response(Classification classification, UUID decisionId, String rulesetVersion,
                                           Language language, Counterfactuals.Result counterfactuals) {
        Classification c = classification;
        Exploration e = c.exploration();
        return new ClassificationResponse(
                c.regime(),
                c.specialRegimes(),
                c.liability(),
                c.rule(),
                c.joint(),
                c.jointScope(),
                c.certainty(),
                c.contested().stream()
                        .map(q -> new ClassificationResponse.ContestedEntry(q.question(), q.subject(),
                                explanations.contested(q, language)))
                        .toList(),
                c.alternatives().stream()
                        .map(a -> new ClassificationResponse.AlternativeEntry(
                                a.assuming().stream().map(r -> new ClassificationResponse.ReadingEntry(
                                        r.question(), r.subject(), r.reading())).toList(),
                                new ClassificationResponse.AlternativeOutcome(a.outcome().regime(),
                                        a.outcome().liability(), a.outcome().rule(), a.outcome().joint(),
                                        a.outcome().jointScope(), periods(a.outcome().liablePeriods()))))
                        .toList(),
                new ClassificationResponse.ExplorationEntry(
                        new ClassificationResponse.AlternativesExploration(e.complete(), e.questionsRaised(),
                                e.questionsExplored(), e.evaluations(), cut(e.cutBy())),
                        counterfactuals == null ? null : new ClassificationResponse.CounterfactualsExploration(
                                counterfactuals.cutBy() == null, counterfactuals.candidates(),
                                counterfactuals.explored(), cut(counterfactuals.cutBy()))),
                periods(c.liablePeriods()),
                instant(c.expandedFrom()),
                instant(c.expandedUntil()),
                periods(c.expandedPeriods()),
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
                instant(c.clearlyLateAt()),
                c.legalBasis(),
                c.reasons(),
                c.reviewFlags(),
                c.assumptions().stream()
                        .map(a -> new ClassificationResponse.AssumptionMade(a.code(), a.value()))
                        .toList(),
                explanations.write(c.explanation(), language),
                decisionId.toString(),
                rulesetVersion,
                counterfactuals == null ? null : counterfactuals.found().stream()
                        .map(cf -> new ClassificationResponse.CounterfactualEntry(
                                cf.changes().stream().map(o -> new ClassificationResponse.PatchOperation(
                                        o.op(), o.path(), o.value())).toList(),
                                new ClassificationResponse.Outcome(cf.outcome().liability(), cf.outcome().rule(),
                                        cf.outcome().joint(), cf.outcome().jointScope(), cf.outcome().regime()),
                                cf.explanation()))
                        .toList());
    }

    /** The result JSON (UTF-8) of one decision, explained in English. */
    public byte[] write(Classification classification, UUID decisionId, String rulesetVersion) {
        return write(classification, decisionId, rulesetVersion, Language.ENGLISH);
    }

    /** The result JSON (UTF-8) of one decision, explained in the language. */
    public byte[] write(Classification classification, UUID decisionId, String rulesetVersion, Language language) {
        return write(classification, decisionId, rulesetVersion, language, null);
    }

    /** The result JSON (UTF-8) of one decision with its counterfactuals (null: not requested). */
    public byte[] write(Classification classification, UUID decisionId, String rulesetVersion, Language language,
                        Counterfactuals.Result counterfactuals) {
        return write(response(classification, decisionId, rulesetVersion, language, counterfactuals));
    }

    /** The result JSON (UTF-8) of a response record. */
    public byte[] write(ClassificationResponse response) {
        return render(response);
    }

    /** The JSON (UTF-8) of a batch's results, each classification as {@link #write(ClassificationResponse)} writes it. */
    public byte[] write(ClassificationBatchResponse batch) {
        return render(batch);
    }

    /** The results of a batch, made one at a time as they are written. */
    public interface BatchResults {
        /** The next result, or null when there is none (or the rest is not wanted). */
        ClassificationBatchResponse.Item next();
    }

    /**
     * Writes a batch's answer, {@code {"results": [...]}}, to {@code output} as its results are made: each result is
     * written as {@link #write(ClassificationBatchResponse)} would write it, and nothing but the generator's buffer is
     * held, so memory does not grow with the answer.
     */
    public void writeBatch(java.io.OutputStream output, BatchResults results) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonGenerator json = mapper.getFactory().createGenerator(output)) {
            json.writeStartObject();
            json.writeArrayFieldStart("results");
            for (ClassificationBatchResponse.Item item = results.next(); item != null; item = results.next()) {
                mapper.writeValue(json, item);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private byte[] render(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the result could not be rendered", e);
        }
    }

    /** A cut as the API names it (the engine's CLIENT_GONE never reaches an answer: nobody reads it). */
    private static String cut(Budget.Cut cut) {
        return cut == null ? null : cut.name();
    }

    private static List<ClassificationResponse.LiablePeriod> periods(List<cn.netlaw.liability.LiablePeriod> periods) {
        return periods.stream()
                .map(p -> new ClassificationResponse.LiablePeriod(instant(p.from()), instant(p.until())))
                .toList();
    }

    /**
     * An instant as the API renders it: ISO-8601 at +08:00 to the whole second, never a fraction, e.g.
     * 2022-04-02T15:00:00+08:00.
     */
    public static String instant(Instant instant) {
        return instant == null ? null : Moment.render(instant);
    }
}
