package cn.netlaw.api.operations;

import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemMapper;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What the service answers while it stops. At SIGTERM Quarkus reports readiness DOWN at once (its
 * "Graceful Shutdown" check, {@code quarkus.shutdown.delay-enabled}) and fires {@link ShutdownDelayInitiatedEvent};
 * then, for {@code quarkus.shutdown.delay} (the drain window, for a load balancer to stop sending), this route lets
 * requests through as usual but marks every answer {@code Connection: close}, so that kept-alive clients reconnect to
 * another replica. After the window, every new request to the API port is answered 503
 * {@code /problems/shutting-down} with {@code Retry-After: 1} and {@code Connection: close}. Quarkus itself would go
 * on serving them (with {@code Connection: close}) until its running requests are done. Requests already running
 * finish within {@code quarkus.shutdown.timeout}; then the server closes and new connections are refused.
 *
 * <p>The probes and the scrapers do not pass here: health, metrics and info are on the management interface
 * ({@link ManagementInterfaceGuard}), which keeps answering (readiness DOWN) until the JVM stops.
 */
@Singleton
public class Drain {

    /** After the connection guard, before every other guard: a stopping replica does no work for a new request. */
    static final int ORDER = ConnectionGuard.ORDER + 1;

    private static final Logger LOG = Logger.getLogger(Drain.class);

    private final long windowNanos;
    private volatile boolean draining;
    private volatile long refusingFrom;

    Drain(@ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay) {
        this.windowNanos = delay.filter(d -> !d.isNegative()).orElse(Duration.ZERO).toNanos();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void onShutdown(@Observes ShutdownDelayInitiatedEvent event) {
        begin(System.nanoTime());
    }

    /** Begins the drain at the given instant ({@link System#nanoTime()}); new requests are refused a window later. */
    void begin(long now) {
        refusingFrom = now + windowNanos;
        draining = true;
        LOG.infof("Shutting down: readiness is DOWN; new requests are answered for %d ms more, then refused with 503",
                Duration.ofNanos(windowNanos).toMillis());
    }

    public boolean draining() {
        return draining;
    }

    private void handle(RoutingContext context) {
        if (!draining) {
            context.next();
            return;
        }
        if (System.nanoTime() - refusingFrom >= 0) {
            context.response().setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.RETRY_AFTER, "1")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Buffer.buffer(ProblemMapper.json(Problem.shuttingDown())));
            return;
        }
        context.addHeadersEndHandler(written -> context.response().headers().set(HttpHeaders.CONNECTION, "close"));
        context.next();
    }
}
