package cn.netlaw.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The generated client against the packaged jar, its clock fixed at the scenario file's evaluationClock. */
@QuarkusIntegrationTest
@WithTestResource(EvaluationClock.class)
class GeneratedClientIT extends GeneratedClientTest {
}
