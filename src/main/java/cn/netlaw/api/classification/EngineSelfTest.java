package cn.netlaw.api.classification;

import cn.netlaw.liability.Classification;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.LiablePeriod;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Rejection;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness self-test: the reference request (docs/request.md#reference-request,
 * {@link ContractExamples#NOTICE_HANDLED_IN_TIME}) is read by the service's {@link CaseReader} and classified
 * with the default policy at 2025-06-30T12:00:00+08:00; the outcome must be the answer printed there, compared as
 * scenarios are judged (docs/scenarios.md#judging):
 * every field exactly, except the informative {@code reasons} (those shown must be among them) and
 * {@code assumptions} (those shown must appear in that order; the engine may add its own). A replica whose reading
 * or decision procedure answers otherwise reports DOWN, naming each field that differs, and receives no traffic.
 *
 * <p>The check uses the default policy, not the configured one, so that an operator's thresholds never make a replica
 * unready; it checks the code and the catalogue, not the configuration.
 */
@Readiness
@Singleton
public class EngineSelfTest implements HealthCheck {

    public static final String NAME = "engine-self-test";

    /** The evaluation instant of the reference request's printed answer. */
    static final OffsetDateTime EVALUATED_AT = OffsetDateTime.parse("2025-06-30T12:00:00+08:00");

    /**
     * The printed answer of the reference request (docs/request.md#reference-request), as {@link #outcome} renders it.
     */
    static final Map<String, Object> EXPECTED = expected();

    private static final String REASONS = "reasons";
    private static final String ASSUMPTIONS = "assumptions";
    /** What {@link #classify} answers, under this key alone, when the case is not classified. */
    private static final String NOT_CLASSIFIED = "request";

    private final CaseReader reader;
    private final LiabilityEngine engine =
            new LiabilityEngine(Policy.defaults(), Clock.fixed(EVALUATED_AT.toInstant(), EVALUATED_AT.getOffset()));

    EngineSelfTest(CaseReader reader) {
        this.reader = reader;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named(NAME)
                .withData("case", "the reference request (docs/request.md#reference-request), evaluated at "
                        + EVALUATED_AT);
        List<String> differences = differences(classify());
        if (differences.isEmpty()) {
            return answer.up().build();
        }
        return answer.down().withData("reason", String.join("; ", differences)).build();
    }

    /** The outcome of the reference request, or a single entry saying why there is none. */
    Map<String, Object> classify() {
        try {
            return switch (reader.read(ContractExamples.NOTICE_HANDLED_IN_TIME)) {
                case CaseReader.Invalid invalid ->
                        Map.of(NOT_CLASSIFIED, "refused by the reader: " + invalid.violations());
                case CaseReader.Facts facts -> switch (engine.evaluate(facts.facts())) {
                    case Rejection rejection ->
                            Map.of(NOT_CLASSIFIED, "rejected by the engine: " + rejection.violations());
                    case Classification classification -> outcome(classification);
                };
            };
        } catch (RuntimeException e) {
            // Reported as DOWN with the failure's kind only: the readiness answer is not the place for a stack.
            return Map.of(NOT_CLASSIFIED, "the evaluation failed: " + e.getClass().getSimpleName());
        }
    }

    /** Each field of {@link #EXPECTED} that {@code actual} does not match, as "field: expected X, got Y". */
    static List<String> differences(Map<String, Object> actual) {
        if (actual.containsKey(NOT_CLASSIFIED)) {
            return List.of(NOT_CLASSIFIED + ": " + actual.get(NOT_CLASSIFIED));
        }
        List<String> differences = new ArrayList<>();
        EXPECTED.forEach((field, expected) -> {
            Object got = actual.get(field);
            boolean matches = switch (field) {
                case REASONS -> got instanceof List<?> reasons && reasons.containsAll((List<?>) expected);
                case ASSUMPTIONS -> got instanceof List<?> assumptions
                        && isSubsequence((List<?>) expected, assumptions);
                default -> Objects.equals(expected, got);
            };
            if (!matches) {
                String wanted = switch (field) {
                    case REASONS -> "at least " + expected;
                    case ASSUMPTIONS -> "in order at least " + expected;
                    default -> String.valueOf(expected);
                };
                differences.add(field + ": expected " + wanted + ", got " + got);
            }
        });
        return differences;
    }

    private static boolean isSubsequence(List<?> expected, List<?> actual) {
        int next = 0;
        for (Object item : actual) {
            if (next < expected.size() && expected.get(next).equals(item)) {
                next++;
            }
        }
        return next == expected.size();
    }

    /** The fields of a result (docs/result.md): enum names, lists of names in order, instants at +08:00 or null. */
    static Map<String, Object> outcome(Classification c) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("regime", c.regime().name());
        outcome.put("specialRegimes", names(c.specialRegimes()));
        outcome.put("liability", c.liability().name());
        outcome.put("rule", c.rule().name());
        outcome.put("joint", c.joint());
        outcome.put("jointScope", c.jointScope().name());
        outcome.put("certainty", c.certainty().name());
        outcome.put("contested", c.contested().stream()
                .map(point -> point.question() + ":" + point.subject()).toList());
        outcome.put("alternatives", c.alternatives().stream().map(Object::toString).toList());
        outcome.put("liablePeriods", periods(c.liablePeriods()));
        outcome.put("expandedFrom", ClassificationWriter.instant(c.expandedFrom()));
        outcome.put("expandedUntil", ClassificationWriter.instant(c.expandedUntil()));
        outcome.put("expandedPeriods", periods(c.expandedPeriods()));
        outcome.put("knowledgeFrom", ClassificationWriter.instant(c.knowledgeFrom()));
        outcome.put("effectiveKnowledge", c.effectiveKnowledge().name());
        outcome.put("safeHarbour", c.safeHarbour().name());
        outcome.put("notifierLiability", c.notifierLiability().name());
        outcome.put("notifierLiabilityByNotice", c.notifierLiabilityByNotice().stream()
                .map(n -> n.notice() + ":" + n.liability()).toList());
        outcome.put("paidDeletionAgreement", c.paidDeletionAgreement().name());
        outcome.put("dutyBreaches", names(c.dutyBreaches()));
        outcome.put("actBy", ClassificationWriter.instant(c.actBy()));
        outcome.put("clearlyLateAt", ClassificationWriter.instant(c.clearlyLateAt()));
        outcome.put("legalBasis", names(c.legalBasis()));
        outcome.put(REASONS, names(c.reasons()));
        outcome.put("reviewFlags", names(c.reviewFlags()));
        outcome.put(ASSUMPTIONS, c.assumptions().stream().map(a -> a.code().name() + "=" + a.value()).toList());
        return outcome;
    }

    private static List<String> periods(List<LiablePeriod> periods) {
        return periods.stream()
                .map(p -> ClassificationWriter.instant(p.from()) + "/" + ClassificationWriter.instant(p.until()))
                .toList();
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static Map<String, Object> expected() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("regime", "CIVIL_CODE");
        expected.put("specialRegimes", List.of("NDR_REGULATION"));
        expected.put("liability", "NONE");
        expected.put("rule", "SAFE_HARBOUR");
        expected.put("joint", false);
        expected.put("jointScope", "NONE");
        expected.put("certainty", "DETERMINED");
        expected.put("contested", List.of());
        expected.put("alternatives", List.of());
        expected.put("liablePeriods", List.of());
        expected.put("expandedFrom", null);
        expected.put("expandedUntil", null);
        expected.put("expandedPeriods", List.of());
        expected.put("knowledgeFrom", null);
        expected.put("effectiveKnowledge", "NONE");
        expected.put("safeHarbour", "SATISFIED");
        expected.put("notifierLiability", "NOT_APPLICABLE");
        expected.put("notifierLiabilityByNotice", List.of());
        expected.put("paidDeletionAgreement", "NOT_APPLICABLE");
        expected.put("dutyBreaches", List.of("FAILED_TO_TERMINATE_MEASURES_AFTER_COUNTER_NOTICE"));
        expected.put("actBy", null);
        expected.put("clearlyLateAt", null);
        expected.put("legalBasis", List.of("REG_22", "CIVIL_CODE_1195_2", "CIVIL_CODE_1195_1", "CIVIL_CODE_201",
                "CIVIL_CODE_203"));
        expected.put(REASONS, List.of("NOTICE_ACTED_ON_IN_TIME"));
        expected.put("reviewFlags", List.of("DEFAULT_THRESHOLD_APPLIED"));
        expected.put(ASSUMPTIONS, List.of(
                "AS_OF_ASSUMED=2025-06-30T12:00:00+08:00",
                "CONDUCT_END_ASSUMED=2022-04-02T15:00:00+08:00",
                "TIMELINESS_THRESHOLD=NOTICE/HOST/COPYRIGHT: 24h/72h",
                "COUNTER_NOTICE_PERIOD_END=2022-04-19T00:00:00+08:00",
                "HOLIDAY_CALENDAR=WEEKENDS_ONLY"));
        return Collections.unmodifiableMap(expected);
    }
}
