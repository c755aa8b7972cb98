package cn.netlaw.api.operations;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link ManagementInterfaceTest} against the packaged jar. */
@QuarkusIntegrationTest
class ManagementInterfaceIT extends ManagementInterfaceTest {
}
