package cn.netlaw.api.classification;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the tests of {@link ClassificationRoute} see behind it: the request ids of the requests that went on past the
 * route (to Quarkus REST), and the server spans of the traces they name. Only requests whose {@code X-Request-Id}
 * begins with {@value #PREFIX}, and spans whose trace a test named ({@link #watch}), are kept.
 */
@Singleton
public class RoutesReached implements SpanProcessor {

    static final String PREFIX = "route-test-";

    private final Set<String> passed = ConcurrentHashMap.newKeySet();
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final Map<String, SpanData> spans = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.route().order(ClassificationRoute.ORDER + 1).handler(context -> {
            String id = context.request().getHeader("X-Request-Id");
            if (id != null && id.startsWith(PREFIX)) {
                passed.add(id);
            }
            context.next();
        });
    }

    /** Whether the request with this id went on past {@link ClassificationRoute}. */
    boolean passed(String requestId) {
        return passed.contains(requestId);
    }

    /** Keep the server span of this trace when it ends. */
    void watch(String traceId) {
        watched.add(traceId);
    }

    /** The ended server span of a watched trace, or null. */
    SpanData span(String traceId) {
        return spans.get(traceId);
    }

    /** A span's attributes by name, as text. */
    static Map<String, String> attributes(SpanData span) {
        Map<String, String> out = new TreeMap<>();
        span.getAttributes().forEach((key, value) -> out.put(key.getKey(), String.valueOf(value)));
        return out;
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        String trace = span.getSpanContext().getTraceId();
        if (span.getKind() == SpanKind.SERVER && watched.contains(trace)) {
            spans.put(trace, span.toSpanData());
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
