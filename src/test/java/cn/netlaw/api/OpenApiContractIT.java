package cn.netlaw.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged jar serves the document the build stored in {@code openapi/}. (By then {@code package} has rewritten
 * {@code openapi/}; that the rewrite equals the committed files is {@code .ci/run}'s {@code git diff} check.)
 */
@QuarkusIntegrationTest
@WithTestResource(EvaluationClock.class)
class OpenApiContractIT extends OpenApiContractTest {
}
