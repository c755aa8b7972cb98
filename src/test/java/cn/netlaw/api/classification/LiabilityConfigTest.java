package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.netlaw.liability.Band;
import cn.netlaw.liability.BandRight;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.TimelinessClass;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code liability.*} as the service reads it, without a container (SmallRye Config alone). */
class LiabilityConfigTest {

    private static LiabilityConfig mapping(Map<String, String> environment, Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(environment, 300))
                .withSources(new PropertiesConfigSource(properties, "test", 250))
                .withMapping(LiabilityConfig.class)
                .build();
        return config.getConfigMapping(LiabilityConfig.class);
    }

    @Test
    void without_configuration_the_policy_is_the_specification_default() {
        LiabilityConfig config = mapping(Map.of(), Map.of());
        assertThat(EngineSetup.policy(config.policy())).isEqualTo(Policy.defaults());
        assertThat(config.evaluationTime()).isEmpty();
    }

    @Test
    void the_environment_variable_forms_of_the_keys_are_read() {
        LiabilityConfig config = mapping(Map.of(
                "LIABILITY_POLICY_TIMELINESS_HOURS_HOST_COPYRIGHT_PROMPT", "12",
                "LIABILITY_POLICY_TIMELINESS_HOURS_CONDUIT_COPYRIGHT_OTHER_LATE", "96",
                "LIABILITY_POLICY_TIMELINESS_HOURS_LIVE_PERSONALITY_PROMPT", "0.25",
                "LIABILITY_POLICY_LARGE_BATCH_ITEMS", "50",
                "LIABILITY_POLICY_COUNTER_NOTICE_DAYS", "20",
                "LIABILITY_POLICY_TLL_KNOWLEDGE_INCLUDES_SHOULD_HAVE_KNOWN", "false",
                "LIABILITY_POLICY_HOLIDAYS", "2025-10-01,2025-10-02",
                "LIABILITY_EVALUATION_TIME", "2025-06-30T12:00:00+08:00"), Map.of());
        Policy policy = EngineSetup.policy(config.policy());
        assertThat(policy.band(TimelinessClass.HOST, BandRight.COPYRIGHT)).isEqualTo(new Band(12, 72));
        assertThat(policy.band(TimelinessClass.CONDUIT, BandRight.COPYRIGHT_OTHER)).isEqualTo(new Band(24, 96));
        assertThat(policy.band(TimelinessClass.LIVE, BandRight.PERSONALITY)).isEqualTo(new Band(0.25, 2));
        assertThat(policy.band(TimelinessClass.HOST, BandRight.PATENT)).isEqualTo(new Band(72, 240));
        assertThat(policy.largeBatchItems()).isEqualTo(50);
        assertThat(policy.counterNoticeDays()).isEqualTo(20);
        assertThat(policy.tllKnowledgeIncludesShouldHaveKnown()).isFalse();
        assertThat(policy.holidays()).containsExactlyInAnyOrder(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2));
        assertThat(EngineSetup.clock(config).instant()).isEqualTo(Instant.parse("2025-06-30T04:00:00Z"));
    }

    @Test
    void the_property_forms_of_the_keys_are_read() {
        LiabilityConfig config = mapping(Map.of(), Map.of(
                "liability.policy.timeliness-hours.host.personality.late", "96",
                "liability.policy.adjusted-working-days", "2025-09-28",
                "liability.policy.conduit-notice-duty-before-civil-code", "true",
                "liability.policy.limitation-years", "4"));
        Policy policy = EngineSetup.policy(config.policy());
        assertThat(policy.band(TimelinessClass.HOST, BandRight.PERSONALITY)).isEqualTo(new Band(24, 96));
        assertThat(policy.adjustedWorkingDays()).containsExactly(LocalDate.of(2025, 9, 28));
        assertThat(policy.conduitNoticeDutyBeforeCivilCode()).isTrue();
        assertThat(policy.limitationYears()).isEqualTo(4);
    }

    @Test
    void the_3_0_defaults_hold_without_configuration_conduit_notices_before_2021_not_judged() {
        Policy policy = EngineSetup.policy(mapping(Map.of(), Map.of()).policy());
        assertThat(policy.conduitNoticeDutyBeforeCivilCode()).isFalse();
        assertThat(policy.band(TimelinessClass.HOST, BandRight.PERSONALITY_OBVIOUS)).isEqualTo(new Band(24, 72));
        assertThat(policy.band(TimelinessClass.ECOMMERCE, BandRight.PATENT)).isEqualTo(new Band(72, 240));
        assertThat(policy.band(TimelinessClass.LIVE, BandRight.COPYRIGHT)).isEqualTo(new Band(0.5, 2));
    }

    @Test
    void a_configured_band_whose_prompt_bound_exceeds_its_late_bound_is_refused() {
        LiabilityConfig config = mapping(Map.of("LIABILITY_POLICY_TIMELINESS_HOURS_HOST_TRADEMARK_PROMPT", "200"),
                Map.of());
        assertThatThrownBy(() -> EngineSetup.policy(config.policy())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not exceed late");
    }

    @Test
    void the_single_number_bands_of_2_x_and_the_patent_forwarding_key_are_recognised_as_removed_in_either_form() {
        assertThat(EngineSetup.removedKeys(List.of(
                "LIABILITY_POLICY_TIMELINESS_HOURS_HOST_COPYRIGHT",
                "LIABILITY_POLICY_TIMELINESS_HOURS_CONDUIT_COPYRIGHT_OTHER",
                "LIABILITY_POLICY_PATENT_FORWARDING_SUFFICES",
                "liability.policy.timeliness-hours.host.personality",
                "liability.policy.patent-forwarding-suffices",
                "LIABILITY_POLICY_TIMELINESS_HOURS_HOST_COPYRIGHT_PROMPT",
                "LIABILITY_POLICY_TIMELINESS_HOURS_CONDUIT_COPYRIGHT_OTHER_LATE",
                "liability.policy.timeliness-hours.host.personality.late",
                "LIABILITY_POLICY_COUNTER_NOTICE_DAYS",
                "PATH")))
                .containsExactly(
                        "LIABILITY_POLICY_PATENT_FORWARDING_SUFFICES",
                        "LIABILITY_POLICY_TIMELINESS_HOURS_CONDUIT_COPYRIGHT_OTHER",
                        "LIABILITY_POLICY_TIMELINESS_HOURS_HOST_COPYRIGHT",
                        "liability.policy.patent-forwarding-suffices",
                        "liability.policy.timeliness-hours.host.personality");
    }

    @Test
    void a_2_x_environment_variable_is_not_an_alias_of_a_3_0_bound() {
        // docs/procedure.md#policy (3.0): removed without aliases. The mapping ignores the old variable (hence the
        // start-up refusal of EngineSetup.removedKeys): it does not set either bound.
        LiabilityConfig config = mapping(Map.of("LIABILITY_POLICY_TIMELINESS_HOURS_HOST_COPYRIGHT", "12"), Map.of());
        assertThat(EngineSetup.policy(config.policy()).band(TimelinessClass.HOST, BandRight.COPYRIGHT))
                .isEqualTo(new Band(24, 72));
    }

    @Test
    void without_an_evaluation_time_the_clock_is_the_system_clock() {
        assertThat(EngineSetup.clock(mapping(Map.of(), Map.of()))).isEqualTo(Clock.systemUTC());
    }
}
