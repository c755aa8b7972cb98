package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A header field sent more than once is read as JAX-RS reads it, its values joined with commas, by the guards and
 * the classification resource that read the Vert.x request's headers themselves ({@code ContentTypeGuard},
 * {@code AcceptGuard}): two {@code Content-Type} fields are no declared JSON type, and two {@code Accept} fields admit
 * what either admits.
 */
@QuarkusTest
class RepeatedHeadersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String BODY = "{\"provider\": {\"role\": \"STORAGE\"}}";

    private static RawConnection.Answer post(String headers) throws Exception {
        try (RawConnection connection = new RawConnection()) {
            return connection.send("POST /api/v1/classifications HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + headers + "Content-Length: " + BODY.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + BODY)
                    .read(WAIT, true);
        }
    }

    @Test
    void two_content_types_are_no_declared_json_type() throws Exception {
        RawConnection.Answer answer = post("Content-Type: application/json\r\nContent-Type: text/plain\r\n");
        assertThat(answer.status()).as(answer.statusLine()).isEqualTo(415);
    }

    @Test
    void one_content_type_of_json_is_read() throws Exception {
        RawConnection.Answer answer = post("Content-Type: application/json; charset=UTF-8\r\n");
        assertThat(answer.status()).as(answer.statusLine()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("application/json");
        assertThat(answer.header("Content-Language")).isEqualTo("en");
        assertThat(answer.header("Vary")).isEqualTo("Accept-Language");
        assertThat(answer.header("X-Decision-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void two_accept_fields_admit_what_either_admits() throws Exception {
        RawConnection.Answer json = post("Content-Type: application/json\r\nAccept: text/plain\r\n"
                + "Accept: application/json\r\n");
        assertThat(json.status()).as(json.statusLine()).isEqualTo(200);
        assertThat(json.header("Content-Type")).isEqualTo("application/json");
        RawConnection.Answer neither = post("Content-Type: application/json\r\nAccept: text/plain\r\n"
                + "Accept: text/html\r\n");
        assertThat(neither.status()).as(neither.statusLine()).isEqualTo(406);
    }

    @Test
    void two_accept_fields_can_prefer_the_picture() throws Exception {
        RawConnection.Answer answer = post("Content-Type: application/json\r\nAccept: application/json;q=0.5\r\n"
                + "Accept: image/svg+xml\r\n");
        assertThat(answer.status()).as(answer.statusLine()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("image/svg+xml");
    }
}
