package cn.netlaw.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.LiabilityConfig;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The ConfigMap of {@code k8s/base} (generated from {@code policy.env}) holds the {@code liability.policy.*} defaults
 * of application.properties, each as the environment variable SmallRye Config reads for it, and each variable reaches
 * {@link LiabilityConfig}.
 */
class ConfigMapTest {

    private static final String POLICY = "liability.policy.";

    private final Map<String, String> data = Manifests.load().configMap().getData();
    private final Properties properties = Manifests.applicationProperties();

    /** The environment-variable form of a property name (MicroProfile Config: non-alphanumerics as _, upper case). */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The liability.policy.* keys of application.properties (profile-less), by their environment-variable form. */
    private Map<String, String> policyKeysByEnvironmentName() {
        Map<String, String> keys = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(POLICY)) {
                keys.put(environmentName(key), key);
            }
        }
        return keys;
    }

    @Test
    void every_key_is_the_environment_form_of_a_policy_key_of_application_properties_with_its_default() {
        Map<String, String> keys = policyKeysByEnvironmentName();
        assertThat(data).isNotEmpty();
        data.forEach((variable, value) -> {
            assertThat(keys).as("a liability.policy.* key whose environment form is %s", variable).containsKey(variable);
            assertThat(value).as("%s, the default of %s", variable, keys.get(variable))
                    .isEqualTo(properties.getProperty(keys.get(variable)));
        });
    }

    @Test
    void every_policy_key_of_application_properties_is_in_the_config_map() {
        assertThat(data.keySet()).containsAll(policyKeysByEnvironmentName().keySet());
    }

    @Test
    void every_key_reaches_the_configuration_mapping_the_engine_is_built_from() {
        for (String variable : data.keySet()) {
            String property = policyKeysByEnvironmentName().get(variable);
            Map<String, String> environment = new HashMap<>(data);
            String changed = changed(data.get(variable));
            environment.put(variable, changed);
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .withSources(new EnvConfigSource(environment, 300))
                    .withMapping(LiabilityConfig.class)
                    .build();
            Object read = read(config.getConfigMapping(LiabilityConfig.class), property.substring("liability.".length()));
            if (read instanceof Number number) {
                assertThat(new BigDecimal(number.toString())).as("%s read through %s", property, variable)
                        .isEqualByComparingTo(new BigDecimal(changed));
            } else {
                assertThat(String.valueOf(read)).as("%s read through %s", property, variable).isEqualTo(changed);
            }
        }
    }

    @Test
    void no_key_that_decision_spec_3_0_removed_is_left() {
        // docs/procedure.md#policy (3.0): the single-number bands ..._<CLASS>_<RIGHT> are replaced by _PROMPT / _LATE,
        // without aliases; patentForwardingSuffices is withdrawn; conduitNoticeDutyBeforeCivilCode defaults to false.
        for (String variable : data.keySet()) {
            if (variable.startsWith("LIABILITY_POLICY_TIMELINESS_HOURS_")) {
                assertThat(variable).as("a band key").satisfiesAnyOf(
                        v -> assertThat(v).endsWith("_PROMPT"), v -> assertThat(v).endsWith("_LATE"));
            }
        }
        assertThat(data).doesNotContainKey("LIABILITY_POLICY_PATENT_FORWARDING_SUFFICES")
                .containsEntry("LIABILITY_POLICY_CONDUIT_NOTICE_DUTY_BEFORE_CIVIL_CODE", "false")
                .containsEntry("LIABILITY_POLICY_TIMELINESS_HOURS_HOST_COPYRIGHT_PROMPT", "24")
                .containsEntry("LIABILITY_POLICY_TIMELINESS_HOURS_HOST_COPYRIGHT_LATE", "72")
                .containsEntry("LIABILITY_POLICY_TIMELINESS_HOURS_LIVE_PERSONALITY_PROMPT", "0.5");
        assertThat(data.keySet().stream().filter(v -> v.startsWith("LIABILITY_POLICY_TIMELINESS_HOURS_")))
                .as("two bounds for each of the 20 cells of the docs/procedure.md#timeliness table").hasSize(40);
    }

    /** Another valid value of the same type: a flipped boolean, a number one higher (a decimal stays a decimal). */
    private static String changed(String value) {
        return switch (value) {
            case "true" -> "false";
            case "false" -> "true";
            default -> new BigDecimal(value).add(BigDecimal.ONE).toPlainString();
        };
    }

    /**
     * Follows a dotted kebab-case path (policy.timeliness-hours.host.copyright.prompt) through the mapping's accessors;
     * an optional value is unwrapped.
     */
    static Object read(Object mapping, String path) {
        Object value = mapping;
        for (String segment : path.split("\\.")) {
            String accessor = camelCase(segment);
            try {
                Method method = findAccessor(value, accessor);
                value = method.invoke(value);
                if (value instanceof Optional<?> optional) {
                    value = optional.orElse(null);
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("no accessor " + accessor + " for " + path, e);
            }
        }
        return value;
    }

    private static Method findAccessor(Object target, String name) throws NoSuchMethodException {
        for (Class<?> type : target.getClass().getInterfaces()) {
            try {
                return type.getMethod(name);
            } catch (NoSuchMethodException e) {
                // try the next interface
            }
        }
        return target.getClass().getMethod(name);
    }

    private static String camelCase(String kebab) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
