package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.problem.Problem;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The connection limit the service applies, from its configuration and the process's open-file limit. */
class ConnectionLimitTest {

    @Test
    void an_instance_with_1024_file_descriptors_holds_896_connections() {
        assertThat(ConnectionGuard.effectiveLimit(1000, 1024)).isEqualTo(1024 - ConnectionGuard.RESERVED_FILES);
    }

    @Test
    void the_configured_limit_holds_where_the_process_may_open_more_files() {
        assertThat(ConnectionGuard.effectiveLimit(1000, 1_048_576)).isEqualTo(1000);
        assertThat(ConnectionGuard.effectiveLimit(1000, 0)).as("unknown open-file limit").isEqualTo(1000);
    }

    @Test
    void a_tiny_open_file_limit_still_leaves_sixteen_connections() {
        assertThat(ConnectionGuard.effectiveLimit(1000, 100)).isEqualTo(16);
    }

    @Test
    void this_process_reports_its_open_file_limit() {
        assertThat(ConnectionGuard.openFileLimit()).isPositive();
    }

    @Test
    void deadlines_are_named_in_seconds_or_milliseconds() {
        assertThat(Problem.describe(Duration.ofSeconds(10))).isEqualTo("10 s");
        assertThat(Problem.describe(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(Problem.describe(Duration.ofMillis(250))).isEqualTo("250 ms");
    }
}
