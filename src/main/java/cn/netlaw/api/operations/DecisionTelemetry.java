package cn.netlaw.api.operations;

import cn.netlaw.liability.Classification;
import cn.netlaw.liability.Liability;
import cn.netlaw.liability.Regime;
import cn.netlaw.liability.Rule;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What operators see of each decision, a request to {@code POST /api/v1/classifications} or an item of a batch, and
 * never the request body (notices carry personal identities):
 * <ul>
 * <li>the counter {@value #CLASSIFICATIONS} ({@code liability_classifications_total} at {@code /q/metrics}), one per
 * classification, tagged {@code liability}, {@code rule} and {@code regime};</li>
 * <li>the timer {@value #TIME} ({@code liability_classification_time_seconds}) of every decision from reading the
 * body (or the batch item) to rendering the answer, tagged {@code outcome}: {@code classified}, or {@code refused} for
 * a 400 or a failure; published with the fixed buckets of {@link #BUCKETS} ({@code _bucket{le=...}}), so that p95 and
 * p99 can be aggregated across pods ({@code histogram_quantile}); the HTTP server's own timer
 * {@code http_server_requests_seconds} (per method, uri, status and outcome) gets the same buckets
 * ({@link #histograms()});</li>
 * <li>the counter {@value #CONTESTED} ({@code liability_contested_total}), one per contested question of an answer,
 * tagged {@code question}; and {@value #EXPLORATION_CUT} ({@code liability_exploration_cut_total}), one per answer
 * whose exploration a budget cut short, tagged {@code part} ({@code alternatives}) and {@code cutBy};</li>
 * <li>the {@code decisionId} in the logging context ({@value #DECISION_ID}) of every log line written while the
 * decision is made; and, at DEBUG in the category {@value #DECISIONS_LOG}, one line per classification with its
 * outcome (off by default: at INFO it cost a tenth of the service's throughput, bench/README.md; turn it on with
 * {@code quarkus.log.category."cn.netlaw.decisions".level=DEBUG}, or the environment variable
 * {@code QUARKUS_LOG_CATEGORY__CN_NETLAW_DECISIONS__LEVEL=DEBUG}).</li>
 * </ul>
 * The meters are registered once and kept, so that a decision looks none of them up.
 */
@Singleton
public class DecisionTelemetry {

    public static final String CLASSIFICATIONS = "liability.classifications";
    static final String TIME = "liability.classification.time";
    static final String CONTESTED = "liability.contested";
    static final String EXPLORATION_CUT = "liability.exploration.cut";
    /** The upper bounds of the latency buckets: 100 µs to 10 s. */
    static final java.time.Duration[] BUCKETS = java.util.stream.Stream.of(0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 25.0,
            50.0, 100.0, 250.0, 500.0, 1000.0, 2500.0, 5000.0, 10000.0)
            .map(ms -> java.time.Duration.ofNanos((long) (ms * 1_000_000))).toArray(java.time.Duration[]::new);
    /** The logging-context key of the decision being made; a field of every JSON log line of the request. */
    static final String DECISION_ID = "decisionId";
    /** The log category of the line per classification (lower case, so that an environment variable can name it). */
    static final String DECISIONS_LOG = "cn.netlaw.decisions";

    private static final Logger LOG = Logger.getLogger(DECISIONS_LOG);
    private static final int RULES = Rule.values().length;
    private static final int REGIMES = Regime.values().length;

    private final MeterRegistry registry;
    private final Timer classifiedTime;
    private final Timer refusedTime;
    /** The counter of each (liability, rule, regime), registered at its first classification. */
    private final AtomicReferenceArray<Counter> counters =
            new AtomicReferenceArray<>(Liability.values().length * RULES * REGIMES);

    DecisionTelemetry(MeterRegistry registry) {
        this.registry = registry;
        this.classifiedTime = timer(registry, "classified");
        this.refusedTime = timer(registry, "refused");
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder(TIME)
                .description("Time to read, classify and answer one request")
                .tag("outcome", outcome)
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    /**
     * The HTTP server's request timer ({@code http.server.requests}, recorded by Quarkus per method, uri, status and
     * outcome) with the same fixed buckets as the decisions' timer.
     */
    @jakarta.enterprise.inject.Produces
    @Singleton
    static io.micrometer.core.instrument.config.MeterFilter histograms() {
        return new io.micrometer.core.instrument.config.MeterFilter() {
            @Override
            public io.micrometer.core.instrument.distribution.DistributionStatisticConfig configure(
                    io.micrometer.core.instrument.Meter.Id id,
                    io.micrometer.core.instrument.distribution.DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests")) {
                    double[] nanos = java.util.Arrays.stream(BUCKETS).mapToDouble(d -> d.toNanos()).toArray();
                    return io.micrometer.core.instrument.distribution.DistributionStatisticConfig.builder()
                            .serviceLevelObjectives(nanos).build().merge(config);
                }
                return config;
            }
        };
    }

    private Counter counter(Liability liability, Rule rule, Regime regime) {
        int index = (liability.ordinal() * RULES + rule.ordinal()) * REGIMES + regime.ordinal();
        Counter counter = counters.get(index);
        if (counter == null) {
            counter = Counter.builder(CLASSIFICATIONS)
                    .description("Classifications made, by liability, rule and regime")
                    .tags("liability", liability.name(), "rule", rule.name(), "regime", regime.name())
                    .register(registry);
            counters.set(index, counter);
        }
        return counter;
    }

    /** Begins observing one decision under a new decisionId; close the observation when the answer is made. */
    public Observation start() {
        UUID decisionId = RandomUuids.next();
        MDC.put(DECISION_ID, decisionId.toString());
        return new Observation(decisionId, Timer.start(registry));
    }

    /** One decision under observation: its clock runs, and its decisionId is in the logging context, until closed. */
    public final class Observation implements AutoCloseable {

        private final UUID decisionId;
        private final Timer.Sample sample;
        private boolean classified;

        private Observation(UUID decisionId, Timer.Sample sample) {
            this.decisionId = decisionId;
            this.sample = sample;
        }

        /** The decisionId of the answer. */
        public UUID decisionId() {
            return decisionId;
        }

        /** The decision ended in this classification. */
        public void classified(Classification classification) {
            classified = true;
            counter(classification.liability(), classification.rule(), classification.regime()).increment();
            for (int i = 0; i < classification.contested().size(); i++) {
                registry.counter(CONTESTED, "question", classification.contested().get(i).question().name())
                        .increment();
            }
            if (classification.exploration().cutBy() != null) {
                registry.counter(EXPLORATION_CUT, "part", "alternatives", "cutBy",
                        classification.exploration().cutBy().name()).increment();
            }
            LOG.debugf("Classified: liability %s, rule %s, regime %s", classification.liability(),
                    classification.rule(), classification.regime());
        }

        @Override
        public void close() {
            sample.stop(classified ? classifiedTime : refusedTime);
            MDC.remove(DECISION_ID);
        }
    }
}
