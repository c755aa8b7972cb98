package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.HostileRequests;
import cn.netlaw.generative.CaseGenerator;
import cn.netlaw.liability.Policy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service's reader ({@link CaseReader}: one pass from tokens to facts, the tree walk for faults) reads every body as
 * the reader before issue 17 did ({@link ReferenceCaseReader}: tree, walk, records, facts): the same facts, request
 * policy and overrides, or the same violations in the same order with the same texts. Compared over the scenario
 * files, the benchmark bodies, the hostile corpus of the HTTP edge, and seeded random bodies: generated cases, every
 * property of the request shape set to a random valid or wrong value, removed, nulled, renamed or nested deep, a
 * request policy in or out of range, duplicate keys, trailing values, truncations; each read as bytes and, when it
 * is JSON, as a parsed tree (the counterfactual probes' path), with the default limits and with tight ones.
 */
class ReadingEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long SEED = 17_2026_12_05L;
    private static final int RANDOM_BODIES = 6000;
    /** Tight enough that generated bodies meet every limit: depth, string, name, number and episodes. */
    private static final CaseReader.Limits TIGHT = new CaseReader.Limits(5, 26, 6, 2);

    private final Pair defaults = new Pair(CaseReader.Limits.DEFAULTS);
    private final Pair tight = new Pair(TIGHT);

    /** The two readers with the same limits and configured policy. */
    private record Pair(CaseReader reader, ReferenceCaseReader reference) {
        Pair(CaseReader.Limits limits) {
            this(new CaseReader(limits, Policy.defaults()), new ReferenceCaseReader(limits, Policy.defaults()));
        }
    }

    /** How many of the compared bodies were read as facts and how many refused (so that the test shows both). */
    private int facts;
    private int refused;

    private void compare(byte[] body) {
        for (Pair pair : List.of(defaults, tight)) {
            CaseReader.Reading expected = pair.reference().read(body);
            assertThat(pair.reader().read(body)).as("reading of the body %s", show(body)).isEqualTo(expected);
            if (pair == defaults) {
                if (expected instanceof CaseReader.Facts) {
                    facts++;
                } else {
                    refused++;
                }
            }
            // An item of a batch is read from within a larger array.
            byte[] framed = frame(body);
            assertThat(pair.reader().read(framed, 3, body.length)).as("reading of the framed body %s", show(body))
                    .isEqualTo(expected);
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            return;
        }
        if (tree != null) {
            for (Pair pair : List.of(defaults, tight)) {
                assertThat(pair.reader().read(tree)).as("reading of the tree %s", show(body))
                        .isEqualTo(pair.reference().read(tree));
            }
        }
    }

    private void compare(String body) {
        compare(body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] frame(byte[] body) {
        byte[] framed = new byte[body.length + 6];
        framed[0] = '[';
        framed[1] = '1';
        framed[2] = ',';
        System.arraycopy(body, 0, framed, 3, body.length);
        framed[body.length + 3] = ',';
        framed[body.length + 4] = '2';
        framed[body.length + 5] = ']';
        return framed;
    }

    private static String show(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 3000 ? text.substring(0, 3000) + "… (" + body.length + " bytes)" : text;
    }

    @Test
    void every_scenario_request_is_read_as_the_reader_before_issue_17_read_it() throws IOException {
        for (String file : List.of("/scenarios/cases-public.json", "/scenarios/cases-own.json")) {
            try (InputStream in = getClass().getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                for (JsonNode scenario : JSON.readTree(in).get("cases")) {
                    compare(JSON.writeValueAsBytes(scenario.get("input")));
                }
            }
        }
        try (Stream<Path> bodies = Files.list(Path.of("bench/bodies"))) {
            for (Path body : bodies.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                compare(Files.readAllBytes(body));
            }
        }
        compare(ContractExamples.NOTICE_HANDLED_IN_TIME);
        assertThat(facts).as("scenario requests read as facts").isGreaterThan(200);
        assertThat(refused).as("scenario requests refused by the reader").isGreaterThan(0);
    }

    @Test
    void every_hostile_request_of_the_http_edge_is_refused_as_before() {
        for (HostileRequests.Hostile hostile : HostileRequests.corpus()) {
            if (hostile.body() != null) {
                compare(hostile.body());
            }
        }
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void seeded_random_bodies_valid_and_invalid_are_read_as_before() throws IOException {
        Random random = new Random(SEED);
        CaseGenerator cases = new CaseGenerator(SEED);
        for (int i = 0; i < RANDOM_BODIES; i++) {
            ObjectNode body = i % 3 == 0 ? cases.next() : randomObject(random, ClassificationRequest.class, 0);
            if (!body.has("provider") && random.nextInt(4) > 0) {
                body.set("provider", randomObject(random, ClassificationRequest.Provider.class, 0));
            }
            int mutations = random.nextInt(5) == 0 ? 0 : random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutate(random, body);
            }
            String text = JSON.writeValueAsString(body);
            compare(random.nextInt(6) == 0 ? mutateText(random, text) : text);
        }
        assertThat(facts).as("random bodies read as facts").isGreaterThan(RANDOM_BODIES / 5);
        assertThat(refused).as("random bodies refused").isGreaterThan(RANDOM_BODIES / 5);
    }

    @Test
    void bodies_at_and_past_each_limit_are_read_as_before() {
        String episode = "{\"receivedAt\":\"2022-04-02\"}";
        for (int episodes = 0; episodes <= 4; episodes++) {
            compare("{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":["
                    + String.join(",", java.util.Collections.nCopies(episodes, episode)) + "]}");
            compare("{\"noticeHistory\":[" + String.join(",", java.util.Collections.nCopies(episodes, episode))
                    + "],\"provider\":{\"role\":\"STORAGE\"},\"x\":1}");
        }
        for (int depth = 1; depth <= 8; depth++) {
            compare("{\"provider\":{\"role\":\"STORAGE\",\"indicators\":" + "[".repeat(depth) + "]".repeat(depth)
                    + "}}");
        }
        for (int fraction = 1; fraction <= 9; fraction++) { // strings of 22 to 30 characters
            compare("{\"provider\":{\"role\":\"STORAGE\"},\"asOf\":\"2022-04-02T09:00:00." + "1".repeat(fraction)
                    + "Z\"}");
        }
        for (int length = 20; length <= 30; length++) {
            compare("{\"provider\":{\"role\":\"STORAGE\"},\"" + "n".repeat(length) + "\":true}");
        }
        for (String number : List.of("1", "12345", "123456", "1234567", "-123456", "2147483647", "2147483648",
                "-2147483648", "-2147483649", "1.0", "1e2", "0", "-0")) {
            compare("{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2022-04-02\","
                    + "\"itemCount\":" + number + "}]}");
        }
    }

    @Test
    void a_property_given_twice_at_any_level_is_refused_as_before() throws IOException {
        // Every property of every object of the request shape, given twice: null first, or its value first and then
        // null (for a scalar value); in a body with a request policy and in one without.
        ObjectNode body = full(ClassificationRequest.class);
        int duplicates = 0;
        for (String text : List.of(JSON.writeValueAsString(body), JSON.writeValueAsString(body.without("policy")))) {
            for (int at = text.indexOf('"'); at >= 0; at = text.indexOf('"', text.indexOf('"', at + 1) + 1)) {
                int close = text.indexOf('"', at + 1);
                if (close + 1 < text.length() && text.charAt(close + 1) == ':') {
                    String name = text.substring(at, close + 1);
                    compare(text.substring(0, at) + name + ":null," + text.substring(at));
                    char first = text.charAt(close + 2);
                    if (first != '{' && first != '[') {
                        int end = close + 2;
                        while (text.charAt(end) != ',' && text.charAt(end) != '}') {
                            end++;
                        }
                        compare(text.substring(0, end) + "," + name + ":null" + text.substring(end));
                    }
                    duplicates++;
                }
            }
        }
        assertThat(duplicates).as("property names in the full bodies").isGreaterThan(120);
        assertThat(refused).isEqualTo(facts + refused);
    }

    /** An object of the shape with every property given a valid value (a policy of one value, one episode). */
    private static ObjectNode full(Class<?> recordClass) {
        ObjectNode object = NODES.objectNode();
        Random random = new Random(SEED);
        for (RecordComponent component : recordClass.getRecordComponents()) {
            Type type = component.getGenericType();
            if (type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> element
                    && element.isRecord()) {
                object.set(component.getName(), NODES.arrayNode().add(full(element)));
            } else if (type == RequestPolicy.class) {
                object.set(component.getName(), NODES.objectNode().put("largeBatchItems", 10));
            } else if (type instanceof Class<?> kind && kind.isRecord()) {
                object.set(component.getName(), full(kind));
            } else {
                object.set(component.getName(), randomValue(random, type, 0));
            }
        }
        return object;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Random bodies from the request shape
    // ---------------------------------------------------------------------------------------------------------

    private static final List<String> STAMPS = List.of("2022-04-02", "2019-01-01", "2021-01-01T00:00:00Z",
            "2022-04-02T09:00:00+08:00", "2022-04-02T09:00+08:00", "2020-02-29T23:59:59.999999999-05:30",
            "2030-06-30T12:00:00.5Z", "2008-01-01", "2022-04-03T00:00:00+08:00", "2024-02-29");
    private static final List<String> WRONG_STAMPS = List.of("2021-02-30", "2022-04-02T09:00:00", "2022-04-02 09:00",
            "", "yesterday", "2022-4-2", "2022-04-02T25:00:00Z", "2022-04-02T09:00:00+24:00", "20220402",
            "2022-04-02T09:00:00.1234567890Z", "２０２２-04-02");
    private static final List<String> WRONG_JSON = List.of("null", "true", "false", "0", "-1", "1.5", "1e400",
            "99999999999999999999", "\"\"", "\"x\"", "\"STORAGE\"", "\"true\"", "{}", "[]", "[null]", "[{}]",
            "{\"x\":1}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "\"2022-04-02\"",
            "\"" + "y".repeat(40) + "\"");

    private static ObjectNode randomObject(Random random, Class<?> recordClass, int depth) {
        ObjectNode object = NODES.objectNode();
        for (RecordComponent component : recordClass.getRecordComponents()) {
            boolean required = isRequired(recordClass, component);
            double chance = required ? 0.95 : recordClass == ClassificationRequest.class
                    && component.getName().equals("policy") ? 0.15 : 0.35;
            if (random.nextDouble() < chance) {
                object.set(component.getName(), randomValue(random, component.getGenericType(), depth + 1));
            }
        }
        return object;
    }

    private static JsonNode randomValue(Random random, Type type, int depth) {
        if (type instanceof ParameterizedType list) {
            ArrayNode array = NODES.arrayNode();
            int size = random.nextInt(depth > 2 ? 2 : 4);
            for (int i = 0; i < size; i++) {
                array.add(randomValue(random, list.getActualTypeArguments()[0], depth + 1));
            }
            return array;
        }
        Class<?> kind = (Class<?>) type;
        if (kind == Boolean.class) {
            return NODES.booleanNode(random.nextBoolean());
        }
        if (kind == Integer.class) {
            return NODES.numberNode(switch (random.nextInt(4)) {
                case 0 -> 1;
                case 1 -> random.nextInt(200);
                case 2 -> random.nextInt(10) - 3;
                default -> random.nextInt();
            });
        }
        if (kind == Double.class) {
            return random.nextBoolean() ? NODES.numberNode(random.nextInt(100) + 1)
                    : NODES.numberNode(Math.round(random.nextDouble() * 20000) / 10.0);
        }
        if (kind == String.class) {
            return NODES.textNode(STAMPS.get(random.nextInt(STAMPS.size())));
        }
        if (kind == LocalDate.class) {
            return NODES.textNode(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)).toString());
        }
        if (kind.isEnum()) {
            Object[] constants = kind.getEnumConstants();
            return NODES.textNode(((Enum<?>) constants[random.nextInt(constants.length)]).name());
        }
        return randomObject(random, kind, depth);
    }

    /** One change somewhere in the body: a value made wrong, null, removed, renamed, duplicated in name, or deep. */
    private static void mutate(Random random, ObjectNode body) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        List<ArrayNode> arrays = new ArrayList<>();
        collect(body, objects, arrays);
        ObjectNode object = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() ? "provider" : names.get(random.nextInt(names.size()));
        switch (random.nextInt(9)) {
            case 0, 1 -> object.set(name, JSON.readTree(WRONG_JSON.get(random.nextInt(WRONG_JSON.size()))));
            case 2 -> object.putNull(name);
            case 3 -> object.remove(name);
            case 4 -> object.put(random.nextBoolean() ? name + "X" : "unknown" + random.nextInt(3), random.nextInt(3));
            case 5 -> object.put(name, WRONG_STAMPS.get(random.nextInt(WRONG_STAMPS.size())));
            case 6 -> {
                // A known name one level off: a provider property at the top, a top property in the provider.
                object.put(random.nextBoolean() ? "role" : "asOf", random.nextBoolean() ? "STORAGE" : "2022-04-02");
            }
            case 7 -> {
                if (!arrays.isEmpty()) {
                    ArrayNode array = arrays.get(random.nextInt(arrays.size()));
                    if (random.nextBoolean()) {
                        array.addNull();
                    } else {
                        array.add(JSON.readTree(WRONG_JSON.get(random.nextInt(WRONG_JSON.size()))));
                    }
                }
            }
            default -> {
                JsonNode deep = NODES.textNode("2022-04-02");
                for (int i = random.nextInt(40); i > 0; i--) {
                    deep = random.nextBoolean() ? NODES.arrayNode().add(deep) : NODES.objectNode().set("d", deep);
                }
                object.set(name, deep);
            }
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> objects, List<ArrayNode> arrays) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        } else if (node instanceof ArrayNode array) {
            arrays.add(array);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            collect(children.next(), objects, arrays);
        }
    }

    /** A change to the text: a duplicate key, a trailing value, a cut, a wrong root, a byte order mark, spaces. */
    private static String mutateText(Random random, String text) {
        return switch (random.nextInt(7)) {
            case 0 -> {
                int at = text.indexOf("\"role\"");
                yield at < 0 ? text + " {}" : text.substring(0, at) + "\"role\":\"SEARCH\"," + text.substring(at);
            }
            case 1 -> text + (random.nextBoolean() ? " {}" : " x");
            case 2 -> text.substring(0, random.nextInt(text.length()));
            case 3 -> "[" + text + "]";
            case 4 -> "\uFEFF" + text;
            case 5 -> " \n\t" + text.replace(",", " , ") + "\n";
            default -> text.replace("\"provider\"", "\"provider\\u0000\"");
        };
    }

    private static boolean isRequired(Class<?> recordClass, RecordComponent component) {
        try {
            org.eclipse.microprofile.openapi.annotations.media.Schema schema = recordClass
                    .getDeclaredField(component.getName())
                    .getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            return schema != null && schema.required();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
