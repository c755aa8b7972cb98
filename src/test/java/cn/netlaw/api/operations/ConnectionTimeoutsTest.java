package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Slow and silent clients over raw sockets, with the deadlines shortened ({@link Short}: the head in 1 s, the body in
 * 1 s, an idle connection closed after 5 s (well beyond the head deadline, so that a loaded machine's pauses never
 * let the idle timeout end a connection a deadline should end); the defaults are 10 s, 30 s and 65 s). Each test asserts what the
 * service does and that it does it well within a generous bound, never how fast: "closed before the client was done"
 * is what shows that a deadline, not the idle timeout, ended the connection (the client keeps writing a byte every
 * 100 ms, so the idle timeout never fires).
 */
@QuarkusTest
@TestProfile(ConnectionTimeoutsTest.Short.class)
class ConnectionTimeoutsTest {

    /** Deadlines short enough for a test. */
    public static class Short implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liability.http.header-timeout", "1s", "liability.http.body-timeout", "1s",
                    "quarkus.http.idle-timeout", "5s");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far beyond any deadline of the profile: a connection still open after it was never going to be closed. */
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Duration BYTE_PAUSE = Duration.ofMillis(100);
    private static final String CASE = "{\"provider\": {\"role\": \"STORAGE\"}}";

    @Inject
    ConnectionGuard guard;

    private static void assertTimeoutProblem(RawConnection.Answer answer, String part) throws Exception {
        assertThat(answer.status()).as(answer.text()).isEqualTo(408);
        assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(JSON.readTree(answer.body()).path("type").asText()).isEqualTo("/problems/request-timeout");
        assertThat(JSON.readTree(answer.body()).path("detail").asText()).contains("request " + part);
        assertThat(answer.closedByService()).as("the service closed the connection").isTrue();
        CodecProblemsTest.assertRequestId(answer, JSON.readTree(answer.body()));
    }

    @Test
    void the_guard_sits_on_the_listening_socket() {
        assertThat(guard.installed()).isTrue();
    }

    @Test
    void a_connection_on_which_nothing_is_sent_is_closed_without_an_answer() throws Exception {
        try (RawConnection connection = new RawConnection()) {
            RawConnection.Answer answer = connection.read(BOUND, true);
            assertThat(answer.closedByService()).as("closed within %s", BOUND).isTrue();
            assertThat(answer.text()).as("nothing was asked, nothing is answered").isEmpty();
        }
    }

    @Test
    void a_kept_alive_connection_left_idle_is_closed_by_the_idle_timeout() throws Exception {
        try (RawConnection connection = new RawConnection()) {
            RawConnection.Answer first = connection
                    .send("GET /api/v1/provisions/CIVIL_CODE_1195_1 HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .read(BOUND, false);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.closedByService()).isFalse();
            RawConnection.Answer after = connection.read(BOUND, true);
            assertThat(after.closedByService()).as("closed within %s", BOUND).isTrue();
            assertThat(after.text()).isEmpty();
        }
    }

    @Test
    void a_kept_alive_connection_takes_a_request_after_a_pause_longer_than_the_head_deadline() throws Exception {
        // the head deadline runs from a request's first byte, not from the end of the previous answer
        String request = "GET /api/v1/provisions/CIVIL_CODE_1195_1 HTTP/1.1\r\nHost: localhost\r\n\r\n";
        try (RawConnection connection = new RawConnection()) {
            assertThat(connection.send(request).read(BOUND, false).status()).isEqualTo(200);
            Thread.sleep(2_500); // beyond the head deadline (1 s), well within the idle timeout (5 s)
            assertThat(connection.send(request).read(BOUND, false).status()).isEqualTo(200);
        }
    }

    @Test
    void a_request_failed_before_any_route_leaves_the_connection_to_the_idle_timeout_without_a_stray_answer()
            throws Exception {
        try (RawConnection connection = new RawConnection()) {
            RawConnection.Answer first = connection.send("OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .read(BOUND, false);
            assertThat(first.status()).isBetween(400, 499);
            RawConnection.Answer after = connection.read(BOUND, true);
            assertThat(after.closedByService()).isTrue();
            assertThat(after.text()).as("nothing after the answer (no 408 for a head that came whole)").isEmpty();
        }
    }

    @Test
    void a_request_head_sent_a_byte_at_a_time_is_answered_408_and_closed_before_the_client_is_done()
            throws Exception {
        String head = "GET /api/v1/provisions HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "a".repeat(150) + "\r\n\r\n";
        try (RawConnection connection = new RawConnection()) {
            Thread writer = connection.trickle(head, BYTE_PAUSE);
            RawConnection.Answer answer = connection.read(BOUND, true);
            assertTimeoutProblem(answer, "head");
            assertThat(connection.trickled.get()).as("bytes of the head sent when the service closed")
                    .isLessThan(head.length());
            writer.join(BOUND.toMillis());
        }
    }

    @Test
    void a_request_line_sent_a_byte_at_a_time_is_answered_408_on_a_kept_alive_connection_too() throws Exception {
        try (RawConnection connection = new RawConnection()) {
            assertThat(connection.send("GET /api/v1/provisions/CIVIL_CODE_1195_1 HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .read(BOUND, false).status()).isEqualTo(200);
            String head = "GET /api/v1/provisions/CIVIL_CODE_1195_1?" + "a".repeat(150) + " HTTP/1.1\r\n\r\n";
            connection.trickle(head, BYTE_PAUSE);
            assertTimeoutProblem(connection.read(BOUND, true), "head");
            assertThat(connection.trickled.get()).isLessThan(head.length());
        }
    }

    @Test
    void a_body_that_never_comes_is_answered_408_and_closed() throws Exception {
        for (String path : new String[] {"/api/v1/classifications", "/api/v1/classifications/batch"}) {
            try (RawConnection connection = new RawConnection()) {
                RawConnection.Answer answer = connection.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"items\":").read(BOUND, true);
                assertTimeoutProblem(answer, "body");
            }
        }
    }

    @Test
    void a_body_sent_a_byte_at_a_time_is_answered_408_and_closed_before_the_client_is_done() throws Exception {
        String body = " ".repeat(150) + CASE;
        try (RawConnection connection = new RawConnection()) {
            connection.send("POST /api/v1/classifications HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n");
            connection.trickle(body, BYTE_PAUSE);
            assertTimeoutProblem(connection.read(BOUND, true), "body");
            assertThat(connection.trickled.get()).isLessThan(body.length());
        }
    }

    @Test
    void a_chunked_body_that_stops_is_answered_408_and_closed() throws Exception {
        try (RawConnection connection = new RawConnection()) {
            RawConnection.Answer answer = connection.send("POST /api/v1/classifications HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"pro\r\n")
                    .read(BOUND, true);
            assertTimeoutProblem(answer, "body");
        }
    }

    @Test
    void a_body_sent_at_once_is_answered_as_usual() throws Exception {
        try (RawConnection connection = new RawConnection()) {
            RawConnection.Answer answer = connection.send("POST /api/v1/classifications HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + CASE.length() + "\r\n\r\n" + CASE)
                    .read(BOUND, false);
            assertThat(answer.status()).isEqualTo(200);
        }
    }
}
