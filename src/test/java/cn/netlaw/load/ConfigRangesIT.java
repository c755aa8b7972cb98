package cn.netlaw.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service refuses to start with configuration values out of range, naming every one of them at once, in
 * both forms (a system property and an environment variable): the check ({@code ConfigRanges}) is wired into the
 * configuration Quarkus builds, not only into the builders of the unit tests.
 */
class ConfigRangesIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    /** Starts the packaged jar with the image's flags, any port, and these system properties and variables. */
    private static Process start(Path log, List<String> properties, Map<String, String> environment)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:MaxRAM=512m"));
        command.addAll(HostileLoadIT.imageFlags());
        command.addAll(List.of("-Dquarkus.http.port=0", "-Dquarkus.management.port=0"));
        command.addAll(properties);
        command.addAll(List.of("-jar", APP.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    @Test
    void a_start_with_values_out_of_range_fails_naming_each() throws Exception {
        Path log = Files.createTempFile("config-ranges", ".log");
        Process service = start(log, List.of("-Dliability.policy.counter-notice-days=0",
                "-Dliability.http.header-timeout=50ms"), Map.of(
                "LIABILITY_POLICY_TIMELINESS_HOURS_HOST_PATENT_LATE", "9000",
                "LIABILITY_ADMISSION_CONCURRENT", "0"));
        try {
            assertThat(service.waitFor(120, TimeUnit.SECONDS)).as("the service stopped by itself").isTrue();
            assertThat(service.exitValue()).as("its exit status").isNotZero();
        } finally {
            service.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(output).as("the service's output (%s)", log)
                .contains("liability.policy.counter-notice-days must be greater than or equal to 1")
                .contains("liability.http.header-timeout must be at least 100 ms")
                .contains("liability.policy.timeliness-hours.host.patent.late must be at most 8760 hours")
                .contains("liability.admission.concurrent must be greater than or equal to 1")
                .doesNotContain("Listening on");
    }

    @Test
    void the_bounds_themselves_start() throws Exception {
        Path log = Files.createTempFile("config-bounds", ".log");
        Process service = start(log, List.of("-Dliability.policy.counter-notice-days=1",
                "-Dliability.http.header-timeout=100ms", "-Dliability.policy.timeliness-hours.host.patent.late=8760"),
                Map.of());
        try {
            for (int i = 0; i < 1200 && !Files.readString(log).contains("Listening on"); i++) {
                assertThat(service.isAlive()).as("the service is running (%s)", log).isTrue();
                Thread.sleep(100);
            }
            assertThat(Files.readString(log)).as("the service's output (%s)", log).contains("Listening on")
                    .doesNotContain("Configuration validation failed");
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
