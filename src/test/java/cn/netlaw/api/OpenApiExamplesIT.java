package cn.netlaw.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Every request example of the contract against the packaged jar, its clock fixed at the scenarios' evaluationClock. */
@QuarkusIntegrationTest
@WithTestResource(EvaluationClock.class)
class OpenApiExamplesIT extends OpenApiExamplesTest {
}
