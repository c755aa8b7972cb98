package cn.netlaw.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, admission control and bounded memory: the packaged service, started with the image's JVM flags under a
 * 512 MiB memory limit ({@code -XX:MaxRAM=512m}, so the heap is 307 MiB as in the container), is sent eight concurrent
 * maximum batches with counterfactuals (4 MiB of cases of 400 minimal notices each) and eight maximum invalid batches
 * (4 MiB of items of 400 unknown properties each) at once. Every request is answered 200 (read to its end) or 503
 * problem+json with Retry-After, none is dropped, the JVM stays up, and its peak resident memory stays under the
 * limit. Figures: bench/README.md, "Hostile load".
 */
class HostileLoadIT {

    private static final long LIMIT_BYTES = 512L << 20;
    private static final int BODY_LIMIT = 4 << 20;
    private static Process service;
    private static int port;
    private static int managementPort;

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0); ServerSocket freeToo = new ServerSocket(0)) {
            port = free.getLocalPort();
            managementPort = freeToo.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile("hostile-load", ".log");
        List<String> command = new ArrayList<>(List.of(java, "-XX:MaxRAM=512m"));
        command.addAll(imageFlags());
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.log.console.json.enabled=false",
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 300; i++) {
            try {
                URI ready = URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
                if (client.send(HttpRequest.newBuilder(ready)
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not become ready; its log: " + log);
    }

    /** The JVM flags of the image: the Dockerfile's {@code ENV JAVA_OPTS="..."}, so that this test follows them. */
    static List<String> imageFlags() throws IOException {
        java.util.regex.Matcher opts = java.util.regex.Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]*)\"")
                .matcher(Files.readString(Path.of("Dockerfile")));
        if (!opts.find()) {
            throw new IllegalStateException("the Dockerfile sets no JAVA_OPTS");
        }
        return List.of(opts.group(1).trim().split("\\s+"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Items of {@code one}, comma-separated, as many as fit in the body limit. */
    private static byte[] batchOf(String one) {
        StringBuilder body = new StringBuilder(BODY_LIMIT).append("{\"items\":[").append(one);
        while (body.length() + one.length() + 3 < BODY_LIMIT - 16) {
            body.append(',').append(one);
        }
        return body.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String minimalNotices(int n) {
        StringBuilder out = new StringBuilder("{\"provider\":{\"role\":\"STORAGE\"},\"rightType\":\"COPYRIGHT\","
                + "\"conductDate\":\"2022-01-01\",\"ongoing\":true,\"noticeHistory\":[");
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : ",").append(String.format("{\"receivedAt\":\"2022-%02d-%02dT%02d:%02d:00+08:00\"}",
                    1 + (i / 600) % 12, 1 + (i / 24) % 25, i % 24, (i * 7) % 60));
        }
        return out.append("]}").toString();
    }

    private static String unknownProperties(int n) {
        StringBuilder out = new StringBuilder("{\"provider\":{\"role\":\"STORAGE\"}");
        for (int i = 0; i < n; i++) {
            out.append(",\"unknownProperty").append(i).append("\":").append(i);
        }
        return out.append('}').toString();
    }

    /** What one request got: its status, the bytes of its answer, and the Retry-After of a 503. */
    private record Answer(int status, long bytes, String contentType, String retryAfter) {
    }

    private static Answer send(HttpClient client, String path, byte[] body) throws Exception {
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
            }
        }
        return new Answer(response.statusCode(), bytes, response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    @Test
    void sixteen_maximum_batches_at_once_are_answered_200_or_503_within_the_memory_limit() throws Exception {
        byte[] valid = batchOf(minimalNotices(400));
        byte[] invalid = batchOf(unknownProperties(400));
        assertThat(valid.length).isGreaterThan(BODY_LIMIT - 50_000).isLessThanOrEqualTo(BODY_LIMIT);
        assertThat(invalid.length).isGreaterThan(BODY_LIMIT - 5_000).isLessThanOrEqualTo(BODY_LIMIT);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(senders.submit(() -> send(client,
                    "/api/v1/classifications/batch?include=counterfactuals", valid)));
            answers.add(senders.submit(() -> send(client, "/api/v1/classifications/batch", invalid)));
        }
        int ok = 0;
        int busy = 0;
        for (Future<Answer> future : answers) {
            Answer answer = future.get(5, TimeUnit.MINUTES);
            assertThat(answer.status()).as("every request is answered 200 or 503").isIn(200, 503);
            if (answer.status() == 200) {
                ok++;
                assertThat(answer.contentType()).startsWith("application/json");
                assertThat(answer.bytes()).isGreaterThan(1000);
            } else {
                busy++;
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.retryAfter()).isNotNull();
            }
        }
        senders.shutdown();
        assertThat(ok).as("the admitted batches are answered in full").isGreaterThanOrEqualTo(2);
        assertThat(service.isAlive()).as("the JVM stays up").isTrue();
        long peak = peakResidentBytes(service.pid());
        System.out.printf("hostile load: %d answered 200, %d answered 503; peak RSS %d MiB of a %d MiB limit%n",
                ok, busy, peak >> 20, LIMIT_BYTES >> 20);
        assertThat(peak).as("peak resident memory (VmHWM)").isLessThan(LIMIT_BYTES);
        // and the service still answers
        assertThat(send(client, "/api/v1/classifications", "{\"provider\":{\"role\":\"STORAGE\"}}"
                .getBytes(StandardCharsets.US_ASCII)).status()).isEqualTo(200);
    }

    /** The peak resident set of a process (Linux /proc/<pid>/status VmHWM), in bytes. */
    private static long peakResidentBytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmHWM for process " + pid);
    }
}
