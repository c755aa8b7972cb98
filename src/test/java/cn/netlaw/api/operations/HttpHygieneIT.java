package cn.netlaw.api.operations;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link HttpHygieneTest} against the packaged jar. */
@QuarkusIntegrationTest
class HttpHygieneIT extends HttpHygieneTest {
}
