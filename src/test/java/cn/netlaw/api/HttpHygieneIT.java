package cn.netlaw.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link HttpHygieneTest} against the packaged jar. */
@QuarkusIntegrationTest
class HttpHygieneIT extends HttpHygieneTest {
}
