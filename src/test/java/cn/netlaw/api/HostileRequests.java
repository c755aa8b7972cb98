package cn.netlaw.api;

import cn.netlaw.api.classification.CaseReader;
import cn.netlaw.api.classification.ClassificationRequest;
import cn.netlaw.api.classification.ContractExamples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fuzz corpus of the HTTP edge: malformed and hostile requests, each of which must be answered 4xx with a problem
 * that names no Java internals. Generated in code from the reference request (docs/request.md#reference-request)
 * ({@link ContractExamples#NOTICE_HANDLED_IN_TIME}) and from the request shape ({@link ClassificationRequest},
 * read by reflection, so that a property added to the shape is fuzzed too).
 */
public final class HostileRequests {

    static final String JSON_TYPE = "application/json";
    static final String VALID = ContractExamples.NOTICE_HANDLED_IN_TIME;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIB = 1 << 20;

    /**
     * One hostile request: what it is (a sentence, the test's name), its body and Content-Type ({@code null}: none),
     * the status it must get ({@code 0}: any 4xx) and the field path an error must name ({@code null}: any).
     */
    public record Hostile(String name, byte[] body, String contentType, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Hostile> corpus = new ArrayList<>();

    private HostileRequests() {
    }

    public static List<Hostile> corpus() {
        HostileRequests requests = new HostileRequests();
        requests.truncations();
        requests.wrongValuesAtEveryField();
        requests.notAnObject();
        requests.notJson();
        requests.deepNesting();
        requests.longStringsAndNames();
        requests.duplicateKeys();
        requests.encodings();
        requests.thousandsOfNotices();
        requests.wrongContentTypes();
        return Collections.unmodifiableList(requests.corpus);
    }

    private void add(String name, String body, int status, String field) {
        add(name, body.getBytes(StandardCharsets.UTF_8), JSON_TYPE, status, field);
    }

    private void add(String name, byte[] body, String contentType, int status, String field) {
        corpus.add(new Hostile(name, body, contentType, status, field));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Truncated JSON: the valid body cut at many points before its closing brace
    // ---------------------------------------------------------------------------------------------------------

    private void truncations() {
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        int end = VALID.lastIndexOf('}');
        for (int cut = 1; cut < end; cut += 29) {
            add("the valid request cut after " + cut + " of " + valid.length + " bytes",
                    java.util.Arrays.copyOf(valid, cut), JSON_TYPE, 400, CaseReader.ROOT);
        }
        add("the valid request without its closing brace", java.util.Arrays.copyOf(valid, end), JSON_TYPE, 400,
                CaseReader.ROOT);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Wrong types, nulls, impossible dates and huge numbers at every property of the request shape
    // ---------------------------------------------------------------------------------------------------------

    private record Wrong(String label, String json) {
    }

    private static final List<Wrong> NOT_BOOLEAN = List.of(new Wrong("the string \"true\"", "\"true\""),
            new Wrong("the number 1", "1"), new Wrong("an object", "{}"), new Wrong("an array", "[true]"));
    private static final List<Wrong> NOT_INTEGER = List.of(new Wrong("the string \"1\"", "\"1\""),
            new Wrong("the number 1.5", "1.5"), new Wrong("true", "true"), new Wrong("an object", "{}"),
            new Wrong("an array", "[1]"), new Wrong("99999999999999999999", "99999999999999999999"),
            new Wrong("1e999", "1e999"), new Wrong("-1e999", "-1e999"),
            new Wrong("a number of 100 digits", "1" + "0".repeat(99)));
    /**
     * Wrong values for a JSON number read as a {@code Double}: the request's only such numbers are timeliness bounds in
     * hours (policy.timelinessHours, more than 0 and at most 8760), so zero, negatives and more than a year are wrong
     * too. JSON has no infinity: 1e400 is read as one and must not pass as a number.
     */
    private static final List<Wrong> NOT_HOURS = List.of(new Wrong("the string \"24\"", "\"24\""),
            new Wrong("the empty string", "\"\""), new Wrong("true", "true"), new Wrong("false", "false"),
            new Wrong("an object", "{}"), new Wrong("an object holding a number", "{\"hours\":24}"),
            new Wrong("an array", "[24]"), new Wrong("1e400", "1e400"), new Wrong("-1e400", "-1e400"),
            new Wrong("1e-400 (zero once read)", "1e-400"), new Wrong("zero", "0"), new Wrong("-0.0", "-0.0"),
            new Wrong("a negative number", "-24"), new Wrong("more than a year of hours", "8760.001"),
            new Wrong("a number of 100 digits", "1" + "0".repeat(99)),
            new Wrong("a number with 100 decimals", "0." + "1".repeat(100)));
    private static final List<Wrong> NOT_TIMESTAMP = List.of(new Wrong("the number 20220401", "20220401"),
            new Wrong("true", "true"), new Wrong("an object", "{}"), new Wrong("an array", "[\"2022-04-01\"]"),
            new Wrong("2021-02-30", "\"2021-02-30\""), new Wrong("2021-13-01", "\"2021-13-01\""),
            new Wrong("24:00 as a time of day", "\"2021-01-01T24:00:00+08:00\""),
            new Wrong("the offset +25:00", "\"2021-01-01T10:00:00+25:00\""),
            new Wrong("a date-time without offset", "\"2021-01-01T10:00:00\""), new Wrong("the empty string", "\"\""),
            new Wrong("a string of 5000 characters", "\"" + "2".repeat(5000) + "\""));
    private static final List<Wrong> NOT_DATE = List.of(new Wrong("the number 20220401", "20220401"),
            new Wrong("an object", "{}"), new Wrong("2021-02-30", "\"2021-02-30\""),
            new Wrong("2021-13-01", "\"2021-13-01\""));
    private static final List<Wrong> NOT_ENUM = List.of(new Wrong("the number 1", "1"), new Wrong("true", "true"),
            new Wrong("an object", "{}"), new Wrong("an array", "[]"), new Wrong("a lower-case name", "\"storage\""),
            new Wrong("the empty string", "\"\""));
    private static final List<Wrong> NOT_OBJECT = List.of(new Wrong("a string", "\"x\""), new Wrong("the number 1", "1"),
            new Wrong("true", "true"), new Wrong("an array", "[{}]"));
    private static final List<Wrong> NOT_ARRAY = List.of(new Wrong("a string", "\"x\""), new Wrong("the number 1", "1"),
            new Wrong("an object", "{}"), new Wrong("true", "true"), new Wrong("an array holding null", "[null]"),
            new Wrong("an array holding a string", "[\"x\"]"));

    private void wrongValuesAtEveryField() {
        ObjectNode base = (ObjectNode) read(VALID);
        walk(ClassificationRequest.class, "", base);
        add("the provider as null", "{\"provider\":null}", 400, "provider");
        add("the body null", "null", 400, CaseReader.ROOT);
    }

    private void walk(Class<?> recordClass, String prefix, ObjectNode base) {
        for (RecordComponent component : recordClass.getRecordComponents()) {
            String path = prefix + component.getName();
            Type type = component.getGenericType();
            if (required(recordClass, component)) {
                add(path + " null though it is required", with(base, path, "null"), 400, path);
            }
            for (Wrong wrong : wrongValues(type)) {
                add(path + " as " + wrong.label(), with(base, path, wrong.json()), 400, path);
            }
            if (type instanceof Class<?> kind && kind.isRecord()) {
                walk(kind, path + ".", base);
            } else if (type instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                walk(element, path + "[0].", base);
            }
        }
    }

    private static List<Wrong> wrongValues(Type type) {
        if (type instanceof ParameterizedType) {
            return NOT_ARRAY;
        }
        Class<?> kind = (Class<?>) type;
        if (kind == Boolean.class) {
            return NOT_BOOLEAN;
        } else if (kind == Integer.class) {
            return NOT_INTEGER;
        } else if (kind == Double.class) {
            return NOT_HOURS;
        } else if (kind == String.class) {
            return NOT_TIMESTAMP;
        } else if (kind == LocalDate.class) {
            return NOT_DATE;
        } else if (kind.isEnum()) {
            return NOT_ENUM;
        } else if (kind.isRecord()) {
            return NOT_OBJECT;
        }
        throw new IllegalStateException("the corpus has no wrong values for " + kind + ": add them");
    }

    private static boolean required(Class<?> recordClass, RecordComponent component) {
        try {
            Schema schema = recordClass.getDeclaredField(component.getName()).getAnnotation(Schema.class);
            return schema != null && schema.required();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

    /** Stands for the wrong value in the tree until the body is written, so that its JSON text reaches the service as is. */
    private static final String PLACEHOLDER = "\u0000wrong value\u0000";

    /**
     * The valid request with the value at path replaced by the given JSON text, verbatim (a number such as 1e400 or one
     * with a hundred decimals is sent as written, not as a Java double would write it); missing parents are created.
     */
    private static String with(ObjectNode base, String path, String json) {
        ObjectNode copy = base.deepCopy();
        String[] segments = path.split("\\.");
        ObjectNode parent = copy;
        for (int i = 0; i < segments.length - 1; i++) {
            Matcher segment = SEGMENT.matcher(segments[i]);
            if (!segment.matches()) {
                throw new IllegalArgumentException(path);
            }
            JsonNode child = parent.get(segment.group(1));
            if (segment.group(2) != null) {
                ArrayNode array = child instanceof ArrayNode a ? a : parent.putArray(segment.group(1));
                if (array.isEmpty()) {
                    array.addObject();
                }
                parent = (ObjectNode) array.get(Integer.parseInt(segment.group(2)));
            } else {
                parent = child instanceof ObjectNode o ? o : parent.putObject(segment.group(1));
            }
        }
        parent.put(segments[segments.length - 1], PLACEHOLDER);
        String body = copy.toString();
        String quoted = JSON.valueToTree(PLACEHOLDER).toString();
        if (!body.contains(quoted)) {
            throw new IllegalStateException("the placeholder of " + path + " is not in the body");
        }
        return body.replace(quoted, json);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bodies that are not one JSON object
    // ---------------------------------------------------------------------------------------------------------

    private void notAnObject() {
        add("an empty body", "", 400, CaseReader.ROOT);
        add("a body of white space", "  \n\t ", 400, CaseReader.ROOT);
        add("an empty JSON array", "[]", 400, CaseReader.ROOT);
        add("a JSON array holding the valid request", "[" + VALID + "]", 400, CaseReader.ROOT);
        add("the number 42", "42", 400, CaseReader.ROOT);
        add("the number 1e999", "1e999", 400, CaseReader.ROOT);
        add("the string \"STORAGE\"", "\"STORAGE\"", 400, CaseReader.ROOT);
        add("the boolean true", "true", 400, CaseReader.ROOT);
        add("two JSON objects one after the other", VALID + VALID, 400, CaseReader.ROOT);
        add("the valid request followed by garbage", VALID + " ]x", 400, CaseReader.ROOT);
    }

    private void notJson() {
        add("single quotes", "{'provider':{'role':'STORAGE'}}", 400, CaseReader.ROOT);
        add("unquoted names", "{provider:{role:\"STORAGE\"}}", 400, CaseReader.ROOT);
        add("a comment", "{/* c */\"provider\":{\"role\":\"STORAGE\"}}", 400, CaseReader.ROOT);
        add("a trailing comma", "{\"provider\":{\"role\":\"STORAGE\"},}", 400, CaseReader.ROOT);
        add("NaN as an item count", episode("\"itemCount\":NaN"), 400, CaseReader.ROOT);
        add("Infinity as an item count", episode("\"itemCount\":Infinity"), 400, CaseReader.ROOT);
        add("a leading zero in an item count", episode("\"itemCount\":01"), 400, CaseReader.ROOT);
        add("a plus sign before an item count", episode("\"itemCount\":+1"), 400, CaseReader.ROOT);
        add("a hexadecimal item count", episode("\"itemCount\":0x10"), 400, CaseReader.ROOT);
        add("NaN as a timeliness bound", bound("NaN"), 400, CaseReader.ROOT);
        add("Infinity as a timeliness bound", bound("Infinity"), 400, CaseReader.ROOT);
        add("-Infinity as a timeliness bound", bound("-Infinity"), 400, CaseReader.ROOT);
        add("a decimal comma in a timeliness bound", bound("0,5"), 400, CaseReader.ROOT);
        add("a bare decimal point in a timeliness bound", bound(".5"), 400, CaseReader.ROOT);
        add("a trailing decimal point in a timeliness bound", bound("24."), 400, CaseReader.ROOT);
        add("a raw tab inside a string", "{\"provider\":{\"role\":\"STOR\tAGE\"}}", 400, CaseReader.ROOT);
        add("an escaped NUL inside a timestamp", episode("\"forwardedAt\":\"2022-04-02\\u0000\""), 400,
                "noticeHistory[0].forwardedAt");
        add("an unterminated string", "{\"provider\":{\"role\":\"STORAGE}}", 400, CaseReader.ROOT);
        add("a lone closing brace", "}", 400, CaseReader.ROOT);
        add("XML", "<provider><role>STORAGE</role></provider>", 400, CaseReader.ROOT);
    }

    private static String bound(String hours) {
        return "{\"provider\":{\"role\":\"STORAGE\"},\"policy\":{\"timelinessHours\":{\"host\":{\"copyright\":"
                + "{\"prompt\":" + hours + "}}}}}";
    }

    private static String episode(String property) {
        return "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":[{\"receivedAt\":\"2022-04-02\"," + property + "}]}";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Limits: nesting, string and name length, notices
    // ---------------------------------------------------------------------------------------------------------

    private void deepNesting() {
        add("arrays nested 10000 levels deep", "[".repeat(10_000) + "]".repeat(10_000), 400, CaseReader.ROOT);
        add("objects nested 10000 levels deep", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), 400,
                CaseReader.ROOT);
        add("an unclosed nesting of 10000 arrays", "[".repeat(10_000), 400, CaseReader.ROOT);
        add("an unknown property nested 33 levels deep in the indicators",
                "{\"provider\":{\"role\":\"STORAGE\",\"indicators\":{\"x\":" + "[".repeat(30) + "]".repeat(30) + "}}}",
                400, CaseReader.ROOT);
    }

    private void longStringsAndNames() {
        String megabyte = "x".repeat(MIB);
        add("a string of one megabyte as the conduct date",
                "{\"provider\":{\"role\":\"STORAGE\"},\"conductDate\":\"" + megabyte + "\"}", 400, "conductDate");
        add("a string of one megabyte as the role", "{\"provider\":{\"role\":\"" + megabyte + "\"}}", 400,
                "provider.role");
        add("a string of one megabyte as an unknown property",
                "{\"provider\":{\"role\":\"STORAGE\"},\"note\":\"" + megabyte + "\"}", 400, "note");
        add("a string of 4097 characters as a notice's receipt",
                episode("\"forwardedAt\":\"" + "2".repeat(4097) + "\""), 400, "noticeHistory[0].forwardedAt");
        add("a property name of one megabyte", "{\"provider\":{\"role\":\"STORAGE\"},\"" + megabyte + "\":1}", 400,
                CaseReader.ROOT);
        add("a property name of one megabyte in the provider",
                "{\"provider\":{\"role\":\"STORAGE\",\"" + megabyte + "\":true}}", 400, "provider");
        add("a property name of 4097 characters", "{\"" + "k".repeat(4097) + "\":1}", 400, CaseReader.ROOT);
        add("a property name of 200 characters", "{\"provider\":{\"role\":\"STORAGE\"},\"" + "k".repeat(200) + "\":1}",
                400, "k".repeat(200));
        add("a thousand unknown properties", "{\"provider\":{\"role\":\"STORAGE\"}"
                + ",\"p%d\":1".repeat(1000).formatted(java.util.stream.IntStream.range(0, 1000).boxed().toArray())
                + "}", 400, "p0");
    }

    private void duplicateKeys() {
        add("the provider given twice", "{\"provider\":{\"role\":\"STORAGE\"},\"provider\":{\"role\":\"SEARCH\"}}", 400,
                "provider");
        add("the role given twice", "{\"provider\":{\"role\":\"STORAGE\",\"role\":\"STORAGE\"}}", 400, "provider.role");
        add("a notice's receipt given twice",
                episode("\"receivedAt\":\"2022-04-02\""), 400, "noticeHistory[0].receivedAt");
    }

    private void thousandsOfNotices() {
        String minimal = "{\"receivedAt\":\"2022-01-01\"}";
        for (int count : new int[] {1001, 5000}) {
            add(count + " notice episodes", "{\"provider\":{\"role\":\"STORAGE\"},\"noticeHistory\":["
                    + String.join(",", Collections.nCopies(count, minimal)) + "]}", 400, "noticeHistory");
        }
        ObjectNode full = (ObjectNode) read(VALID);
        ArrayNode history = full.withArray("noticeHistory");
        JsonNode episode = history.get(0);
        for (int i = 1; i < 3000; i++) {
            history.add(episode.deepCopy());
        }
        add("3000 notice episodes with every field given", full.toString(), 400, "noticeHistory");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Encodings
    // ---------------------------------------------------------------------------------------------------------

    private void encodings() {
        byte[] utf8 = VALID.getBytes(StandardCharsets.UTF_8);
        add("the valid request after a UTF-8 byte order mark", concat(bytes(0xEF, 0xBB, 0xBF), utf8), JSON_TYPE, 400,
                CaseReader.ROOT);
        add("the valid request in UTF-16 with a byte order mark", VALID.getBytes(StandardCharsets.UTF_16), JSON_TYPE,
                400, CaseReader.ROOT);
        add("the valid request in UTF-16LE with a byte order mark",
                concat(bytes(0xFF, 0xFE), VALID.getBytes(StandardCharsets.UTF_16LE)), JSON_TYPE, 400, CaseReader.ROOT);
        add("the valid request in UTF-16BE without a byte order mark", VALID.getBytes(StandardCharsets.UTF_16BE),
                JSON_TYPE, 400, CaseReader.ROOT);
        add("the valid request in UTF-16LE without a byte order mark", VALID.getBytes(StandardCharsets.UTF_16LE),
                JSON_TYPE, 400, CaseReader.ROOT);
        add("the valid request in UTF-32", VALID.getBytes(Charset.forName("UTF-32")), JSON_TYPE, 400, CaseReader.ROOT);
        add("the valid request in UTF-16 declared as UTF-16", VALID.getBytes(StandardCharsets.UTF_16),
                JSON_TYPE + "; charset=UTF-16", 400, CaseReader.ROOT);
        String[] prefix = {"{\"provider\":{\"role\":\"STOR", "AGE\"}}"};
        int[][] invalid = {{0xC3, 0x28}, {0xFF}, {0xFE}, {0xC0, 0xAF}, {0x80}, {0xE2, 0x82}, {0xF8, 0x88, 0x80, 0x80, 0x80},
            {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}};
        for (int[] sequence : invalid) {
            StringBuilder hex = new StringBuilder();
            for (int b : sequence) {
                hex.append(hex.isEmpty() ? "" : " ").append(String.format("%02X", b));
            }
            add("the bytes " + hex + " (not UTF-8) inside the role",
                    concat(concat(prefix[0].getBytes(StandardCharsets.UTF_8), bytes(sequence)),
                            prefix[1].getBytes(StandardCharsets.UTF_8)), JSON_TYPE, 400, null);
        }
        add("a truncated UTF-8 sequence at the end of the body",
                concat("{\"provider\":{\"role\":\"STORAGE\"}}".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x82)),
                JSON_TYPE, 400, CaseReader.ROOT);
        java.util.Random random = new java.util.Random(4);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        add("4 KiB of random bytes", noise, JSON_TYPE, 400, CaseReader.ROOT);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Content types other than JSON
    // ---------------------------------------------------------------------------------------------------------

    private void wrongContentTypes() {
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/octet-stream", "text/html", "application/problem+json")) {
            add("the valid request sent as " + type, valid, type, 415, null);
        }
        add("the valid request sent without a Content-Type", valid, null, 415, null);
    }
}
