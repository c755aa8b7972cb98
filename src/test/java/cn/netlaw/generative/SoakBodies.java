package cn.netlaw.generative;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.CaseReader;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the request bodies of the soak and shutdown scripts ({@code bench/bodies/*.json}): requests drawn by
 * {@link CaseGenerator} that the service classifies (200) at the default policy and at any evaluation instant from
 * now on. Not part of the test suite (the class name matches no test pattern); run on demand, see bench/README.md:
 * {@code mvn -o -q test -Dtest=SoakBodies -Dsoak.bodies=$PWD/bench/bodies}.
 */
class SoakBodies {

    static final long SEED = 60_000L;
    static final int COUNT = 48;

    @Test
    @EnabledIfSystemProperty(named = "soak.bodies", matches = ".+")
    void writes_generated_requests_that_the_service_classifies() throws IOException {
        Path directory = Path.of(System.getProperty("soak.bodies"));
        Files.createDirectories(directory);
        CaseReader reader = new CaseReader();
        LiabilityEngine engine = new LiabilityEngine(Policy.defaults(), Clock.systemUTC());
        ObjectMapper json = new ObjectMapper();
        CaseGenerator generator = new CaseGenerator(SEED);
        int written = 0;
        for (int drawn = 0; written < COUNT && drawn < 100 * COUNT; drawn++) {
            ObjectNode request = generator.next();
            if (reader.read(request.toString()) instanceof CaseReader.Facts facts
                    && engine.evaluate(facts.facts()) instanceof Classification) {
                written++;
                Files.writeString(directory.resolve("case-%02d.json".formatted(written)),
                        json.writerWithDefaultPrettyPrinter().writeValueAsString(request) + "\n");
            }
        }
        assertThat(written).isEqualTo(COUNT);
    }
}
