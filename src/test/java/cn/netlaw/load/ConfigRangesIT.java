package cn.netlaw.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service refuses to start with configuration values out of range, naming every one of them at once, in
 * both forms (a system property and an environment variable): the check ({@code ConfigRanges}) is wired into the
 * configuration Quarkus builds, not only into the builders of the unit tests.
 */
class ConfigRangesIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void a_start_with_values_out_of_range_fails_naming_each() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile("config-ranges", ".log");
        List<String> command = new ArrayList<>(List.of(java, "-XX:MaxRAM=512m"));
        command.addAll(HostileLoadIT.imageFlags());
        command.addAll(List.of("-Dquarkus.http.port=0", "-Dquarkus.management.port=0",
                "-Dliability.policy.counter-notice-days=0", "-Dliability.http.header-timeout=50ms",
                "-jar", APP.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LIABILITY_POLICY_TIMELINESS_HOURS_HOST_PATENT_LATE", "9000");
        builder.environment().put("LIABILITY_ADMISSION_CONCURRENT", "0");
        Process service = builder.start();
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
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile("config-bounds", ".log");
        List<String> command = new ArrayList<>(List.of(java, "-XX:MaxRAM=512m"));
        command.addAll(HostileLoadIT.imageFlags());
        command.addAll(List.of("-Dquarkus.http.port=0", "-Dquarkus.management.port=0",
                "-Dliability.policy.counter-notice-days=1", "-Dliability.http.header-timeout=100ms",
                "-Dliability.policy.timeliness-hours.host.patent.late=8760",
                "-jar", APP.resolve("quarkus-run.jar").toString()));
        Process service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
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
