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
 *
 * <p>A place no request holds or waits for may be lent to a second thread of a request that holds one (a batch
 * deciding its items on more than one thread, {@link #lend()}); the borrower gives it back as soon as a request waits
 * ({@link #wanted()}), so that lending never makes a request wait longer than the borrower's current item, and a
 * request waiting for a lent place does not count against the queue. So the threads at work on expensive requests
 * never outnumber the places.
 */
@Singleton
public class Admission {

    private final Semaphore places;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger lent = new AtomicInteger();
    private final int batchThreads;
    private final int queue;
    private final long maxWaitNanos;
    private final int retryAfterSeconds;
    private final Counter refused;

    @jakarta.inject.Inject
    Admission(AdmissionConfig config, MeterRegistry registry) {
        this(config, registry, Runtime.getRuntime().availableProcessors());
    }

    /** With the number of processors given ({@code batch-threads} is at most that). */
    Admission(AdmissionConfig config, MeterRegistry registry, int processors) {
        if (config.concurrent() < 1 || config.queue() < 0 || config.maxWait().isNegative()
                || config.retryAfterSeconds() < 1 || config.batchThreads() < 0) {
            throw new IllegalArgumentException("liability.admission.*: concurrent >= 1, queue >= 0, max-wait >= 0,"
                    + " retry-after-seconds >= 1 and batch-threads >= 0 are required; found concurrent="
                    + config.concurrent() + ", queue=" + config.queue() + ", max-wait=" + config.maxWait()
                    + ", retry-after-seconds=" + config.retryAfterSeconds() + ", batch-threads="
                    + config.batchThreads());
        }
        int cores = Math.max(1, processors);
        this.batchThreads = Math.min(Math.min(config.batchThreads() == 0 ? cores : config.batchThreads(), cores),
                config.concurrent());
        this.places = new Semaphore(config.concurrent(), true);
        this.queue = config.queue();
        this.maxWaitNanos = config.maxWait().toNanos();
        this.retryAfterSeconds = config.retryAfterSeconds();
        this.refused = Counter.builder("liability.admission.refused")
                .description("Expensive requests answered 503 because the service was at its limit")
                .register(registry);
    }

    /** A place held by a request, or lent; closing it frees the place (once, however often it is closed). */
    public final class Place implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicBoolean held = new java.util.concurrent.atomic.AtomicBoolean(true);
        private final boolean borrowed;

        private Place(boolean borrowed) {
            this.borrowed = borrowed;
        }

        @Override
        public void close() {
            if (held.compareAndSet(true, false)) {
                if (borrowed) {
                    lent.decrementAndGet();
                }
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
            return new Place(false);
        }
        // a lent place is given back within the borrower's current item: waiting for it is not queueing
        if (waiting.incrementAndGet() > queue + lent.get()) {
            waiting.decrementAndGet();
            refused.increment();
            return null;
        }
        try {
            long wait = lent.get() > 0 ? Math.max(maxWaitNanos, LENT_WAIT_NANOS) : maxWaitNanos;
            if (places.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
                return new Place(false);
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

    /** How long a request waits at least when a place is lent (even with {@code max-wait} 0): its borrower's item. */
    private static final long LENT_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    /**
     * A free place for a further thread of a request that holds one, when no request waits for a place; null
     * otherwise. The borrower closes it when done, and as soon as {@link #wanted()}.
     */
    public Place lend() {
        if (waiting.get() > 0) {
            return null;
        }
        lent.incrementAndGet(); // counted first, so that a request that finds no place knows one is only lent
        if (!places.tryAcquire()) {
            lent.decrementAndGet();
            return null;
        }
        Place place = new Place(true);
        if (waiting.get() > 0) { // a request began to wait meanwhile: the place is its
            place.close();
            return null;
        }
        return place;
    }

    /** Whether a request waits for a place: lent places are to be given back. */
    public boolean wanted() {
        return waiting.get() > 0;
    }

    /**
     * The threads one batch may decide its items on ({@code batch-threads}, 0: one per processor), at most the
     * processors and at most {@code concurrent}; every thread beyond the batch's own runs on a lent place.
     */
    public int batchThreads() {
        return batchThreads;
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
