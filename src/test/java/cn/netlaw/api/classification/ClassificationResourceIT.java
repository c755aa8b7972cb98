package cn.netlaw.api.classification;

import cn.netlaw.api.EvaluationClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link ClassificationResourceTest} against the packaged jar, its clock fixed by {@link EvaluationClock}. */
@QuarkusIntegrationTest
@WithTestResource(EvaluationClock.class)
class ClassificationResourceIT extends ClassificationResourceTest {
}
