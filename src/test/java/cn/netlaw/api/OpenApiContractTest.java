package cn.netlaw.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed contract ({@code openapi/openapi.yaml} and {@code openapi/openapi.json}) is what the service serves
 * at {@code /q/openapi}, compared as whole documents (parsed, so that formatting does not matter). Surefire runs this
 * before {@code package} rewrites {@code openapi/}, so it compares the served document with the committed one; the
 * build's rewrite is checked by {@code git diff --exit-code openapi/} in {@code .ci/run}.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final String HOW_TO_FIX =
            "The API contract changed: run `mvn package` (it writes openapi/) and commit openapi/ with the change.";

    @Test
    void the_served_yaml_document_is_the_committed_openapi_yaml() throws IOException {
        String served = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        assertSameDocument(new YAMLMapper(), served, Path.of("openapi", "openapi.yaml"));
    }

    @Test
    void the_served_json_document_is_the_committed_openapi_json() throws IOException {
        String served = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertSameDocument(new ObjectMapper(), served, Path.of("openapi", "openapi.json"));
    }

    private static void assertSameDocument(ObjectMapper mapper, String served, Path committedFile) throws IOException {
        assertThat(committedFile).as("%s is missing. %s", committedFile, HOW_TO_FIX).exists();
        JsonNode committed = mapper.readTree(Files.readString(committedFile));
        JsonNode actual = mapper.readTree(served);
        Optional<String> difference = firstDifference("", committed, actual);
        assertThat(difference)
                .as("The document served at /q/openapi differs from the committed %s at %s. %s", committedFile,
                        difference.orElse(""), HOW_TO_FIX)
                .isEmpty();
    }

    /** The JSON pointer of the first place where the two documents differ, with both values. */
    static Optional<String> firstDifference(String pointer, JsonNode committed, JsonNode served) {
        if (committed.equals(served)) {
            return Optional.empty();
        }
        if (committed.isObject() && served.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name)) {
                    return Optional.of(at + " (only in the served document)");
                }
                if (!served.has(name)) {
                    return Optional.of(at + " (only in the committed document)");
                }
                Optional<String> inner = firstDifference(at, committed.get(name), served.get(name));
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        if (committed.isArray() && served.isArray()) {
            Iterator<JsonNode> left = committed.elements();
            Iterator<JsonNode> right = served.elements();
            for (int i = 0; left.hasNext() && right.hasNext(); i++) {
                Optional<String> inner = firstDifference(pointer + "/" + i, left.next(), right.next());
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.of(pointer + " (committed " + committed.size() + " items, served " + served.size() + ")");
        }
        return Optional.of((pointer.isEmpty() ? "/" : pointer) + " (committed " + shorten(committed) + ", served "
                + shorten(served) + ")");
    }

    private static String shorten(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
