package cn.netlaw.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.ClassificationResourceTest;
import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fuzz corpus of {@link HostileRequests} over HTTP: every malformed or hostile request is answered 4xx with an
 * RFC 9457 problem that names no Java internals, carries the security headers, and stays small whatever the size of
 * the request; and a body of 30 MiB is refused with 413 that the client reads. {@code HostileRequestsIT} runs the same
 * against the packaged jar.
 */
@QuarkusTest
class HostileRequestsTest {

    static final String PATH = ClassificationResourceTest.PATH;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INTERNALS = List.of("java.", "jakarta.", "com.fasterxml", "io.quarkus",
            "io.vertx", "io.netty", "cn.netlaw", "Exception", "\tat ", "jackson", "Jackson");
    private static final int MIB = 1 << 20;

    static Stream<HostileRequests.Hostile> corpus() {
        return HostileRequests.corpus().stream();
    }

    /** What the service answered. */
    private record Answer(int status, String contentType, String nosniff, String cacheControl, String body) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void every_hostile_request_is_answered_4xx_with_a_problem_that_names_no_java_internals(
            HostileRequests.Hostile request) throws Exception {
        Answer answer = send(request);
        assertThat(answer.status()).as("status").isBetween(400, 499);
        if (request.status() != 0) {
            assertThat(answer.status()).as("status").isEqualTo(request.status());
        }
        assertThat(answer.contentType()).as("Content-Type").startsWith(Problem.MEDIA_TYPE);
        assertThat(answer.nosniff()).as("X-Content-Type-Options").isEqualTo("nosniff");
        assertThat(answer.cacheControl()).as("Cache-Control").isEqualTo("no-store");
        assertThat(answer.body().length()).as("size of the answer").isLessThan(64 * 1024);
        for (String internal : INTERNALS) {
            assertThat(answer.body()).as("the answer names no Java internals").doesNotContain(internal);
        }
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).matches("/problems/[a-z0-9-]+");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("errors").isArray()).isTrue();
        if (request.field() != null) {
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
            assertThat(fields).as("the fields named in %s", answer.body())
                    .anySatisfy(field -> assertThat(field.startsWith(request.field())
                            // an unknown name is echoed shortened: its first characters and an ellipsis
                            || (field.endsWith("…") && request.field().startsWith(field.substring(0, field.length() - 1))))
                            .as("%s names %s", field, request.field()).isTrue());
        }
    }

    private static Answer send(HostileRequests.Hostile request) throws IOException, InterruptedException {
        if (request.contentType() == null || !request.contentType().startsWith(HostileRequests.JSON_TYPE)) {
            // REST Assured would declare a type of its own, or encode a form; the JDK client sends the bytes as told.
            HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
            if (request.contentType() != null) {
                builder.header("Content-Type", request.contentType());
            }
            HttpRequest plain = builder.build();
            try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                HttpResponse<String> response = client.send(plain, HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("X-Content-Type-Options").orElse(null),
                        response.headers().firstValue("Cache-Control").orElse(null), response.body());
            }
        }
        Response response = given().contentType(request.contentType()).body(request.body()).when().post(PATH);
        return new Answer(response.statusCode(), response.contentType(), response.header("X-Content-Type-Options"),
                response.header("Cache-Control"), response.asString());
    }

    // ---------------------------------------------------------------------------------------------------------
    // A body far beyond the size limit
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void a_body_of_thirty_mebibytes_is_refused_with_413_and_the_client_reads_the_answer() throws Exception {
        String head = "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (30L * MIB) + "\r\n\r\n";
        assertRefusedWith413(head, false);
    }

    @Test
    void a_chunked_body_of_thirty_mebibytes_is_refused_with_413_and_the_client_reads_the_answer() throws Exception {
        String head = "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n";
        assertRefusedWith413(head, true);
    }

    @Test
    void a_transfer_coding_other_than_chunked_is_refused_with_a_problem_and_the_connection_closed() throws Exception {
        String body = "{\"provider\": {\"role\": \"STORAGE\"}}";
        String head = "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: xchunked\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
        URI endpoint = endpoint();
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 400 ");
            String lower = answer.toLowerCase(Locale.ROOT);
            assertThat(lower).contains("content-type: application/problem+json").contains("connection: close")
                    .contains("x-content-type-options: nosniff");
            assertThat(JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4)).path("type").asText())
                    .isEqualTo("/problems/unsupported-transfer-coding");
        }
    }

    /**
     * Writes the head, then 30 MiB of body on another thread while this one reads the answer, as a client that
     * reads while it sends. The service reads and discards up to four times its limit, answers and closes, so the
     * writer may see the connection closed before it is done: only the answer matters.
     */
    private static void assertRefusedWith413(String head, boolean chunked) throws Exception {
        URI endpoint = endpoint();
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            Thread writer = Thread.ofPlatform().daemon().start(() -> writeBody(out, chunked));
            String answer = readAnswer(socket.getInputStream());
            writer.join(60_000);
            assertThat(answer).startsWith("HTTP/1.1 413 ");
            String lower = answer.toLowerCase(Locale.ROOT);
            assertThat(lower).contains("content-type: application/problem+json");
            assertThat(lower).contains("x-content-type-options: nosniff");
            assertThat(lower).contains("cache-control: no-store");
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertThat(JSON.readTree(body).path("type").asText()).isEqualTo("/problems/body-too-large");
            for (String internal : INTERNALS) {
                assertThat(body).doesNotContain(internal);
            }
        }
    }

    private static void writeBody(OutputStream out, boolean chunked) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        try {
            for (long sent = 0; sent < 30L * MIB; sent += chunk.length) {
                if (chunked) {
                    out.write(chunkHead);
                    out.write(chunk);
                    out.write(crlf);
                } else {
                    out.write(chunk);
                }
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException closedByTheService) {
            // expected once the service has answered and closed the connection
        }
    }

    /** The status line, headers and body (by Content-Length) of the answer. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        int contentLength = -1;
        int headEnd = -1;
        byte[] buffer = new byte[8192];
        while (true) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            read.write(buffer, 0, n);
            String text = read.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                for (String line : text.substring(0, headEnd).split("\r\n")) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        contentLength = Integer.parseInt(line.substring(15).trim());
                    }
                }
            }
            if (headEnd >= 0 && contentLength >= 0 && read.size() >= headEnd + 4 + contentLength) {
                break;
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    static URI endpoint() {
        return ClassificationResourceTest.endpoint();
    }
}
