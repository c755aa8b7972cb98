package cn.netlaw.api.operations;

import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded concurrency with a bounded queue for the expensive requests ({@link AdmissionConfig}): a fair semaphore of
 * {@code concurrent} places and a count of the requests waiting for one. A request that finds the queue full, or
 * waits longer than {@code max-wait}, is refused: {@link #busy()} is the 503 problem with {@code Retry-After}. Waiting
 * happens on the worker thread that would run the request, never on an event loop.
 */
@Singleton
public class Admission {

    private final Semaphore places;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int queue;
    private final long maxWaitNanos;
    private final int retryAfterSeconds;
    private final Counter refused;

    Admission(AdmissionConfig config, MeterRegistry registry) {
        if (config.concurrent() < 1 || config.queue() < 0 || config.maxWait().isNegative()
                || config.retryAfterSeconds() < 1) {
            throw new IllegalArgumentException("liability.admission.*: concurrent >= 1, queue >= 0, max-wait >= 0 and"
                    + " retry-after-seconds >= 1 are required; found concurrent=" + config.concurrent() + ", queue="
                    + config.queue() + ", max-wait=" + config.maxWait() + ", retry-after-seconds="
                    + config.retryAfterSeconds());
        }
        this.places = new Semaphore(config.concurrent(), true);
        this.queue = config.queue();
        this.maxWaitNanos = config.maxWait().toNanos();
        this.retryAfterSeconds = config.retryAfterSeconds();
        this.refused = Counter.builder("liability.admission.refused")
                .description("Expensive requests answered 503 because the service was at its limit")
                .register(registry);
    }

    /** A place held by a request; closing it frees the place (once, however often it is closed). */
    public final class Place implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicBoolean held = new java.util.concurrent.atomic.AtomicBoolean(true);

        @Override
        public void close() {
            if (held.compareAndSet(true, false)) {
                places.release();
            }
        }
    }

    /**
     * A place for an expensive request, waiting for one if the queue has room; null when the request is to be refused
     * (then answer {@link #busy()}).
     */
    public Place enter() {
        if (places.tryAcquire()) {
            return new Place();
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            refused.increment();
            return null;
        }
        try {
            if (places.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
                return new Place();
            }
            refused.increment();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refused.increment();
            return null;
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** The requests waiting for a place now. */
    int waiting() {
        return waiting.get();
    }

    /** The 503 answer of a refused request. */
    public Response busy() {
        return ProblemMapper.builder(Problem.busy(retryAfterSeconds))
                .header("Retry-After", Integer.toString(retryAfterSeconds))
                .build();
    }
}
