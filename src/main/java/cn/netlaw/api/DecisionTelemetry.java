package cn.netlaw.api;

import cn.netlaw.liability.Classification;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What operators see of each request to {@code POST /api/v1/classifications}, and never the request body (notices
 * carry personal identities):
 * <ul>
 * <li>the counter {@value #CLASSIFICATIONS} ({@code liability_classifications_total} at {@code /q/metrics}), one per
 * classification, tagged {@code liability}, {@code rule} and {@code regime};</li>
 * <li>the timer {@value #TIME} ({@code liability_classification_time_seconds}) of every request from reading the
 * body to rendering the answer, tagged {@code outcome}: {@code classified}, or {@code refused} for a 400 or a
 * failure;</li>
 * <li>the {@code decisionId} in the logging context ({@value #DECISION_ID}) of every log line the request writes,
 * and one line per classification with its outcome.</li>
 * </ul>
 */
@Singleton
public class DecisionTelemetry {

    static final String CLASSIFICATIONS = "liability.classifications";
    static final String TIME = "liability.classification.time";
    /** The logging-context key of the decision being made; a field of every JSON log line of the request. */
    static final String DECISION_ID = "decisionId";

    private static final Logger LOG = Logger.getLogger(DecisionTelemetry.class);

    private final MeterRegistry registry;

    DecisionTelemetry(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Begins observing one request; close the observation when the answer is made. */
    Observation start(UUID decisionId) {
        MDC.put(DECISION_ID, decisionId.toString());
        return new Observation(Timer.start(registry));
    }

    /** One request under observation: its clock runs, and its decisionId is in the logging context, until closed. */
    final class Observation implements AutoCloseable {

        private final Timer.Sample sample;
        private String outcome = "refused";

        private Observation(Timer.Sample sample) {
            this.sample = sample;
        }

        /** The request ended in this classification. */
        void classified(Classification classification) {
            outcome = "classified";
            String liability = classification.liability().name();
            String rule = classification.rule().name();
            String regime = classification.regime().name();
            Counter.builder(CLASSIFICATIONS)
                    .description("Classifications made, by liability, rule and regime")
                    .tags("liability", liability, "rule", rule, "regime", regime)
                    .register(registry)
                    .increment();
            LOG.infof("Classified: liability %s, rule %s, regime %s", liability, rule, regime);
        }

        @Override
        public void close() {
            sample.stop(Timer.builder(TIME)
                    .description("Time to read, classify and answer one request")
                    .tag("outcome", outcome)
                    .register(registry));
            MDC.remove(DECISION_ID);
        }
    }
}
