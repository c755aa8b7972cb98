package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.ContractExamples;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code Expect: 100-continue} (RFC 9110 §10.1.1), sent on a raw connection: a request whose body is asked for gets
 * exactly one {@code 100 Continue} before it sends its body, then one final answer, with either framing and on both
 * classification operations (a chunked body got two, the second after the body); a request refused before its body is
 * asked for gets its final answer alone, never a {@code 100 Continue}, and its connection is closed, as the client may
 * or may not send the body it announced (a body over the limit by its {@code Content-Length} got no answer at all).
 */
@QuarkusTest
class ExpectContinueTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SINGLE = "/api/v1/classifications";
    private static final String BATCH = "/api/v1/classifications/batch";
    private static final String CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n";
    private static final Pattern INTERIM = Pattern.compile("HTTP/1\\.1 1\\d\\d");
    static final String JSON = "Content-Type: application/json\r\n";

    private static String head(String path, String headers, String framing) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n" + headers + framing
                + "\r\n";
    }

    private static int interims(String text) {
        Matcher matcher = INTERIM.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * Sends the head, reads what comes before the body is sent (exactly one 100 Continue), then sends the body and
     * reads the rest until the service closes the connection (the request asks it to): one final answer, no more
     * interim ones.
     */
    static RawConnection.Answer continued(String path, String headers, String body, boolean chunked)
            throws Exception {
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        String framing = chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n";
        try (RawConnection connection = new RawConnection()) {
            connection.send(head(path, headers + "Connection: close\r\n", framing));
            String before = connection.readHead(WAIT);
            String name = path + (chunked ? " chunked" : " with its length");
            assertThat(before).as("%s: what comes before the body is sent", name).isEqualTo(CONTINUE);
            connection.send(chunked ? Integer.toHexString(length) + "\r\n" + body + "\r\n0\r\n\r\n" : body);
            RawConnection.Answer after = connection.read(WAIT, true);
            assertThat(interims(after.text())).as("%s: interim answers after the body: %s", name, after.text())
                    .isZero();
            assertThat(after.status()).as("%s: %s", name, after.text()).isEqualTo(200);
            assertThat(after.text().indexOf("HTTP/1.1 ", 1)).as("%s: one final answer", name).isNegative();
            return after;
        }
    }

    /**
     * Sends the head alone, as a client waiting for 100 Continue does, and reads until the service closes the
     * connection: the final answer alone, closed after it.
     */
    static RawConnection.Answer refused(String path, String headers, String framing, int status)
            throws Exception {
        try (RawConnection connection = new RawConnection()) {
            connection.send(head(path, headers, framing));
            RawConnection.Answer answer = connection.read(WAIT, true);
            String name = path + " " + headers.strip() + " " + framing.strip();
            assertThat(answer.status()).as("%s: %s", name, answer.text()).isEqualTo(status);
            assertThat(interims(answer.text())).as("%s: no 100 Continue", name).isZero();
            assertThat(answer.header("Content-Type")).as(name).isEqualTo("application/problem+json");
            assertThat(answer.header("Connection")).as(name).isEqualToIgnoringCase("close");
            assertThat(answer.closedByService()).as("%s: the connection is closed after the answer", name).isTrue();
            return answer;
        }
    }

    @Test
    void a_case_sent_with_its_length_gets_one_100_continue_then_its_answer() throws Exception {
        continued(SINGLE, JSON, ContractExamples.NOTICE_HANDLED_IN_TIME, false);
    }

    @Test
    void a_case_sent_chunked_gets_one_100_continue_then_its_answer() throws Exception {
        RawConnection.Answer chunked = continued(SINGLE, JSON, ContractExamples.NOTICE_HANDLED_IN_TIME, true);
        assertThat(chunked.body()).contains("\"decisionId\"");
    }

    @Test
    void a_batch_gets_one_100_continue_then_its_answer_with_either_framing() throws Exception {
        String batch = "{\"items\": [" + ContractExamples.NOTICE_HANDLED_IN_TIME + ", "
                + ContractExamples.NOTICE_HANDLED_IN_TIME + "]}";
        continued(BATCH, JSON, batch, false);
        continued(BATCH, JSON, batch, true);
    }

    @Test
    void a_body_over_the_limit_by_its_length_is_answered_413_at_once_without_100_continue() throws Exception {
        RawConnection.Answer answer = refused(SINGLE, JSON, "Content-Length: 5000000\r\n", 413);
        assertThat(answer.body()).contains("/problems/body-too-large");
    }

    @Test
    void a_body_of_another_type_is_answered_415_without_100_continue_with_either_framing() throws Exception {
        for (String framing : new String[] {"Content-Length: 100\r\n", "Transfer-Encoding: chunked\r\n"}) {
            RawConnection.Answer answer = refused(SINGLE, "Content-Type: text/plain\r\n", framing, 415);
            assertThat(answer.body()).contains("/problems/unsupported-media-type");
            refused(BATCH, "Content-Type: text/plain\r\n", framing, 415);
        }
    }

    @Test
    void a_request_refused_by_its_path_or_accept_gets_no_100_continue() throws Exception {
        refused("/api/v1/nothing", JSON, "Content-Length: 100\r\n", 404);
        refused(SINGLE, JSON + "Accept: text/plain\r\n", "Content-Length: 100\r\n", 406);
    }
}
