package cn.netlaw.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.ClassificationResource;
import cn.netlaw.api.classification.ClassificationResourceTest;
import cn.netlaw.api.classification.ContractExamples;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With an OTLP endpoint configured ({@code quarkus.otel.exporter.otlp.endpoint}), the spans of the requests are
 * exported there: a stand-in collector on a loopback port sees the exporter connect and open its gRPC (HTTP/2) stream.
 * {@link TraceContextTest} shows the other side: without an endpoint no exporter runs.
 */
@QuarkusTest
@TestProfile(TraceExportTest.Collector.class)
class TraceExportTest {

    /**
     * A free loopback port for the stand-in collector, chosen once per JVM (the profile and the test may be loaded by
     * different class loaders); the test listens on it before it sends a request.
     */
    static int collectorPort() {
        String chosen = System.getProperty("nsp-liability.test.collector-port");
        if (chosen == null) {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                chosen = Integer.toString(probe.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty("nsp-liability.test.collector-port", chosen);
        }
        return Integer.parseInt(chosen);
    }

    public static class Collector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:" + collectorPort(),
                    "quarkus.otel.bsp.schedule.delay", "100ms");
        }
    }

    @Inject
    Instance<SpanExporter> exporters;

    @Inject
    Instance<Sampler> samplers;

    @Test
    void the_spans_of_a_request_are_sent_to_the_configured_collector() throws IOException {
        assertThat(exporters.isUnsatisfied()).as("the exporter that drops spans is not looked up").isTrue();
        assertThat(samplers.isUnsatisfied()).as("the sampler that records no trace of the service's own is not looked up")
                .isTrue();
        try (ServerSocket collector = new ServerSocket(collectorPort(), 4, InetAddress.getLoopbackAddress())) {
            collector.setSoTimeout(60_000);
            String traceparent = given().contentType(ContentType.JSON).body(ContractExamples.MINIMAL)
                    .when().post(ClassificationResourceTest.PATH).then().statusCode(200)
                    .extract().header(TraceContext.HEADER);
            assertThat(traceparent).as("a trace the service starts is sampled where a collector is configured")
                    .endsWith("-01");
            try (Socket exporter = collector.accept(); InputStream in = exporter.getInputStream()) {
                byte[] preface = in.readNBytes(16);
                assertThat(new String(preface, StandardCharsets.US_ASCII)).startsWith("PRI * HTTP/2.0");
            }
        }
    }
}
