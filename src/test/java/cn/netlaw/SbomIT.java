package cn.netlaw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package phase writes a CycloneDX software bill of materials, {@code target/bom.json}, that lists what the
 * service ships. The CycloneDX plugin runs only online ({@code mvn -o} skips it, and so does this test; CI builds
 * online). The failsafe configuration passes {@code build.mode=offline=<settings.offline>}.
 */
class SbomIT {

    @Test
    void the_package_phase_writes_a_cyclonedx_bill_of_materials_that_lists_quarkus_rest() throws IOException {
        assumeFalse(System.getProperty("build.mode", "").equals("offline=true"),
                "an offline build writes no bill of materials");
        Path bom = Path.of("target", "bom.json");
        assertThat(bom).as("the bill of materials").isRegularFile();
        JsonNode root = new ObjectMapper().readTree(Files.readString(bom));
        assertThat(root.path("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(root.path("metadata").path("component").path("name").asText()).isEqualTo("nsp-liability");
        List<String> components = new ArrayList<>();
        root.path("components").forEach(component -> components.add(
                component.path("group").asText() + ":" + component.path("name").asText()));
        assertThat(components).contains("io.quarkus:quarkus-rest", "com.fasterxml.jackson.core:jackson-core");
    }
}
