package cn.netlaw.api.provisions;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link ProvisionsResourceTest} against the packaged jar. */
@QuarkusIntegrationTest
class ProvisionsResourceIT extends ProvisionsResourceTest {
}
