package cn.netlaw.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the JVM itself prints when the packaged service starts with the image's flags: nothing but the service's own
 * log. JDK 24+ warns on stderr when a library calls a restricted method (JNI's {@code System.loadLibrary}); the
 * Brotli encoder that came with the HTTP layer did so when the server started, and the warning reached operators'
 * logs. The encoder is excluded from the build (pom.xml) and the service offers gzip and deflate only: this test
 * starts the jar, asks for a gzip-encoded answer (the compressors are set up by then), stops it, and checks that no
 * line of its output is a JVM {@code WARNING:} and that no Brotli library is packaged.
 */
class StartupOutputIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void the_jvm_prints_no_warning_and_no_brotli_library_is_packaged() throws Exception {
        try (Stream<Path> libraries = Files.list(APP.resolve("lib").resolve("main"))) {
            assertThat(libraries.map(path -> path.getFileName().toString()))
                    .as("the packaged libraries").isNotEmpty().noneMatch(name -> name.contains("brotli"));
        }
        int port;
        int managementPort;
        try (ServerSocket free = new ServerSocket(0); ServerSocket freeToo = new ServerSocket(0)) {
            port = free.getLocalPort();
            managementPort = freeToo.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile("startup-output", ".log");
        List<String> command = new ArrayList<>(List.of(java, "-XX:MaxRAM=512m"));
        command.addAll(HostileLoadIT.imageFlags());
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort,
                "-jar", APP.resolve("quarkus-run.jar").toString()));
        Process service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            awaitReady(client, managementPort, log);
            HttpResponse<byte[]> catalogue = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/provisions"))
                    .header("Accept-Encoding", "br, gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(catalogue.statusCode()).isEqualTo(200);
            assertThat(catalogue.headers().firstValue("Content-Encoding")).as("br is not offered, gzip is")
                    .hasValue("gzip");
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).as("the service's output (%s)", log).isNotEmpty()
                .noneMatch(line -> line.startsWith("WARNING:"))
                .noneMatch(line -> line.contains("brotli4j"));
    }

    private static void awaitReady(HttpClient client, int managementPort, Path log) throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
        for (int i = 0; i < 600; i++) {
            try {
                if (client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not become ready; its log: " + log);
    }
}
