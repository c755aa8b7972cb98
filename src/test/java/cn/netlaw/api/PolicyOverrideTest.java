package cn.netlaw.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.liability.Band;
import cn.netlaw.liability.BandRight;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.TimelinessClass;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configured policy values reach the engine, and change the rulesetVersion. */
@QuarkusTest
@TestProfile(PolicyOverrideTest.ShorterCopyrightThreshold.class)
class PolicyOverrideTest {

    public static class ShorterCopyrightThreshold implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "liability.policy.timeliness-hours.host.copyright.prompt", "12",
                    "liability.policy.holidays", "2025-10-01,2025-10-02");
        }
    }

    @Inject
    LiabilityEngine engine;

    @Inject
    Ruleset ruleset;

    @Test
    void the_configured_threshold_and_holidays_are_the_engine_policy() {
        Policy policy = engine.policy();
        assertThat(policy.band(TimelinessClass.HOST, BandRight.COPYRIGHT).prompt()).isEqualTo(12);
        assertThat(policy.band(TimelinessClass.HOST, BandRight.PERSONALITY)).isEqualTo(new Band(24, 120));
        assertThat(policy.holidays()).contains(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2));
    }

    @Test
    void another_policy_answers_with_another_ruleset_version() {
        assertThat(ruleset.version()).matches("3\\.0/[0-9a-f]{6}")
                .isNotEqualTo(Ruleset.of(Policy.defaults()).version());
    }
}
