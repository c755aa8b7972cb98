package cn.netlaw.api;

import cn.netlaw.api.classification.ClassificationResourceTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the packaged jar of the integration tests with the clock fixed at the scenario file's
 * {@code evaluationClock}: the properties returned here reach the launched application as {@code -D} options. The
 * {@code @QuarkusTest}s get the same instant from {@code %test.liability.evaluation-time}.
 */
public class EvaluationClock implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("liability.evaluation-time", ClassificationResourceTest.EVALUATION_TIME);
    }

    @Override
    public void stop() {
    }
}
