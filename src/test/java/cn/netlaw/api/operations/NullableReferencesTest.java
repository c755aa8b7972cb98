package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.ClassificationRequest;
import cn.netlaw.api.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/request.md#fields: {@code null} on an optional field means absent, and the service accepts it; the contract must
 * say so for the optional objects too (a property that refers to another schema and admits null in its {@code anyOf}
 * must not forbid it by its own {@code type}). Checked on the committed document, which the contract tests keep equal
 * to the served one.
 */
class NullableReferencesTest {

    @Test
    void every_optional_object_that_admits_null_in_its_any_of_admits_it_in_its_own_type_too() throws IOException {
        List<String> forbidding = new ArrayList<>();
        List<String> admitting = new ArrayList<>();
        forEachProperty((name, p) -> {
                    boolean nullInAnyOf = false;
                    for (JsonNode member : p.path("anyOf")) {
                        nullInAnyOf |= "null".equals(member.path("type").asText(null));
                    }
                    if (!nullInAnyOf || !p.has("type")) {
                        return;
                    }
                    (typeAdmitsNull(p) ? admitting : forbidding).add(name);
                });
        assertThat(forbidding).as("nullable references whose own type forbids null").isEmpty();
        assertThat(admitting).contains("ClassificationRequest.policy", "NoticeEpisode.counterNotice",
                "Provider.indicators", "TimelinessBands.conduit");
    }

    @Test
    void every_nullable_property_with_an_enum_lists_null_among_its_values() throws IOException {
        List<String> forbidding = new ArrayList<>();
        List<String> admitting = new ArrayList<>();
        forEachProperty((name, p) -> {
                    if (!typeAdmitsNull(p) || !p.has("enum")) {
                        return;
                    }
                    boolean enumListsNull = false;
                    for (JsonNode value : p.path("enum")) {
                        enumListsNull |= value.isNull();
                    }
                    (enumListsNull ? admitting : forbidding).add(name);
                });
        assertThat(forbidding).as("nullable properties whose enum forbids null").isEmpty();
        assertThat(admitting).contains("AlternativesExploration.cutBy", "CounterfactualsExploration.cutBy");
    }

    @Test
    void every_api_operation_declares_the_answers_given_before_its_resource_runs() throws IOException {
        JsonNode document = new YAMLMapper().readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        List<String> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            path.getValue().properties().forEach(operation -> {
                operations.add(path.getKey() + " " + operation.getKey());
                for (String status : List.of("401", "403", "408", "414", "431", "503", "505")) {
                    JsonNode answer = operation.getValue().path("responses").path(status);
                    assertThat(answer.path("content").path(Problem.MEDIA_TYPE).path("schema").path("$ref").asText())
                            .as("%s %s answers %s", path.getKey(), operation.getKey(), status)
                            .isEqualTo("#/components/schemas/Problem");
                }
                assertThat(operation.getValue().path("responses").path("401").path("headers").has("WWW-Authenticate"))
                        .isTrue();
                JsonNode unavailable = operation.getValue().path("responses").path("503");
                assertThat(unavailable.path("description").asText())
                        .as("%s %s: the 503 names the connection limit and the drain", path.getKey(), operation.getKey())
                        .contains("/problems/too-many-connections", "/problems/shutting-down");
                assertThat(unavailable.path("headers").has("Retry-After")).isTrue();
            });
        });
        assertThat(operations).hasSizeGreaterThanOrEqualTo(4);
    }

    /** Each property of each component schema of the committed document, named {@code Schema.property}. */
    private static void forEachProperty(java.util.function.BiConsumer<String, JsonNode> action) throws IOException {
        JsonNode document = new YAMLMapper().readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        document.path("components").path("schemas").properties().forEach(schema ->
                schema.getValue().path("properties").properties().forEach(property ->
                        action.accept(schema.getKey() + "." + property.getKey(), property.getValue())));
    }

    private static boolean typeAdmitsNull(JsonNode property) {
        boolean admits = false;
        for (JsonNode t : property.path("type")) {
            admits |= "null".equals(t.asText());
        }
        return admits;
    }
}
