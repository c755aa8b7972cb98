package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.problem.ProblemMapper;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A client that closes its connection before its body is read (it gave up, or the service is stopping) causes no
 * internal error: no 500, no ERROR line with a reference (bench/soak.sh and bench/shutdown.sh count those).
 */
class ClosedConnectionTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void a_body_cut_off_by_a_closed_connection_is_no_internal_error() {
        Response response = mapper.unexpected(new IOException(new IOException(new HttpClosedException("closed"))));
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void any_other_failure_is_still_an_internal_error() {
        assertThat(mapper.unexpected(new IOException("disk full")).getStatus()).isEqualTo(500);
        assertThat(mapper.unexpected(new IllegalStateException()).getStatus()).isEqualTo(500);
    }
}
