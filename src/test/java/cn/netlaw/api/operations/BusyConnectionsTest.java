package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * At the connection limit (16 here) a connection with a request in progress is never closed to make room: an idle one
 * is, and when there is none the new connection is answered 503 problem+json with Retry-After and closed. A request
 * is kept in progress by sending its head and part of its body (the body deadline is beyond the test's length).
 */
@QuarkusTest
@TestProfile(BusyConnectionsTest.Sixteen.class)
class BusyConnectionsTest {

    /** A limit of 16 connections; no deadline ends a request during the test. */
    public static class Sixteen implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liability.http.max-connections", "16", "liability.http.header-timeout", "120s",
                    "liability.http.body-timeout", "120s", "quarkus.http.idle-timeout", "120s");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String UNFINISHED = "POST /api/v1/classifications HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"provider\"";
    private static final String PROVISION = "GET /api/v1/provisions/CIVIL_CODE_1195_1 HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @Inject
    ConnectionGuard guard;

    @Test
    void an_idle_connection_makes_room_and_a_busy_one_never_does() throws Exception {
        assertThat(guard.maxConnections()).isEqualTo(16);
        List<RawConnection> busy = new ArrayList<>();
        try {
            for (int i = 0; i < 15; i++) {
                busy.add(new RawConnection().send(UNFINISHED));
            }
            try (RawConnection idle = new RawConnection()) {
                await(16, 15);
                // the seventeenth connection: the idle one is closed for it, and it is answered
                try (RawConnection late = new RawConnection()) {
                    assertThat(late.send(PROVISION).read(WAIT, false).status()).isEqualTo(200);
                }
                RawConnection.Answer closed = idle.read(WAIT, true);
                assertThat(closed.closedByService()).as("the idle connection was closed").isTrue();
                assertThat(closed.text()).isEmpty();
            }
            busy.add(new RawConnection().send(UNFINISHED));
            await(16, 16);
            // sixteen requests in progress: a new connection is refused with a problem
            try (RawConnection refused = new RawConnection()) {
                RawConnection.Answer answer = refused.read(WAIT, true);
                assertThat(answer.status()).as(answer.text()).isEqualTo(503);
                assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
                assertThat(answer.header("Retry-After")).isEqualTo("1");
                assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
                assertThat(JSON.readTree(answer.body()).path("type").asText())
                        .isEqualTo("/problems/too-many-connections");
                assertThat(answer.closedByService()).isTrue();
                CodecProblemsTest.assertRequestId(answer, JSON.readTree(answer.body()));
            }
            // every busy connection is still open, and its request still completes
            RawConnection first = busy.get(0);
            String rest = ": {\"role\": \"STORAGE\"}}";
            first.send(" ".repeat(100 - "{\"provider\"".length() - rest.length()) + rest);
            assertThat(first.read(WAIT, false).status()).as("the request in progress is answered").isEqualTo(200);
        } finally {
            for (RawConnection connection : busy) {
                connection.close();
            }
        }
    }

    /**
     * Waits until the service counts {@code open} connections of which {@code busy} have a request in progress:
     * connections the client closed leave the count when the service has seen them close, and a connection is busy
     * once the route has seen its request's head (on a loaded machine, well after the client sent it).
     */
    private void await(int open, int busy) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while ((guard.openConnections() != open || guard.busyConnections() != busy) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(guard.openConnections()).as("open connections").isEqualTo(open);
        assertThat(guard.busyConnections()).as("connections with a request in progress").isEqualTo(busy);
    }
}
