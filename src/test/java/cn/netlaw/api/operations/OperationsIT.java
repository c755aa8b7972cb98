package cn.netlaw.api.operations;

import cn.netlaw.api.EvaluationClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link OperationsTest} against the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(EvaluationClock.class)
class OperationsIT extends OperationsTest {
}
