package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.netlaw.api.classification.BudgetConfig;
import cn.netlaw.api.classification.LiabilityConfig;
import cn.netlaw.api.classification.LimitsConfig;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The configuration's ranges are constraint annotations on the {@code @ConfigMapping}s, checked by {@link
 * ConfigRanges}: a start with values out of range fails naming every one of them, not only the first (SmallRye Config
 * with the validator Quarkus finds through the service file; {@code ConfigRangesIT} starts the packaged service).
 */
class ConfigValidationTest {

    private static void build(Map<String, String> properties, Class<?>... mappings) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 250))
                .withConverter(java.time.Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
                .withValidator(new ConfigRanges());
        for (Class<?> mapping : mappings) {
            builder.withMapping(mapping);
        }
        builder.build();
    }

    private static List<String> problems(ConfigValidationException e) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < e.getProblemCount(); i++) {
            out.add(e.getProblem(i).getMessage());
        }
        return out;
    }

    @Test
    void the_defaults_are_valid() {
        build(Map.of(), LiabilityConfig.class, LimitsConfig.class, BudgetConfig.class, AdmissionConfig.class);
    }

    @Test
    void every_policy_value_out_of_range_is_reported_at_once() {
        ConfigValidationException e = catchThrowableOfType(ConfigValidationException.class, () -> build(Map.of(
                "liability.policy.counter-notice-days", "0",
                "liability.policy.limitation-years", "99",
                "liability.policy.large-batch-multiplier", "1000",
                "liability.policy.timeliness-hours.host.copyright.prompt", "-1",
                "liability.policy.timeliness-hours.live.personality.late", "9000"), LiabilityConfig.class));
        assertThat(e).isNotNull();
        assertThat(problems(e)).hasSize(5).anySatisfy(p -> assertThat(p).contains("liability.policy.counter-notice-days"))
                .anySatisfy(p -> assertThat(p).contains("liability.policy.limitation-years"))
                .anySatisfy(p -> assertThat(p).contains("liability.policy.large-batch-multiplier"))
                .anySatisfy(p -> assertThat(p).contains("host.copyright.prompt must be more than 0 hours"))
                .anySatisfy(p -> assertThat(p).contains("live.personality.late must be at most 8760 hours"));
    }

    @Test
    void limits_budgets_and_admission_are_checked_too() {
        ConfigValidationException e = catchThrowableOfType(ConfigValidationException.class, () -> build(Map.of(
                "liability.limits.max-episodes", "0",
                "liability.budget.alternative-evaluations", "-1",
                "liability.admission.concurrent", "0",
                "liability.admission.retry-after-seconds", "0"),
                LimitsConfig.class, BudgetConfig.class, AdmissionConfig.class));
        assertThat(e).isNotNull();
        assertThat(problems(e)).hasSize(4).anySatisfy(p -> assertThat(p).contains("liability.limits.max-episodes"))
                .anySatisfy(p -> assertThat(p).contains("liability.budget.alternative-evaluations"))
                .anySatisfy(p -> assertThat(p).contains("liability.admission.concurrent"))
                .anySatisfy(p -> assertThat(p).contains("liability.admission.retry-after-seconds"));
    }

    @Test
    void each_problem_names_its_key_and_the_bound_it_breaks() {
        ConfigValidationException e = catchThrowableOfType(ConfigValidationException.class, () -> build(Map.of(
                "liability.policy.counter-notice-days", "0",
                "liability.policy.limitation-years", "31",
                "liability.policy.timeliness-hours.ecommerce.patent.late", "8760.5",
                "liability.limits.max-batch-errors", "-1"), LiabilityConfig.class, LimitsConfig.class));
        assertThat(e).isNotNull();
        assertThat(problems(e)).containsExactlyInAnyOrder(
                "liability.policy.counter-notice-days must be greater than or equal to 1",
                "liability.policy.limitation-years must be less than or equal to 30",
                "liability.policy.timeliness-hours.ecommerce.patent.late must be at most 8760 hours",
                "liability.limits.max-batch-errors must be greater than or equal to 0");
    }

    @Test
    void the_bounds_themselves_are_in_range() {
        build(Map.of(
                "liability.policy.counter-notice-days", "1",
                "liability.policy.limitation-years", "30",
                "liability.policy.large-batch-items", "1000000",
                "liability.policy.max-excluded-delay-working-days", "0",
                "liability.policy.timeliness-hours.host.copyright.prompt", "0.001",
                "liability.policy.timeliness-hours.host.copyright.late", "8760",
                "liability.limits.max-batch-errors", "0",
                "liability.admission.batch-threads", "0"),
                LiabilityConfig.class, LimitsConfig.class, AdmissionConfig.class);
    }

    @Test
    void the_frameworks_mappings_are_left_to_their_own_checks() {
        new ConfigRanges().validateMapping(Runnable.class, "quarkus.anything", (Runnable) () -> {
            throw new AssertionError("not read");
        });
    }

    @Test
    void a_negative_wait_or_wall_time_is_refused_and_none_is_allowed() {
        ConfigValidationException e = catchThrowableOfType(ConfigValidationException.class, () -> build(Map.of(
                "liability.admission.max-wait", "-1s",
                "liability.budget.wall-time", "-5s"), AdmissionConfig.class, BudgetConfig.class));
        assertThat(e).isNotNull();
        assertThat(problems(e)).containsExactlyInAnyOrder(
                "liability.admission.max-wait must not be negative",
                "liability.budget.wall-time must not be negative");
        build(Map.of("liability.admission.max-wait", "0s", "liability.budget.wall-time", "0s"),
                AdmissionConfig.class, BudgetConfig.class);
    }
}
