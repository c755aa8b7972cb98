package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A request the HTTP codec cannot read never reaches a route; Vert.x would answer it with an empty 414, 431 or 400.
 * {@link ConnectionGuard} answers it as a problem naming the limit, with the security headers, and closes the
 * connection. The limits are the codec's ({@code quarkus.http.limits.max-initial-line-length}, 4096 bytes, and
 * {@code max-header-size}, 16 KiB). {@code CodecProblemsIT} runs the same against the packaged jar.
 */
@QuarkusTest
class CodecProblemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Sends the bytes on a connection of their own and reads until the service closes it. */
    private static RawConnection.Answer answer(String request) throws Exception {
        try (RawConnection connection = new RawConnection()) {
            return connection.send(request).read(WAIT, true);
        }
    }

    private static JsonNode assertProblem(RawConnection.Answer answer, int status, String type) throws Exception {
        assertThat(answer.status()).as(answer.statusLine()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(answer.closedByService()).as("the service closed the connection").isTrue();
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertRequestId(answer, problem);
        return problem;
    }

    /** Every answer names a request id, and its problem names it as its instance (RequestIds). */
    static void assertRequestId(RawConnection.Answer answer, JsonNode problem) {
        String id = answer.header("X-Request-Id");
        assertThat(id).as("X-Request-Id").matches("[A-Za-z0-9._:-]{1,128}");
        assertThat(problem.path("instance").asText()).isEqualTo("urn:request-id:" + id);
    }

    @Test
    void a_request_line_over_the_limit_is_414_naming_the_limit() throws Exception {
        String target = "/api/v1/provisions?instrument=" + "A".repeat(5000);
        JsonNode problem = assertProblem(answer("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                414, "/problems/uri-too-long");
        assertThat(problem.path("detail").asText()).contains("4096 bytes");
    }

    @Test
    void a_request_line_within_the_limit_is_read() throws Exception {
        String target = "/api/v1/provisions?instrument=" + "A".repeat(3900);
        RawConnection.Answer answer = answer("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).as("a 400 of the resource, which read the query").isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("type").asText()).isEqualTo("/problems/invalid-request");
    }

    @Test
    void headers_over_the_limit_are_431_naming_the_limit() throws Exception {
        String headers = "X-Pad-1: " + "a".repeat(9000) + "\r\nX-Pad-2: " + "b".repeat(9000) + "\r\n";
        JsonNode problem = assertProblem(
                answer("GET /api/v1/provisions HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n"),
                431, "/problems/header-fields-too-large");
        assertThat(problem.path("detail").asText()).contains("16384 bytes");
    }

    @Test
    void a_header_line_without_a_colon_is_400() throws Exception {
        assertProblem(answer("GET /api/v1/provisions HTTP/1.1\r\nHost: localhost\r\nNot a header\r\n\r\n"),
                400, "/problems/malformed-request");
    }

    @Test
    void a_header_name_with_a_space_before_the_colon_is_400() throws Exception {
        // RFC 9112 §5.1: no whitespace is allowed between the field name and the colon
        assertProblem(answer("GET /api/v1/provisions HTTP/1.1\r\nHost : localhost\r\n\r\n"),
                400, "/problems/malformed-request");
    }

    @Test
    void an_http_version_other_than_1_0_or_1_1_is_505() throws Exception {
        RawConnection.Answer answer = answer("GET /api/v1/provisions HTTP/1.7\r\nHost: localhost\r\n"
                + "X-Request-Id: codec-505\r\n\r\n");
        assertProblem(answer, 505, "/problems/unsupported-http-version");
        assertThat(answer.header("X-Request-Id")).as("the caller's id, echoed").isEqualTo("codec-505");
    }

    @Test
    void a_request_target_that_is_not_a_path_is_a_4xx_problem_with_the_security_headers() throws Exception {
        // "*" (OPTIONS *) and the HTTP/2 preface (h2c is off) fail in Vert.x Web before any route
        for (String request : new String[] {"OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"}) {
            try (RawConnection connection = new RawConnection()) {
                RawConnection.Answer answer = connection.send(request).read(WAIT, false);
                assertThat(answer.status()).as(request).isBetween(400, 499);
                assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
                assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
                assertThat(JSON.readTree(answer.body()).path("status").asInt()).isEqualTo(answer.status());
                assertRequestId(answer, JSON.readTree(answer.body()));
            }
        }
    }
}
