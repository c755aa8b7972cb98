package cn.netlaw.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.BatchReader;
import cn.netlaw.api.classification.CaseReader;
import cn.netlaw.api.classification.ClassificationRequest;
import cn.netlaw.api.classification.RequestPolicy;
import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The service refuses an unknown property at any level of a request ({@link CaseReader}, {@link BatchReader}: 400
 * naming it); the contract says so too, so that a validator (Prism, a generated client) refuses what the service
 * refuses: every object schema a request body refers to, directly or through properties, items and anyOf, has
 * {@code additionalProperties: false}. Answers stay open (a later version may add properties to them). Checked on the
 * committed document, which the contract tests keep equal to the served one.
 */
class ClosedRequestSchemasTest {

    @Test
    void every_object_schema_of_a_request_body_admits_no_other_property() throws IOException {
        JsonNode document = new YAMLMapper().readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        Set<String> reached = new TreeSet<>();
        List<String> open = new ArrayList<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        document.path("paths").forEach(item -> item.forEach(operation ->
                operation.path("requestBody").path("content").forEach(media -> pending.add(media.path("schema")))));
        while (!pending.isEmpty()) {
            JsonNode schema = pending.pop();
            String ref = schema.path("$ref").asText("");
            if (!ref.isEmpty()) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (reached.add(name)) {
                    JsonNode target = document.path("components").path("schemas").path(name);
                    JsonNode additional = target.path("additionalProperties");
                    if (target.has("properties") && !(additional.isBoolean() && !additional.booleanValue())) {
                        open.add(name);
                    }
                    pending.add(target);
                }
            }
            schema.path("properties").forEach(pending::add);
            schema.path("anyOf").forEach(pending::add);
            if (schema.has("items")) {
                pending.add(schema.path("items"));
            }
        }
        assertThat(reached).as("the schemas the request bodies refer to").contains("ClassificationBatch",
                "ClassificationRequest", "Provider", "Indicators", "NoticeEpisode", "CounterNotice", "RequestPolicy",
                "TimelinessBands", "HostBands", "ConduitBands", "EcommerceBands", "LiveBands", "BandBounds");
        assertThat(open).as("request schemas that admit a property the service refuses").isEmpty();
    }

    @Test
    void an_answer_admits_properties_a_later_version_may_add() throws IOException {
        JsonNode schemas = new YAMLMapper().readTree(Files.readString(Path.of("openapi", "openapi.yaml")))
                .path("components").path("schemas");
        for (String answer : List.of("ClassificationResult", "ClassificationBatchResults", "Problem",
                "CataloguedProvision")) {
            assertThat(schemas.path(answer).has("additionalProperties")).as(answer).isFalse();
        }
    }
}
