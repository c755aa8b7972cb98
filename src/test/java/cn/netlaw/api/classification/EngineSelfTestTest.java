package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * The readiness self-test, without a container: the reference request gives the docs/result.md result, and a difference
 * is named.
 */
class EngineSelfTestTest {

    private final EngineSelfTest check = new EngineSelfTest(new CaseReader());

    @Test
    void the_request_of_section_4_1_gives_the_result_of_section_4_6_and_the_check_is_up() {
        assertThat(EngineSelfTest.differences(check.classify())).isEmpty();
        HealthCheckResponse response = check.call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getName()).isEqualTo(EngineSelfTest.NAME);
    }

    @Test
    void a_different_outcome_is_named_field_by_field() {
        Map<String, Object> actual = new LinkedHashMap<>(EngineSelfTest.EXPECTED);
        actual.put("liability", "INDIRECT");
        actual.put("rule", "NOTICE_RULE");
        assertThat(EngineSelfTest.differences(actual)).containsExactly(
                "liability: expected NONE, got INDIRECT",
                "rule: expected SAFE_HARBOUR, got NOTICE_RULE");
    }

    @Test
    void more_reasons_and_assumptions_than_section_4_6_shows_are_accepted_but_not_fewer() {
        Map<String, Object> actual = new LinkedHashMap<>(EngineSelfTest.EXPECTED);
        actual.put("reasons", List.of("REGIME_CIVIL_CODE", "NOTICE_ACTED_ON_IN_TIME"));
        List<Object> assumptions = new ArrayList<>((List<?>) EngineSelfTest.EXPECTED.get("assumptions"));
        assumptions.add(2, "TIMELINESS_DEADLINE=noticeHistory[0]: 2022-04-03T01:00:00Z");
        actual.put("assumptions", assumptions);
        assertThat(EngineSelfTest.differences(actual)).isEmpty();

        actual.put("reasons", List.of("REGIME_CIVIL_CODE"));
        assertThat(EngineSelfTest.differences(actual)).singleElement().asString().startsWith("reasons: expected at least");
    }

    @Test
    void a_case_that_is_not_classified_is_reported_with_what_happened() {
        assertThat(EngineSelfTest.differences(Map.of("request", "rejected by the engine: [...]")))
                .containsExactly("request: rejected by the engine: [...]");
    }
}
