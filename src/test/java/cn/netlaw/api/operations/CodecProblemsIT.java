package cn.netlaw.api.operations;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link CodecProblemsTest} against the packaged jar. */
@QuarkusIntegrationTest
class CodecProblemsIT extends CodecProblemsTest {
}
