package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link ClassificationRoute} answers as {@link ClassificationResource} does: each request is sent twice on a raw
 * connection, once as it is (the route answers it, or steps aside) and once with the same body sent chunked (the route
 * always steps aside: the resource answers), and the two answers must have the same status, the same header lines in
 * the same order and the same body bytes, the request id, the decisionId and the request's trace aside.
 * {@link RoutesReached} tells which requests went on past the route: the common case must be answered by the
 * route, every other by the resource.
 */
@QuarkusTest
class ClassificationRouteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    RoutesReached reached;

    /** One request: its query (null: none), extra header lines, and body. */
    record Ask(String query, Map<String, List<String>> headers, byte[] body) {

        static Ask of(String body) {
            return new Ask(null, json(), body.getBytes(StandardCharsets.UTF_8));
        }

        Ask query(String text) {
            return new Ask(text, headers, body);
        }

        Ask header(String name, String... values) {
            Map<String, List<String>> more = new LinkedHashMap<>(headers);
            if (values.length == 0) {
                more.remove(name);
            } else {
                more.put(name, List.of(values));
            }
            return new Ask(query, more, body);
        }

        private static Map<String, List<String>> json() {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            headers.put("Content-Type", List.of("application/json"));
            return headers;
        }
    }

    /** What came back: the status line, the header lines in order, the body (unframed, decompressed). */
    record Answer(String statusLine, List<String> headers, byte[] body) {

        String header(String name) {
            for (String line : headers) {
                int colon = line.indexOf(':');
                if (line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends the request as it is and then chunked, each with a request id of its own, and asserts that both answers
     * are the same; returns whether the request as it is was answered by the route.
     */
    private boolean sameAnswer(String name, Ask ask) {
        return compared(name, ask).byRoute();
    }

    /**
     * The answer to a request sent as it is and sent chunked, asserted the same: the answer to the request as it is,
     * its normalised text, and whether the route answered it.
     */
    private record Compared(Answer answer, String text, boolean byRoute) {
    }

    private Compared compared(String name, Ask ask) {
        String plainId = requestId();
        String chunkedId = requestId();
        Answer plain;
        Answer chunked;
        try {
            plain = exchange(ask, false, plainId);
            chunked = exchange(ask, true, chunkedId);
        } catch (UncheckedIOException e) {
            throw new AssertionError(name + ": no answer", e);
        }
        assertThat(reached.passed(chunkedId)).as("%s: a chunked body is answered by the resource", name).isTrue();
        String plainText = normalised(plain, plainId);
        String chunkedText = normalised(chunked, chunkedId);
        assertThat(plainText).as("%s: the answer to the request as it is, and to the same body chunked", name)
                .isEqualTo(chunkedText);
        return new Compared(plain, plainText, !reached.passed(plainId));
    }

    /** A request id of its own, all of the same length. */
    private static String requestId() {
        return RoutesReached.PREFIX + String.format("%06d", SEQUENCE.incrementAndGet());
    }

    /**
     * The answer as text, its request id, decisionId, trace id and span id put in words, and the length of a compressed
     * answer (its body is compared decompressed).
     */
    private static String normalised(Answer answer, String requestId) {
        String decisionId = answer.header("X-Decision-Id");
        StringBuilder out = new StringBuilder(answer.statusLine()).append('\n');
        for (String line : answer.headers()) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:") && answer.header("Content-Encoding") != null) {
                line = "content-length: <compressed length>"; // the decisionId compresses as it comes
            }
            if (lower.startsWith("traceparent:")) {
                line = line.replaceAll("00-[0-9a-f]{32}-[0-9a-f]{16}-", "00-<trace>-<span>-");
            }
            out.append(line).append('\n');
        }
        String body = answer.text();
        out.append('\n').append(body.length()).append(" characters\n").append(body);
        String text = out.toString().replace(requestId, "<request-id>");
        return decisionId == null ? text : text.replace(decisionId, "<decision-id>");
    }

    private static Answer exchange(Ask ask, boolean chunked, String requestId) {
        StringBuilder head = new StringBuilder("POST ").append(ClassificationResourceTest.PATH)
                .append(ask.query() == null ? "" : "?" + ask.query()).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close\r\n")
                .append("X-Request-Id: ").append(requestId).append("\r\n");
        ask.headers().forEach((name, values) -> values.forEach(value ->
                head.append(name).append(": ").append(value).append("\r\n")));
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        if (chunked) {
            head.append("Transfer-Encoding: chunked\r\n\r\n");
            request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (ask.body().length > 0) {
                request.writeBytes((Integer.toHexString(ask.body().length) + "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                request.writeBytes(ask.body());
                request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            head.append("Content-Length: ").append(ask.body().length).append("\r\n\r\n");
            request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(ask.body());
        }
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            return read(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(byte[] raw) throws IOException {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        assertThat(end).as("an answer with a head: %s", new String(raw, StandardCharsets.ISO_8859_1)).isPositive();
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        Answer head = new Answer(lines[0], headers, new byte[0]);
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(head.header("Transfer-Encoding"))) {
            body = unchunk(body);
        } else if (head.header("Content-Length") != null) {
            assertThat(body.length).as("Content-Length").isEqualTo(Integer.parseInt(head.header("Content-Length")));
        }
        if ("gzip".equalsIgnoreCase(head.header("Content-Encoding"))) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new Answer(lines[0], headers, body);
    }

    private static byte[] unchunk(byte[] framed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(framed, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            String size = new String(framed, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int length = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(framed, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<JsonNode> scenarios(String resource) {
        try (InputStream in = ClassificationRouteTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<JsonNode> inputs = new ArrayList<>();
            JSON.readTree(in).path("cases").forEach(scenario -> inputs.add(scenario));
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[][] LANGUAGE_AND_EXPLAIN = {
        {null, null}, {"zh-CN", null}, {"en", "explain=none"}, {"zh", "explain=full"},
        {"zh-CN,en;q=0.8", "explain=none"},
        {"en;q=0.5, zh;q=0", "explain=full"}, {"fr", null}, {"zh-Hans-CN", "explain=none"}, {"x;;q=bad", null}
    };

    @Test
    void every_scenario_is_answered_by_the_route_as_by_the_resource_in_both_languages_and_either_explanation() {
        List<JsonNode> scenarios = new ArrayList<>(scenarios("/scenarios/cases-public.json"));
        scenarios.addAll(scenarios("/scenarios/cases-own.json"));
        assertThat(scenarios).hasSizeGreaterThan(100);
        int i = 0;
        int byRoute = 0;
        for (JsonNode scenario : scenarios) {
            String[] asked = LANGUAGE_AND_EXPLAIN[i++ % LANGUAGE_AND_EXPLAIN.length];
            Ask ask = Ask.of(scenario.path("input").toString()).query(asked[1]);
            if (asked[0] != null) {
                ask = ask.header("Accept-Language", asked[0]);
            }
            String name = scenario.path("id").asText() + " " + String.join(" ", java.util.Arrays.stream(asked)
                    .map(String::valueOf).toList());
            if (sameAnswer(name, ask)) {
                byRoute++;
            }
        }
        assertThat(byRoute).as("every scenario's body is under 16 KiB: the route answers each")
                .isEqualTo(scenarios.size());
    }

    @Test
    void the_reference_request_is_answered_alike_in_every_language_and_explanation() {
        for (String language : new String[] {null, "zh-CN", "en", "zh;q=0, en"}) {
            for (String explain : new String[] {null, "explain=none", "explain=full"}) {
                Ask ask = Ask.of(ContractExamples.NOTICE_HANDLED_IN_TIME).query(explain);
                if (language != null) {
                    ask = ask.header("Accept-Language", language);
                }
                assertThat(sameAnswer(language + " " + explain, ask)).as("answered by the route").isTrue();
            }
        }
    }

    @Test
    void invalid_bodies_get_the_same_problems() {
        List<String> bodies = List.of("{", "[]", "null", "42", "\"text\"", "{}", "{\"provider\":{}}",
                "{\"provider\":{\"role\":\"HOST\"},\"unknown\":1}", "{\"provider\":{\"role\":\"NOBODY\"}}",
                "{\"provider\":{\"role\":\"HOST\"}} trailing", "[".repeat(40) + "]".repeat(40),
                "{\"provider\":{\"role\":\"HOST\"},\"noticeHistory\":\"none\"}",
                "{\"provider\":{\"role\":\"" + "x".repeat(5000) + "\"}}");
        for (String body : bodies) {
            assertThat(sameAnswer(body.length() > 60 ? body.substring(0, 60) : body, Ask.of(body)))
                    .as("%s answered by the route", body).isTrue();
        }
        byte[] notUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        Ask undecodable = new Ask(null, Ask.json(), notUtf8);
        assertThat(sameAnswer("bytes that are not UTF-8", undecodable)).isTrue();
    }

    @Test
    void query_parameters_get_the_same_answers_and_problems() {
        Map<String, Boolean> queries = new LinkedHashMap<>();
        // answered by the route: one plain parameter
        queries.put("explain=none", true);
        queries.put("explain=full", true);
        queries.put("explain=bogus", true);
        queries.put("explain=NONE", true);
        queries.put("foo=bar", true);
        queries.put("include=everything", true);
        queries.put("include=counterfactuals,counterfactuals", true);
        queries.put("include=counterfactuals,x", true);
        // answered by the resource
        queries.put("include=counterfactuals", false);
        queries.put("explain=", false);
        queries.put("explain", false);
        queries.put("", false);
        queries.put("explain=none&explain=full", false);
        queries.put("explain=none&foo=1", false);
        queries.put("a%20b=c", false);
        queries.put("explain=n%6Fne", false);
        queries.put("explain=none+", false);
        queries.put("include=counterfactuals&explain=none", false);
        for (Map.Entry<String, Boolean> query : queries.entrySet()) {
            Ask ask = Ask.of(ContractExamples.NOTICE_HANDLED_IN_TIME).query(query.getKey());
            assertThat(sameAnswer("?" + query.getKey(), ask)).as("?%s answered by the route", query.getKey())
                    .isEqualTo(query.getValue());
        }
    }

    /**
     * The parameters a request's query string gets wrong are named in the order they appear in it, on every request and
     * in both framings: several (answered by the resource: the route takes one parameter at most) and one (answered by
     * the route). Quarkus REST gives the resource its query parameters in a hash map, in an order neither the caller's
     * nor sorted.
     */
    @Test
    void the_query_parameters_refused_are_named_in_the_order_of_the_query_string_on_every_request() throws IOException {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("foo=1&bar=2&baz=3", List.of("foo", "bar", "baz"));
        queries.put("zeta=1&explain=bogus&alpha=2&include=x&mid=3", List.of("zeta", "explain", "alpha", "include",
                "mid"));
        queries.put("baz=3&foo=1&bar=2&foo=4", List.of("baz", "foo", "bar"));
        queries.put("foo=1", List.of("foo"));
        for (Map.Entry<String, List<String>> query : queries.entrySet()) {
            java.util.Set<String> answers = new java.util.HashSet<>();
            boolean byRoute = query.getValue().size() == 1;
            for (int i = 0; i < 50; i++) {
                Ask ask = Ask.of(ContractExamples.NOTICE_HANDLED_IN_TIME).query(query.getKey());
                Compared compared = compared("?" + query.getKey() + " #" + i, ask);
                assertThat(compared.byRoute()).as("?%s answered by the route", query.getKey()).isEqualTo(byRoute);
                assertThat(compared.answer().statusLine()).contains(" 400 ");
                List<String> fields = new ArrayList<>();
                JSON.readTree(compared.answer().body()).path("errors")
                        .forEach(error -> fields.add(error.path("field").asText()));
                assertThat(fields).as("?%s", query.getKey()).isEqualTo(query.getValue());
                answers.add(compared.text());
            }
            assertThat(answers).as("?%s: one answer to 50 requests", query.getKey()).hasSize(1);
        }
    }

    @Test
    void accept_headers_get_the_same_answers() {
        Map<String, Boolean> accepts = new LinkedHashMap<>();
        accepts.put("application/json", true);
        accepts.put("*/*", true);
        accepts.put("application/*", true);
        accepts.put("application/problem+json", true);
        accepts.put("text/html, application/json;q=0.9", true);
        accepts.put("application/json, image/svg+xml", true);
        accepts.put("image/svg+xml;q=0.5, application/json", true);
        accepts.put("application/json;q=0.5, */*;q=0.1", true);
        accepts.put("application/json, text/plain, */*", true);
        accepts.put("foo", false);
        accepts.put("application/json;q=abc, application/json", false);
        accepts.put("application/json; charset=utf-8", false);
        accepts.put("image/svg+xml", false);
        accepts.put("image/svg+xml, */*", false);
        accepts.put("text/plain", false);
        accepts.put("application/json;q=0", false);
        for (Map.Entry<String, Boolean> accept : accepts.entrySet()) {
            Ask ask = Ask.of(ContractExamples.MINIMAL).header("Accept", accept.getKey());
            assertThat(sameAnswer("Accept: " + accept.getKey(), ask)).as("Accept: %s answered by the route",
                    accept.getKey()).isEqualTo(accept.getValue());
        }
        Ask twice = Ask.of(ContractExamples.MINIMAL).header("Accept", "text/plain", "application/json");
        assertThat(sameAnswer("two Accept fields", twice)).as("answered by the route").isTrue();
    }

    @Test
    void other_requests_go_on_to_the_resource_and_are_answered_as_before() {
        String reference = ContractExamples.NOTICE_HANDLED_IN_TIME;
        Map<String, Ask> asks = new LinkedHashMap<>();
        asks.put("no Content-Type", Ask.of(reference).header("Content-Type"));
        asks.put("text/plain", Ask.of(reference).header("Content-Type", "text/plain"));
        asks.put("two Content-Type fields", Ask.of(reference).header("Content-Type", "application/json",
                "application/json"));
        asks.put("a type with another parameter", Ask.of(reference).header("Content-Type", "application/json; v=1"));
        asks.put("a type with a broken parameter", Ask.of(reference).header("Content-Type", "application/json;"));
        asks.put("a wildcard type", Ask.of(reference).header("Content-Type", "application/*"));
        asks.put("two Accept-Language fields", Ask.of(reference).header("Accept-Language", "zh-CN", "en"));
        byte[] padded = (reference + " ".repeat(ClassificationResource.EVENT_LOOP_BODY_LIMIT))
                .getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, Ask> ask : asks.entrySet()) {
            assertThat(sameAnswer(ask.getKey(), ask.getValue())).as("%s: answered by the resource", ask.getKey())
                    .isFalse();
        }
        // a body over 16 KiB, answered on a worker thread, and one of exactly 16 KiB are compared with the same case
        // unpadded, which the route answers (sent chunked, bodies of this size are refused as not UTF-8 by the
        // resource, with or without this route)
        byte[] atLimit = (reference + " ".repeat(ClassificationResource.EVENT_LOOP_BODY_LIMIT
                - reference.getBytes(StandardCharsets.UTF_8).length)).getBytes(StandardCharsets.UTF_8);
        assertThat(atLimit).hasSize(ClassificationResource.EVENT_LOOP_BODY_LIMIT);
        for (String language : new String[] {"en", "zh"}) {
            assertThat(sameAsUnpadded(padded, reference, language)).as("a body over 16 KiB: answered by the route")
                    .isFalse();
            assertThat(sameAsUnpadded(atLimit, reference, language)).as("a body of 16 KiB: answered by the route")
                    .isTrue();
        }
        // an empty body sent chunked (its last chunk alone) gets no answer from the resource either, before the body
        // deadline: the same body with Content-Length 0 is compared with nothing, only seen to go on to the resource
        String emptyId = requestId();
        Answer empty = exchange(new Ask(null, Ask.json(), new byte[0]), false, emptyId);
        assertThat(reached.passed(emptyId)).as("an empty body: answered by the resource").isTrue();
        assertThat(empty.statusLine()).contains(" 400 ");
        assertThat(empty.text()).contains("the body is empty");
        // Expect: 100-continue is answered one "100 Continue" before the final answer (ExpectContinueTest): compared
        // with nothing either, only seen to go on to the resource
        String expectId = requestId();
        Answer expect = exchange(Ask.of(reference).header("Expect", "100-continue"), false, expectId);
        assertThat(reached.passed(expectId)).as("Expect: 100-continue: answered by the resource").isTrue();
        assertThat(expect.text()).contains("HTTP/1.1 200 OK");
    }

    /**
     * The answer to a padded body as it is and to the case unpadded (which the route answers) are the same; returns
     * whether the padded body was answered by the route.
     */
    private boolean sameAsUnpadded(byte[] padded, String unpadded, String language) {
        String paddedId = requestId();
        String unpaddedId = requestId();
        Answer large = exchange(new Ask(null, Ask.json(), padded).header("Accept-Language", language), false, paddedId);
        Answer small = exchange(Ask.of(unpadded).header("Accept-Language", language), false, unpaddedId);
        assertThat(reached.passed(unpaddedId)).as("the case unpadded: answered by the route").isFalse();
        assertThat(normalised(large, paddedId)).as("a body of %d bytes, and the same case unpadded", padded.length)
                .isEqualTo(normalised(small, unpaddedId));
        return !reached.passed(paddedId);
    }

    @Test
    void content_types_and_compression_are_alike() {
        Map<String, Ask> asks = new LinkedHashMap<>();
        asks.put("charset", Ask.of(ContractExamples.MINIMAL).header("Content-Type", "application/json; charset=UTF-8"));
        asks.put("upper case", Ask.of(ContractExamples.MINIMAL).header("Content-Type", "APPLICATION/JSON"));
        asks.put("charset, no space", Ask.of(ContractExamples.MINIMAL)
                .header("Content-Type", "application/json;charset=utf-8"));
        asks.put("gzip", Ask.of(ContractExamples.NOTICE_HANDLED_IN_TIME).header("Accept-Encoding", "gzip"));
        asks.put("deflate, gzip problem", Ask.of("{").header("Accept-Encoding", "deflate, gzip"));
        asks.put("gzip;q=0", Ask.of(ContractExamples.MINIMAL).header("Accept-Encoding", "gzip;q=0"));
        for (Map.Entry<String, Ask> ask : asks.entrySet()) {
            assertThat(sameAnswer(ask.getKey(), ask.getValue())).as("%s: answered by the route", ask.getKey())
                    .isTrue();
        }
    }

    @Test
    void the_server_span_is_named_and_described_alike() throws InterruptedException {
        Map<Boolean, SpanData> spans = new HashMap<>();
        for (boolean chunked : new boolean[] {false, true}) {
            String trace = String.format("%032x", SEQUENCE.incrementAndGet() + (chunked ? 1L << 40 : 0));
            reached.watch(trace);
            String id = requestId();
            Ask ask = Ask.of(ContractExamples.MINIMAL).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01");
            Answer answer = exchange(ask, chunked, id);
            assertThat(answer.statusLine()).contains(" 200 ");
            assertThat(reached.passed(id)).as("answered by the resource").isEqualTo(chunked);
            for (int tries = 0; reached.span(trace) == null && tries < 600; tries++) {
                Thread.sleep(50); // the span ends as the answer is written, on the event loop
            }
            spans.put(chunked, reached.span(trace));
        }
        SpanData route = spans.get(false);
        SpanData resource = spans.get(true);
        assertThat(route).as("the span of the route's answer").isNotNull();
        assertThat(resource).as("the span of the resource's answer").isNotNull();
        assertThat(route.getName()).isEqualTo(resource.getName()).isEqualTo("POST " + ClassificationResourceTest.PATH);
        assertThat(route.getKind()).isEqualTo(resource.getKind());
        assertThat(route.getStatus()).isEqualTo(resource.getStatus());
        Map<String, String> routeAttributes = RoutesReached.attributes(route);
        Map<String, String> resourceAttributes = RoutesReached.attributes(resource);
        for (Map<String, String> attributes : List.of(routeAttributes, resourceAttributes)) {
            attributes.keySet().removeIf(key -> key.endsWith(".port") || key.endsWith("body.size")
                    || key.endsWith("content_length"));
        }
        assertThat(routeAttributes).isEqualTo(resourceAttributes)
                .containsEntry("http.route", ClassificationResourceTest.PATH)
                .containsEntry(ClassificationRoute.CODE_FUNCTION.getKey(), ClassificationRoute.FUNCTION);
    }
}
