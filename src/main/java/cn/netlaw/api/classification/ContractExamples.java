package cn.netlaw.api.classification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The examples of the contract, kept as data: JSON files under {@code src/main/resources/openapi-examples/}, listed
 * in its {@code examples.yaml} by operation (request examples with the outcome each must get, documented answers
 * with the request and language they answer, and the problems of the 413, 415 and 500 answers). At build time this
 * filter puts them into the OpenAPI document (request examples with their {@code x-expected} extension), so that
 * Swagger UI, Prism and generated clients see them, and the tests post each one to the live service.
 *
 * <p>A Chinese answer is not a second copy of the English one: it is the English answer with the texts of its
 * {@code texts} file put in (each explanation's {@code text}, each contested question's {@code detail}), by
 * position, each checked against its reason or question; every other field is written once. An index entry whose
 * operation, response or file is missing, or whose texts no longer line up, stops the build.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractExamples implements OASFilter {

    /** The folder of the examples on the class path. */
    static final String DIRECTORY = "openapi-examples/";
    /** The name of the extension that states a request example's outcome. */
    public static final String EXPECTED = "x-expected";

    /** The reference request (docs/request.md#reference-request). */
    public static final String NOTICE_HANDLED_IN_TIME = request("classify", "noticeHandledInTime");
    /** The smallest complete request (docs/request.md#shape). */
    public static final String MINIMAL = request("classify", "minimal");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPLICATION_JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The examples of an operation, as {@code examples.yaml} lists them: requests, and responses by status. */
    public record Entries(List<Entry> requests, Map<String, List<Entry>> responses) {
    }

    /**
     * One example: its name in the contract, summary and description, its file; for a request example the outcome it
     * must get; for a documented answer the request example it answers, the Accept-Language it was asked in and, for
     * a translation, the file of its texts.
     */
    public record Entry(String name, String summary, String description, String file, Map<String, Object> expected,
            String request, String language, String texts) {
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Entries> index = index();
        index.forEach((operationId, entries) -> {
            Operation operation = operation(openAPI, operationId);
            Content request = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
            MediaType body = withExamplesFirst(request, APPLICATION_JSON, operationId, "request");
            for (Entry entry : entries.requests()) {
                Example example = example(entry, value(read(entry.file())));
                if (entry.expected() != null) {
                    example.addExtension(EXPECTED, entry.expected());
                }
                body.addExample(entry.name(), example);
            }
            entries.responses().forEach((status, examples) -> {
                APIResponse response = operation.getResponses().getAPIResponse(status);
                if (response == null || response.getContent() == null) {
                    throw new IllegalStateException(DIRECTORY + "examples.yaml: " + operationId + " declares no "
                            + status + " answer with a body");
                }
                MediaType media = withExamplesFirst(response.getContent(),
                        status.startsWith("2") ? APPLICATION_JSON : PROBLEM_JSON, operationId, status);
                for (Entry entry : examples) {
                    media.addExample(entry.name(), example(entry, value(answer(entry))));
                }
            });
        });
    }

    /** {@code examples.yaml}, read. */
    public static Map<String, Entries> index() {
        try (InputStream in = resource("examples.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<Map<String, Entries>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIRECTORY + "examples.yaml", e);
        }
    }

    /** The body of a request example of an operation, as it is kept in its file. */
    public static String request(String operationId, String name) {
        Entries entries = index().get(operationId);
        if (entries == null) {
            throw new IllegalArgumentException("no examples of the operation " + operationId);
        }
        return entries.requests().stream().filter(entry -> entry.name().equals(name)).findFirst()
                .map(entry -> read(entry.file()))
                .orElseThrow(() -> new IllegalArgumentException("no request example " + name + " of " + operationId));
    }

    /** The response example of this name of an operation (a documented answer, a problem), whatever its status. */
    public static JsonNode answer(String operationId, String name) {
        Entries entries = index().get(operationId);
        if (entries == null) {
            throw new IllegalArgumentException("no examples of the operation " + operationId);
        }
        return entries.responses().values().stream().flatMap(List::stream)
                .filter(entry -> entry.name().equals(name)).findFirst().map(ContractExamples::answer)
                .orElseThrow(() -> new IllegalArgumentException("no response example " + name + " of " + operationId));
    }

    /** The example of a response entry: its file, with the texts of its translation put in where it has one. */
    public static JsonNode answer(Entry entry) {
        JsonNode answer = tree(entry.file());
        if (entry.texts() != null) {
            translate(answer, tree(entry.texts()), entry.texts());
        }
        return answer;
    }

    /**
     * Puts the texts of a translation into an answer: {@code explanation[i].text} where the reason of
     * {@code explanation[i]} is the translation's, {@code contested[i].detail} where the question and subject are.
     */
    static void translate(JsonNode answer, JsonNode texts, String file) {
        replace(answer.path("explanation"), texts.path("explanation"), List.of("reason"), "text", file);
        replace(answer.path("contested"), texts.path("contested"), List.of("question", "subject"), "detail", file);
    }

    private static void replace(JsonNode target, JsonNode texts, List<String> keys, String field, String file) {
        if (target.size() != texts.size()) {
            throw new IllegalStateException(DIRECTORY + file + ": " + texts.size() + " texts for " + target.size()
                    + " entries");
        }
        for (int i = 0; i < target.size(); i++) {
            for (String key : keys) {
                if (!target.get(i).path(key).equals(texts.get(i).path(key))) {
                    throw new IllegalStateException(DIRECTORY + file + ": entry " + i + " is for " + key + " "
                            + texts.get(i).path(key) + ", the answer's for " + target.get(i).path(key));
                }
            }
            ((ObjectNode) target.get(i)).set(field, texts.get(i).path(field));
        }
    }

    /** What a translation file holds for an answer: its language's texts, with the keys they are checked against. */
    public static JsonNode texts(JsonNode answer) {
        ObjectNode texts = JSON.createObjectNode();
        ArrayNode contested = texts.putArray("contested");
        answer.path("contested").forEach(question -> contested.addObject()
                .put("question", question.path("question").asText())
                .put("subject", question.path("subject").asText())
                .set("detail", question.path("detail")));
        ArrayNode explanation = texts.putArray("explanation");
        answer.path("explanation").forEach(entry -> explanation.addObject()
                .put("reason", entry.path("reason").asText())
                .set("text", entry.path("text")));
        return texts;
    }

    private static Example example(Entry entry, Object value) {
        Example example = OASFactory.createExample().summary(entry.summary());
        if (entry.description() != null) {
            example.description(entry.description());
        }
        return example.value(value);
    }

    private static Operation operation(OpenAPI openAPI, String operationId) {
        return openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .filter(operation -> operationId.equals(operation.getOperationId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(DIRECTORY + "examples.yaml: no operation " + operationId));
    }

    /**
     * The media type of a request or response, made anew with its examples to come before its schema (as the
     * annotations wrote them), so that the document reads examples first.
     */
    private static MediaType withExamplesFirst(Content content, String type, String operationId, String part) {
        MediaType media = content == null ? null : content.getMediaType(type);
        if (media == null) {
            throw new IllegalStateException(DIRECTORY + "examples.yaml: the " + part + " of " + operationId
                    + " has no " + type + " body");
        }
        MediaType ordered = OASFactory.createMediaType().examples(new LinkedHashMap<>()).schema(media.getSchema())
                .encoding(media.getEncoding()).extensions(media.getExtensions());
        content.addMediaType(type, ordered);
        return ordered;
    }

    /** A JSON tree as the plain maps, lists and scalars the OpenAPI model writes. */
    private static Object value(JsonNode tree) {
        return JSON.convertValue(tree, Object.class);
    }

    private static Object value(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String file) {
        try {
            return JSON.readTree(read(file));
        } catch (IOException e) {
            throw new UncheckedIOException(DIRECTORY + file + " is not JSON", e);
        }
    }

    /** A file of the examples, as text. */
    static String read(String file) {
        try (InputStream in = resource(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIRECTORY + file, e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = ContractExamples.class.getClassLoader().getResourceAsStream(DIRECTORY + file);
        if (in == null) {
            throw new IllegalStateException(DIRECTORY + file + " is not on the class path");
        }
        return in;
    }
}
