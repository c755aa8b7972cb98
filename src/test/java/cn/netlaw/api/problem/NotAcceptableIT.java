package cn.netlaw.api.problem;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link NotAcceptableTest} against the packaged jar. */
@QuarkusIntegrationTest
class NotAcceptableIT extends NotAcceptableTest {
}
