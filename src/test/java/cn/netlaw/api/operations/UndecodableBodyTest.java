package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chunked body whose framing the codec cannot decode (a chunk size that is not hexadecimal) fails the request
 * inside Vert.x, which closes the connection. That is the client's fault: it is answered 400
 * {@code /problems/malformed-request} before the connection closes, and nothing is logged above DEBUG (it used to be
 * logged as an internal error with its stack, twice per request). Likewise a client that closes its connection in
 * the middle of a chunked body: nobody is left to answer, and that is no internal error either.
 */
@QuarkusTest
class UndecodableBodyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(record.getLevel() + " " + record.getLoggerName() + " " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void a_chunk_size_that_is_not_hexadecimal_is_400_and_logs_no_error() throws Exception {
        for (String path : new String[] {"/api/v1/classifications", "/api/v1/classifications/batch"}) {
            try (RawConnection connection = new RawConnection()) {
                RawConnection.Answer answer = connection.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n")
                        .read(Duration.ofSeconds(20), true);
                assertThat(answer.status()).as(path + ": " + answer.text()).isEqualTo(400);
                assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
                assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(JSON.readTree(answer.body()).path("type").asText()).isEqualTo("/problems/malformed-request");
                assertThat(answer.closedByService()).isTrue();
                CodecProblemsTest.assertRequestId(answer, JSON.readTree(answer.body()));
            }
        }
        Thread.sleep(500); // a failure after the answer would be logged by now
        assertThat(errors).as("warnings and errors logged").isEmpty();
    }

    @Test
    void a_client_that_leaves_in_the_middle_of_a_chunked_body_logs_no_error() throws Exception {
        for (String path : new String[] {"/api/v1/classifications", "/api/v1/classifications/batch"}) {
            try (RawConnection connection = new RawConnection()) {
                connection.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"provider\":{\"r\r\n");
                Thread.sleep(300); // the head is read and the body begun
            }
        }
        Thread.sleep(1000); // the failure of the gathered body is logged by now
        assertThat(errors).as("warnings and errors logged").isEmpty();
    }
}
