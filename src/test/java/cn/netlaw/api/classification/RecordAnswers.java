package cn.netlaw.api.classification;

import cn.netlaw.api.counterfactual.Counterfactuals;
import cn.netlaw.api.explanation.ExplanationWriter;
import cn.netlaw.api.explanation.Language;
import cn.netlaw.liability.Budget;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.Exploration;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.UUID;

/**
 * The answer as the service wrote it before issue 17: the response records ({@link ClassificationResponse} and its
 * parts) built from the classification and serialised by Jackson databind. The contract's schema is made from those
 * records, so {@link ClassificationWriter}'s bytes are held to theirs ({@link StreamedAnswersTest}).
 */
final class RecordAnswers {

    private final ObjectMapper mapper = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private final ExplanationWriter explanations;

    RecordAnswers(ExplanationWriter explanations) {
        this.explanations = explanations;
    }

    /**
     * The response record of one decision with its counterfactuals (null: not requested), its explanation left out
     * (null) when not {@code explained}.
     */
    ClassificationResponse response(Classification c, UUID decisionId, String rulesetVersion, Language language,
            Counterfactuals.Result counterfactuals, boolean explained) {
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
                ClassificationWriter.instant(c.expandedFrom()),
                ClassificationWriter.instant(c.expandedUntil()),
                periods(c.expandedPeriods()),
                ClassificationWriter.instant(c.knowledgeFrom()),
                c.effectiveKnowledge(),
                c.safeHarbour(),
                c.notifierLiability(),
                c.notifierLiabilityByNotice().stream()
                        .map(n -> new ClassificationResponse.NoticeLiability(
                                n.notice(), ClassificationWriter.instant(n.receivedAt()), n.regime(), n.liability()))
                        .toList(),
                c.paidDeletionAgreement(),
                c.dutyBreaches(),
                ClassificationWriter.instant(c.actBy()),
                ClassificationWriter.instant(c.clearlyLateAt()),
                c.legalBasis(),
                c.reasons(),
                c.reviewFlags(),
                c.assumptions().stream()
                        .map(a -> new ClassificationResponse.AssumptionMade(a.code(), a.value()))
                        .toList(),
                explained ? explanations.write(c.explanation(), language) : null,
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

    /** A record (a response, a batch's results) as databind writes it. */
    byte[] render(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the record could not be rendered", e);
        }
    }

    private static String cut(Budget.Cut cut) {
        return cut == null ? null : cut.name();
    }

    private static List<ClassificationResponse.LiablePeriod> periods(List<cn.netlaw.liability.LiablePeriod> periods) {
        return periods.stream()
                .map(p -> new ClassificationResponse.LiablePeriod(ClassificationWriter.instant(p.from()),
                        ClassificationWriter.instant(p.until())))
                .toList();
    }
}
