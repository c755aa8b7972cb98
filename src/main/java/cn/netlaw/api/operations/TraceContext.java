package cn.netlaw.api.operations;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.arc.lookup.LookupIfProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * W3C trace context (OpenTelemetry, {@code quarkus-opentelemetry}): a request's {@code traceparent} is accepted and
 * its trace continued, a request without one starts a new trace; either way the server span of the request is the
 * parent of everything the request causes.
 *
 * <ul>
 * <li>The answer carries {@code traceparent} ({@value #HEADER}): version 00, the request's trace id, the id of the
 * service's server span for the request and the sampling flag, so that a caller without its own tracing can still
 * quote the trace of an answer.</li>
 * <li>Every log line written for the request carries {@code traceId} and {@code spanId} in its logging context
 * (Quarkus puts them there beside {@link RequestIds}' {@code requestId}), as {@code mdc.traceId} and
 * {@code mdc.spanId} of the JSON log lines.</li>
 * <li>Spans are exported (OTLP) only where an endpoint is configured: {@code quarkus.otel.exporter.otlp.endpoint} (or
 * its {@code .traces.endpoint}) other than Quarkus' own default {@value #UNCONFIGURED}. Without one, {@link #unexported}
 * stands in for the exporter, so the service opens no connection to a collector and logs no failure to reach one.</li>
 * <li>Without an endpoint, a trace the service starts is not sampled ({@link #unrecorded}): its span keeps its ids,
 * in the answer and the log lines, but is not recorded, since nothing would receive it (flag {@code 00}). A caller's
 * {@code traceparent} decides as before: its sampled flag is continued. With an endpoint, every trace the service
 * starts is sampled (flag {@code 01}) and exported.</li>
 * </ul>
 */
@Singleton
public class TraceContext {

    public static final String HEADER = "traceparent";
    /** The endpoint Quarkus uses when none is configured; no collector is assumed to be there. */
    static final String UNCONFIGURED = "http://localhost:4317/";
    /** Where the traces' OTLP endpoint is configured (it defaults to {@code quarkus.otel.exporter.otlp.endpoint}). */
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    /** After {@link RequestIds}; the server span exists before any route runs (Quarkus' Vert.x tracer). */
    static final int ORDER = RequestIds.ORDER + 1;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(TraceContext::answerWithTrace);
    }

    private static void answerWithTrace(RoutingContext context) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            context.response().headers().set(HEADER, traceparent(span));
        }
        context.next();
    }

    /** The {@code traceparent} value of a span (W3C Trace Context, version 00). */
    static String traceparent(SpanContext span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /**
     * The sampler while no OTLP endpoint is configured: the caller's sampled flag is continued, a trace the service
     * starts is not sampled. Recording a span that no exporter sends (its attributes copied into the span at its end)
     * was 15 % of the weight of JFR's allocation samples under load (bench/README.md, issue 17). With an endpoint
     * configured, Quarkus' own sampler (parent-based, every trace the service starts sampled) stays.
     */
    @Produces
    @Singleton
    @LookupIfProperty(name = ENDPOINT, stringValue = UNCONFIGURED)
    Sampler unrecorded() {
        return Sampler.parentBased(Sampler.alwaysOff());
    }

    /**
     * The exporter while no OTLP endpoint is configured: it drops every span. Quarkus installs its own OTLP exporter
     * only where no other exporter is looked up; configuring an endpoint takes this one out of the lookup.
     */
    @Produces
    @Singleton
    @LookupIfProperty(name = ENDPOINT, stringValue = UNCONFIGURED)
    SpanExporter unexported() {
        return new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
    }
}
