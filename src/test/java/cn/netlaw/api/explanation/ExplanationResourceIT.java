package cn.netlaw.api.explanation;

import cn.netlaw.api.EvaluationClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link ExplanationResourceTest} against the packaged jar, its clock fixed by {@link EvaluationClock}. */
@QuarkusIntegrationTest
@WithTestResource(EvaluationClock.class)
class ExplanationResourceIT extends ExplanationResourceTest {
}
