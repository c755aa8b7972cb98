package cn.netlaw.api.operations;

import cn.netlaw.api.problem.Ranges;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.ConfigValidator;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;
import java.util.List;

/**
 * Refuses a start whose configuration has a value out of range, naming every such key with what it must be (docs/
 * operations.md#configuration). SmallRye Config calls it for each {@code @ConfigMapping} as the configuration is
 * built, before anything reads a value; Quarkus puts it in its configuration builders as a customizer found through {@code
 * META-INF/services/io.smallrye.config.SmallRyeConfigBuilderCustomizer} (a validator's own service file would only be
 * registered for native images). Only the service's own mappings ({@code cn.netlaw}) are checked, by their constraint annotations
 * ({@link Ranges}); the frameworks' mappings check their own values.
 */
public final class ConfigRanges implements ConfigValidator, SmallRyeConfigBuilderCustomizer {

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        builder.withValidator(this);
    }

    @Override
    public void validateMapping(Class<?> mappingClass, String prefix, Object mappingObject)
            throws ConfigValidationException {
        if (!Ranges.own(mappingClass)) {
            return;
        }
        List<Ranges.OutOfRange> out = Ranges.ofMapping(prefix, mappingClass, mappingObject);
        if (out.isEmpty()) {
            return;
        }
        throw new ConfigValidationException(out.stream()
                .map(o -> new ConfigValidationException.Problem(o.path() + " " + o.message()))
                .toArray(ConfigValidationException.Problem[]::new));
    }
}
