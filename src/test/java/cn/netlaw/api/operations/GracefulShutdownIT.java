package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM with long requests in flight, against the packaged jar started as its own process with the image's memory
 * flags in 512 MiB ({@code java -XX:MaxRAM=512m … -jar target/quarkus-app/quarkus-run.jar}, the prod profile, so the
 * shipped shutdown settings). Two requests are in flight: a batch with {@code include=counterfactuals} sized, from a
 * timed run of one item, to take about eight seconds (its exploration stops at the signal, cut by the budget:
 * {@code cutBy SHUTDOWN}), and a single classification whose body is uploaded over six seconds, so that a request
 * is still running after the drain window. Then {@link Process#destroy()} sends SIGTERM and two clients probe
 * readiness (on the management interface, as the kubelet does) and the API every 100 ms until the process is gone.
 * It checks that
 * <ul>
 * <li>readiness answers 503 DOWN at once (within 2 s of the signal) and never UP again;</li>
 * <li>the API still answers during the drain window ({@code quarkus.shutdown.delay}, 3 s), with
 * {@code Connection: close}, and, not before the window has passed, answers 503 {@code /problems/shutting-down}
 * with {@code Retry-After} while the upload runs, then refuses connections;</li>
 * <li>both requests in flight are answered 200 (the batch's, if it outlasts {@code quarkus.shutdown.timeout}, may be
 * cut, and then the log says so);</li>
 * <li>the JVM exits within {@code terminationGracePeriodSeconds} less the preStop pause of
 * {@code k8s/base/deployment.yaml} (25 s), with no ERROR in its log but that timeout.</li>
 * </ul>
 * The figures are printed and written to {@code target/graceful-shutdown/summary.txt} (bench/README.md quotes them).
 */
class GracefulShutdownIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path OUT = Path.of("target", "graceful-shutdown");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROBE_EVERY = Duration.ofMillis(100);
    private static final Duration DRAIN_WINDOW = Duration.ofSeconds(3);
    private static final int NOTICES = 60;
    private static final double IN_FLIGHT_SECONDS = 8;
    private static final int UPLOAD_PIECES = 12;
    private static final Duration UPLOAD_PAUSE = Duration.ofMillis(500);

    private Process service;

    /** One probe's outcome, at {@code millis} after the signal: a status, or 0 when the connection failed. */
    private record Probe(long millis, int status, String type, String retryAfter, String connection) {
    }

    @AfterEach
    void stop() {
        if (service != null && service.isAlive()) {
            service.destroyForcibly();
        }
    }

    @Test
    void sigterm_turns_readiness_down_drains_refuses_finishes_the_request_in_flight_and_exits_in_time()
            throws Exception {
        assertThat(JAR).as("the packaged jar (mvn package)").exists();
        Files.createDirectories(OUT);
        Path log = OUT.resolve("service.log");
        int port = freePort();
        int managementPort = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        service = new ProcessBuilder(java, "-XX:MaxRAM=512m", "-XX:MaxRAMPercentage=60", "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.log.console.json.enabled=false", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI base = URI.create("http://localhost:" + port);
        URI management = URI.create("http://localhost:" + managementPort);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        awaitReady(client, management);

        // the request in flight: a batch sized to take about IN_FLIGHT_SECONDS
        String item = item(NOTICES);
        double itemSeconds = 0;
        for (int run = 0; run < 2; run++) { // the first run warms the JIT up; the second is timed
            long timed = System.nanoTime();
            HttpResponse<String> one = client.send(post(base, "/api/v1/classifications?include=counterfactuals",
                    item), HttpResponse.BodyHandlers.ofString());
            itemSeconds = (System.nanoTime() - timed) / 1e9;
            assertThat(one.statusCode()).isEqualTo(200);
        }
        int items = (int) Math.max(1, Math.min(50, Math.round(IN_FLIGHT_SECONDS / itemSeconds)));
        String batch = "{\"items\":[" + String.join(",", Collections.nCopies(items, item)) + "]}";
        long sent = System.nanoTime();
        CompletableFuture<RawConnection.Answer> inFlight = CompletableFuture.supplyAsync(() -> send(port,
                "POST /api/v1/classifications/batch?include=counterfactuals HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: "
                        + batch.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + batch));
        Thread.sleep(500);
        String body = " ".repeat(UPLOAD_PIECES * 20) + "{\"provider\": {\"role\": \"STORAGE\"}}";
        CompletableFuture<RawConnection.Answer> upload = CompletableFuture.supplyAsync(() -> upload(port, body));
        Thread.sleep(500);
        assertThat(inFlight).as("the batch is still running when the signal is sent").isNotDone();

        long signal = System.nanoTime();
        CompletableFuture<Long> inFlightAt = inFlight.handle((done, failed) -> millisSince(signal));
        CompletableFuture<Long> uploadAt = upload.handle((done, failed) -> millisSince(signal));
        service.destroy(); // SIGTERM
        List<Probe> readiness = new CopyOnWriteArrayList<>();
        List<Probe> api = new CopyOnWriteArrayList<>();
        Thread readinessProbe = Thread.ofPlatform()
                .start(() -> probe(client, management, "/q/health/ready", signal, readiness));
        Thread apiProbe = Thread.ofPlatform().start(
                () -> probe(client, base, "/api/v1/provisions/CIVIL_CODE_1195_1", signal, api));
        RawConnection.Answer answer = inFlight.get(60, TimeUnit.SECONDS);
        if (answer.status() == 0) {
            answer = null; // cut: the log must say the shutdown timed out (asserted below)
        }
        long inFlightDone = inFlightAt.get(60, TimeUnit.SECONDS);
        RawConnection.Answer uploaded = upload.get(60, TimeUnit.SECONDS);
        long uploadDone = uploadAt.get(60, TimeUnit.SECONDS);
        boolean exited = service.waitFor(60, TimeUnit.SECONDS);
        long exit = millisSince(signal);
        readinessProbe.join(10_000);
        apiProbe.join(10_000);
        assertThat(exited).as("the JVM exited").isTrue();

        String serviceLog = Files.readString(log, StandardCharsets.UTF_8);
        boolean timedOut = serviceLog.contains("Timed out waiting for graceful shutdown");
        long firstDown = readiness.stream().filter(p -> p.status() == 503).mapToLong(Probe::millis).min().orElse(-1);
        long lastApiOk = api.stream().filter(p -> p.status() == 200).mapToLong(Probe::millis).max().orElse(-1);
        long firstRefused = api.stream().filter(p -> p.status() == 503).mapToLong(Probe::millis).min().orElse(-1);
        long firstNoConnection = api.stream().filter(p -> p.status() == 0).mapToLong(Probe::millis).min().orElse(-1);
        long allowed = allowedFromSignal().toMillis();
        String summary = String.format(Locale.ROOT, """
                in flight: batch of %d items x %d notices with counterfactuals (one item %.2f s), sent %d ms before \
                the signal, %s %d ms after it ("cutBy":"SHUTDOWN" %d times in it); a body uploaded over %d s, \
                answered %d %d ms after the signal
                readiness: first 503 DOWN %d ms after the signal (%d probes)
                api: last 200 at %d ms, first 503 /problems/shutting-down at %d ms, first refused connection at %d ms \
                (%d probes)
                exit: %d ms after the signal, status %d; allowed %d ms (terminationGracePeriodSeconds less preStop)
                """, items, NOTICES, itemSeconds, (signal - sent) / 1_000_000,
                answer == null ? "cut" : "answered " + answer.status(), inFlightDone,
                answer == null ? 0 : count(answer.body(), "\"cutBy\":\"SHUTDOWN\""),
                UPLOAD_PIECES * UPLOAD_PAUSE.toMillis() / 1000, uploaded.status(), uploadDone, firstDown,
                readiness.size(), lastApiOk, firstRefused, firstNoConnection, api.size(), exit,
                service.exitValue(), allowed);
        System.out.print(summary);
        Files.writeString(OUT.resolve("summary.txt"), summary);

        long window = DRAIN_WINDOW.toMillis();
        long firstNotServed = api.stream().filter(p -> p.status() != 200).mapToLong(Probe::millis).min().orElse(-1);
        assertThat(firstDown).as("readiness reports DOWN").isBetween(0L, 2_000L);
        assertThat(readiness).filteredOn(p -> p.millis() > firstDown).noneMatch(p -> p.status() == 200);
        assertThat(api).as("answered during the drain window").anyMatch(p -> p.status() == 200);
        assertThat(firstNotServed).as("the API is refused (503 or no connection) after the drain window")
                .isPositive();
        assertThat(firstNotServed).as("and not before the window has passed").isGreaterThanOrEqualTo(window);
        assertThat(api).as("after the window: 503 or no connection, never 200")
                .filteredOn(p -> p.millis() >= window + 500).allMatch(p -> p.status() == 503 || p.status() == 0);
        assertThat(api).filteredOn(p -> p.status() == 503).allSatisfy(p -> {
            assertThat(p.type()).isEqualTo("/problems/shutting-down");
            assertThat(p.retryAfter()).isEqualTo("1");
            assertThat(p.connection()).isEqualToIgnoringCase("close");
        });
        assertThat(uploaded.status()).as("the upload in flight is answered").isEqualTo(200);
        assertThat(uploadDone).as("after the window").isGreaterThan(window + 500);
        assertThat(firstRefused).as("while a request ran past the window, new ones were answered 503")
                .isPositive();
        assertThat(api).filteredOn(p -> p.status() == 200 && p.millis() > firstDown + 200)
                .allSatisfy(p -> assertThat(p.connection()).as("Connection during the drain")
                        .isEqualToIgnoringCase("close"));
        if (timedOut) {
            assertThat(answer).as("cut: it outlasted quarkus.shutdown.timeout").isNull();
        } else {
            assertThat(answer).as("the request in flight was answered").isNotNull();
            assertThat(answer.status()).isEqualTo(200);
            String json = "chunked".equalsIgnoreCase(answer.header("Transfer-Encoding"))
                    ? RawConnection.dechunk(answer.body()) : answer.body();
            assertThat(JSON.readTree(json).path("results")).hasSize(items);
            assertThat(inFlightDone).as("answered after the signal").isPositive();
        }
        assertThat(exit).as("exit within the grace period less preStop").isLessThan(allowed);
        assertThat(service.exitValue()).as("exit status (143: SIGTERM)").isIn(0, 143);
        assertThat(serviceLog.lines().filter(line -> line.contains(" ERROR ")
                && !line.contains("Timed out waiting for graceful shutdown"))).as("ERROR lines").isEmpty();
        assertThat(canConnect(port)).as("connections are refused once the JVM is gone").isFalse();
        assertThat(canConnect(managementPort)).as("on the management interface too").isFalse();
    }

    /** Sends the bytes on a connection of their own and reads the whole answer (status 0: none came). */
    private static RawConnection.Answer send(int port, String request) {
        try (RawConnection connection = new RawConnection(port)) {
            return connection.send(request).read(Duration.ofSeconds(60), false);
        } catch (IOException e) {
            throw new IllegalStateException("the request could not be sent", e);
        }
    }

    /** Sends a classification whose body comes in {@value #UPLOAD_PIECES} pieces, one every {@link #UPLOAD_PAUSE}. */
    private static RawConnection.Answer upload(int port, String body) {
        try (RawConnection connection = new RawConnection(port)) {
            connection.send("POST /api/v1/classifications HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n");
            int piece = body.length() / UPLOAD_PIECES + 1;
            for (int start = 0; start < body.length(); start += piece) {
                Thread.sleep(UPLOAD_PAUSE);
                connection.send(body.substring(start, Math.min(body.length(), start + piece)));
            }
            return connection.read(Duration.ofSeconds(30), false);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the upload failed", e);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** A case of {@code notices} minimal notices, on a few days of January 2022. */
    private static String item(int notices) {
        List<String> history = new ArrayList<>();
        for (int i = 0; i < notices; i++) {
            history.add(String.format(Locale.ROOT, "{\"receivedAt\":\"2022-01-%02dT09:00:00+08:00\"}", 1 + i % 28));
        }
        return "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[" + String.join(",", history) + "]}";
    }

    private static HttpRequest post(URI base, String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static void probe(HttpClient client, URI base, String path, long signal, List<Probe> probes) {
        while (true) {
            long at = millisSince(signal);
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                String type = null;
                if (response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE)) {
                    type = JSON.readTree(response.body()).path("type").asText();
                }
                probes.add(new Probe(at, response.statusCode(), type,
                        response.headers().firstValue("Retry-After").orElse(null),
                        response.headers().firstValue("Connection").orElse(null)));
            } catch (IOException e) {
                probes.add(new Probe(at, 0, null, null, null));
                if (e instanceof ConnectException) {
                    return; // the server socket is closed
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(PROBE_EVERY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void awaitReady(HttpClient client, URI management) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service is running").isTrue();
            try {
                HttpResponse<String> ready = client.send(
                        HttpRequest.newBuilder(management.resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not become ready within 90 s");
    }

    /** {@code terminationGracePeriodSeconds} less the preStop {@code sleep} of k8s/base/deployment.yaml. */
    private static Duration allowedFromSignal() throws IOException {
        JsonNode pod = new YAMLMapper().readTree(Path.of("k8s", "base", "deployment.yaml").toFile()).path("spec")
                .path("template").path("spec");
        JsonNode preStop = pod.path("containers").get(0).path("lifecycle").path("preStop").path("exec")
                .path("command");
        assertThat(preStop.get(0).asText()).isEqualTo("sleep");
        return Duration.ofSeconds(pod.path("terminationGracePeriodSeconds").asLong() - preStop.get(1).asLong());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean canConnect(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
