package cn.netlaw.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: an answer its client never reads cannot hold the service. Two clients send a batch whose answer is many
 * megabytes and read nothing: without a write deadline each would hold a worker thread and one of the two admission
 * places for ever, and every later batch would be refused 503. With {@code liability.http.write-timeout} (1 s here)
 * their connections are closed, the batches stop, and a third batch is answered 200.
 */
@QuarkusTest
@TestProfile(SlowReaderTest.OneSecond.class)
class SlowReaderTest {

    /** A write deadline of 1 s; the admission of two batches at once, as in production. */
    public static class OneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liability.http.write-timeout", "1s", "liability.admission.concurrent", "2");
        }
    }

    private static final int ITEMS = 1000;
    private static final long WAIT_NANOS = 30_000_000_000L;

    @TestHTTPResource("/")
    URL root;

    @Inject
    ConnectionGuard guard;

    private static String batch() {
        String item = """
                {"provider":{"role":"STORAGE"},"rightType":"COPYRIGHT","conductDate":"2022-01-01","ongoing":true,\
                "noticeHistory":[{"receivedAt":"2022-01-05T10:00:00+08:00"},{"receivedAt":"2022-02-05T10:00:00+08:00"},\
                {"receivedAt":"2022-03-05T10:00:00+08:00"},{"receivedAt":"2022-04-05T10:00:00+08:00"}]}""";
        StringBuilder body = new StringBuilder("{\"items\":[").append(item);
        for (int i = 1; i < ITEMS; i++) {
            body.append(',').append(item);
        }
        return body.append("]}").toString();
    }

    @Test
    void answers_left_unread_are_cut_and_free_their_places() throws Exception {
        String body = batch();
        // the answer is far larger than what the sockets' buffers hold
        byte[] whole = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/classifications/batch")
                .then().statusCode(200).extract().asByteArray();
        assertThat((long) whole.length).as("answer size against the largest socket send buffer")
                .isGreaterThan(largestSendBuffer() + (1 << 20));

        List<Socket> sleepers = new ArrayList<>();
        try {
            byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 2; i++) {
                Socket socket = new Socket();
                socket.setReceiveBufferSize(4096);
                socket.connect(new InetSocketAddress(root.getHost(), root.getPort()));
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/classifications/batch HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                sleepers.add(socket);
            }
            // both batches begin, stall on their unread answers, and are cut by the write deadline
            long deadline = System.nanoTime() + WAIT_NANOS;
            while (guard.busyConnections() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(guard.busyConnections()).as("both batches in progress").isEqualTo(2);
            while (guard.busyConnections() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(guard.busyConnections()).as("connections still answering unread batches").isZero();

            // their places are free: a batch is answered in full
            given().contentType(ContentType.JSON).body(body).when().post("/api/v1/classifications/batch")
                    .then().statusCode(200);

            // and what the sleepers receive when they finally read is a cut answer, not a whole one
            for (Socket socket : sleepers) {
                assertThat(readAll(socket)).as("bytes an unread answer got through").isLessThan(whole.length);
            }
        } finally {
            for (Socket socket : sleepers) {
                socket.close();
            }
        }
    }

    /** The kernel's largest TCP send buffer (the third figure of tcp_wmem), 4 MiB where it cannot be read. */
    private static long largestSendBuffer() {
        try {
            String[] figures = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/net/ipv4/tcp_wmem"))
                    .trim().split("\\s+");
            return Long.parseLong(figures[figures.length - 1]);
        } catch (java.io.IOException | RuntimeException e) {
            return 4 << 20;
        }
    }

    /** Reads until the service's close (or reset); the count of bytes read, head included. */
    private static long readAll(Socket socket) throws Exception {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
            }
        } catch (java.io.IOException reset) {
            // closed with unread data: a reset
        }
        return total;
    }
}
