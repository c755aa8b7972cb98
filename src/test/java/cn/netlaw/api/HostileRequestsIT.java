package cn.netlaw.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The fuzz corpus of {@link HostileRequestsTest} against the packaged jar. */
@QuarkusIntegrationTest
class HostileRequestsIT extends HostileRequestsTest {
}
