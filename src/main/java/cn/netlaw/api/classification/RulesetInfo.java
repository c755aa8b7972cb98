package cn.netlaw.api.classification;

import io.quarkus.info.runtime.spi.InfoContributor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The {@code liability} section of {@code /q/info}: the {@code rulesetVersion} every answer carries (the specification
 * version and the hash of the configured policy) and the specification version alone. The service's own version is
 * in the {@code build} section.
 */
@Singleton
public class RulesetInfo implements InfoContributor {

    private final Ruleset ruleset;

    RulesetInfo(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    @Override
    public String name() {
        return "liability";
    }

    @Override
    public Map<String, Object> data() {
        return Map.of("rulesetVersion", ruleset.version(), "specVersion", Ruleset.SPEC_VERSION);
    }
}
