package cn.netlaw.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.ClassificationResource;
import cn.netlaw.api.classification.ClassificationResourceTest;
import cn.netlaw.api.classification.ContractExamples;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: W3C {@code traceparent} accepted and propagated. The answer's {@code traceparent} carries the caller's
 * trace id and the service's own span, the log lines of the request carry the same ids, a request without one starts a
 * trace of its own, and without a configured OTLP endpoint no span is exported.
 */
@QuarkusTest
class TraceContextTest {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_ID = "00f067aa0ba902b7";

    /** The logging context of each decision logged, copied while the record is published (on the request's thread). */
    private final List<Map<String, String>> decisions = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext && DecisionTelemetry.DECISIONS_LOG.equals(record.getLoggerName())) {
                decisions.add(Map.copyOf(ext.getMdcCopy()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level level;

    @Inject
    Instance<SpanExporter> exporters;

    @BeforeEach
    void captureTheDecisionLog() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        Logger decisionLog = Logger.getLogger(DecisionTelemetry.DECISIONS_LOG);
        level = decisionLog.getLevel();
        decisionLog.setLevel(Level.FINE);
    }

    @AfterEach
    void restoreLogging() {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger(DecisionTelemetry.DECISIONS_LOG).setLevel(level);
    }

    private static Response classify(String traceparent, String requestId) {
        var request = given().contentType(ContentType.JSON).header(RequestIds.HEADER, requestId)
                .body(ContractExamples.MINIMAL);
        if (traceparent != null) {
            request.header(TraceContext.HEADER, traceparent);
        }
        Response answer = request.when().post(ClassificationResourceTest.PATH);
        answer.then().statusCode(200);
        return answer;
    }

    private static Matcher traceparentOf(Response answer) {
        String value = answer.header(TraceContext.HEADER);
        assertThat(value).as("traceparent of the answer").isNotNull();
        Matcher matcher = TRACEPARENT.matcher(value);
        assertThat(matcher.matches()).as(value).isTrue();
        return matcher;
    }

    private Map<String, String> contextOfTheDecisionLoggedFor(String requestId) {
        synchronized (decisions) {
            return decisions.stream()
                    .filter(mdc -> requestId.equals(mdc.get(RequestIds.MDC_KEY)))
                    .findFirst().orElseThrow(() -> new AssertionError("no decision logged for " + requestId));
        }
    }

    @Test
    void the_callers_trace_comes_back_on_the_answer_and_in_the_log_lines_of_the_request() {
        Response answer = classify("00-" + TRACE_ID + "-" + PARENT_ID + "-01", "traced-1");
        Matcher traceparent = traceparentOf(answer);
        assertThat(traceparent.group(1)).isEqualTo(TRACE_ID);
        assertThat(traceparent.group(2)).as("the service's own span").isNotEqualTo(PARENT_ID)
                .isNotEqualTo("0000000000000000");
        assertThat(traceparent.group(3)).as("sampled, as the caller asked").isEqualTo("01");

        Map<String, String> logged = contextOfTheDecisionLoggedFor("traced-1");
        assertThat(logged).containsEntry("traceId", TRACE_ID).containsEntry("spanId", traceparent.group(2));
    }

    @Test
    void a_request_without_a_trace_starts_one_of_its_own() {
        Matcher first = traceparentOf(classify(null, "untraced-1"));
        Matcher second = traceparentOf(classify(null, "untraced-2"));
        assertThat(first.group(1)).isNotEqualTo("0".repeat(32)).isNotEqualTo(second.group(1));
        assertThat(contextOfTheDecisionLoggedFor("untraced-1")).containsEntry("traceId", first.group(1))
                .containsEntry("spanId", first.group(2));
        assertThat(first.group(3)).as("not sampled: no collector is configured, nothing would receive the span")
                .isEqualTo("00");
    }

    @Test
    void a_callers_trace_that_is_not_sampled_stays_unsampled() {
        Matcher traceparent = traceparentOf(classify("00-" + TRACE_ID + "-" + PARENT_ID + "-00", "unsampled-1"));
        assertThat(traceparent.group(1)).isEqualTo(TRACE_ID);
        assertThat(traceparent.group(2)).as("the service's own span").isNotEqualTo(PARENT_ID)
                .isNotEqualTo("0000000000000000");
        assertThat(traceparent.group(3)).isEqualTo("00");
        assertThat(contextOfTheDecisionLoggedFor("unsampled-1")).containsEntry("traceId", TRACE_ID)
                .containsEntry("spanId", traceparent.group(2));
    }

    @Test
    void a_traceparent_that_is_not_valid_is_replaced_by_a_new_trace() {
        for (String invalid : new String[] {"00-" + "0".repeat(32) + "-" + PARENT_ID + "-01", "garbage",
                "00-" + TRACE_ID.toUpperCase() + "-" + PARENT_ID + "-01"}) {
            Matcher answered = traceparentOf(classify(invalid, "invalid-trace"));
            assertThat(answered.group(1)).as(invalid).isNotEqualTo(TRACE_ID).isNotEqualTo("0".repeat(32));
        }
    }

    @Test
    void problems_carry_the_trace_too() {
        Response problem = given().contentType(ContentType.JSON)
                .header(TraceContext.HEADER, "00-" + TRACE_ID + "-" + PARENT_ID + "-01")
                .body("{\"provider\": {}}").when().post(ClassificationResourceTest.PATH);
        problem.then().statusCode(400);
        assertThat(traceparentOf(problem).group(1)).isEqualTo(TRACE_ID);
        Response notFound = given().header(TraceContext.HEADER, "00-" + TRACE_ID + "-" + PARENT_ID + "-00")
                .when().get("/api/v1/nothing-here");
        notFound.then().statusCode(404);
        assertThat(traceparentOf(notFound).group(1)).isEqualTo(TRACE_ID);
    }

    @Test
    void without_an_otlp_endpoint_spans_go_to_the_exporter_that_drops_them() {
        // Quarkus installs its OTLP exporter only where no SpanExporter is looked up: here only the one that drops
        assertThat(exporters.isResolvable()).isTrue();
        assertThat(exporters.get().getClass().getEnclosingClass()).isEqualTo(TraceContext.class);
    }
}
