package cn.netlaw.api.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import cn.netlaw.api.problem.Ranges.DurationMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * Admission control of the expensive requests (docs/operations.md#limits), under {@code liability.admission.*}: batches, and
 * single classifications that ask for counterfactuals or whose body is too large for the event loop. At most
 * {@code concurrent} run at once; up to {@code queue} more wait for a place, each at most {@code max-wait}; any other
 * is answered {@code 503} problem+json with {@code Retry-After}. Memory then stays bounded by the concurrent and
 * queued requests, not by the number of clients.
 */
@ConfigMapping(prefix = "liability.admission")
public interface AdmissionConfig {

    /** Expensive requests run at once. */
    @WithDefault("2")
    @Min(1)
    int concurrent();

    /** Expensive requests that may wait for a place. */
    @WithDefault("4")
    @Min(0)
    int queue();

    /** How long a request waits for a place before it is answered 503. */
    @WithDefault("2s")
    @DurationMin(millis = 0, message = "must not be negative")
    Duration maxWait();

    /** The Retry-After of a 503, in whole seconds. */
    @WithDefault("2")
    @Min(1)
    int retryAfterSeconds();

    /**
     * The threads one batch decides its items on at most: 0 (the default) one per processor the JVM is given; 1 one
     * thread, the batch's own. Never more than the processors nor than {@code concurrent}: every thread beyond the
     * batch's own takes a place no request holds or waits for, and gives it back as soon as one waits. On a quiet
     * machine of two cores two threads answered one client's batch of 1000 in 21-27 ms against 24-28 ms with one; two
     * clients' batches at once, and batches on a machine busy with other work, went faster with one thread each
     * (bench/README.md, "Targets, measured on a quiet machine (sixth session)").
     */
    @WithDefault("0")
    @Min(0)
    int batchThreads();
}
