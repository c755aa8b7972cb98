package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code liability.http.*}: the defaults, and values out of range refused at start, every one of them named. */
class ConnectionConfigTest {

    private static ConnectionConfig build(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 250))
                .withConverter(Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
                .withValidator(new ConfigRanges())
                .withMapping(ConnectionConfig.class)
                .build();
        return config.getConfigMapping(ConnectionConfig.class);
    }

    @Test
    void the_defaults() {
        ConnectionConfig config = build(Map.of());
        assertThat(config.headerTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.bodyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.maxConnections()).isEqualTo(1000);
    }

    @Test
    void deadlines_of_no_time_and_too_few_connections_are_refused_at_start() {
        ConfigValidationException e = catchThrowableOfType(ConfigValidationException.class, () -> build(Map.of(
                "liability.http.header-timeout", "0s", "liability.http.body-timeout", "-1s",
                "liability.http.max-connections", "3")));
        assertThat(e).isNotNull();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < e.getProblemCount(); i++) {
            problems.add(e.getProblem(i).getMessage());
        }
        assertThat(problems).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("liability.http.header-timeout must be at least 100 ms"))
                .anySatisfy(p -> assertThat(p).contains("liability.http.body-timeout must be at least 100 ms"))
                .anySatisfy(p -> assertThat(p).contains("liability.http.max-connections"));
    }
}
