package cn.netlaw.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.netlaw.api.ManagementPort;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probe paths of k8s/base/deployment.yaml answer 200 (status UP) on the management interface of the running
 * service.
 */
@QuarkusTest
class ProbePathsTest {

    @Test
    void every_probe_path_of_the_deployment_answers_200_up() {
        List<String> paths = ManifestsTest.probePaths();
        assertThat(paths).containsExactly("/q/health/started", "/q/health/ready", "/q/health/live");
        for (String path : paths) {
            ManagementPort.given().when().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }
}
