package cn.netlaw.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Every public scenario over HTTP against the packaged jar, its clock fixed at the file's evaluationClock. */
@QuarkusIntegrationTest
@WithTestResource(EvaluationClock.class)
class PublicScenariosIT extends PublicScenariosHttpTest {
}
