package cn.netlaw.api.classification;

import cn.netlaw.api.problem.Problem;
import cn.netlaw.liability.Violation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the envelope of a batch, {@code {"items": [request, ...]}}, without binding its items: it finds where each
 * item begins and ends in the body, so that each is then read by {@link CaseReader} exactly as the body of a single
 * request (an unknown property, a wrong value, a duplicate key, a string over the limit or an item that is no object
 * fails that item only).
 *
 * <p>The envelope itself must be UTF-8 JSON text holding one object with exactly the property {@code items}, an array;
 * anything else is a violation naming {@code $}, {@code items} or the unknown property (with {@code items} allowed).
 * More than the configured maximum of items is {@link TooMany}. The envelope is tokenised, never built into a tree, and
 * reads any nesting up to {@value #MAX_DEPTH} levels (an item's own limit, {@code liability.limits.max-nesting-depth},
 * is then applied to the item); its strings, names and numbers are bounded only by the body size.
 *
 * <p>Plain Java: one instance serves any number of threads.
 */
public final class BatchReader {

    static final String ITEMS = "items";
    static final int MAX_DEPTH = 1000;
    private static final List<String> ALLOWED = List.of(ITEMS);

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private final int maxItems;

    public BatchReader(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("the maximum of batch items must be positive: " + maxItems);
        }
        this.maxItems = maxItems;
    }

    public int maxItems() {
        return maxItems;
    }

    /** What the envelope comes to. */
    public sealed interface Envelope permits Items, Invalid, TooMany {
    }

    /** A valid envelope: item {@code i} is {@code lengths[i]} bytes of {@code body} from {@code offsets[i]}. */
    public record Items(byte[] body, int[] offsets, int[] lengths) implements Envelope {

        public int size() {
            return offsets.length;
        }
    }

    /** The envelope is not {@code {"items": [...]}}; at least one violation. */
    public record Invalid(List<Violation> violations) implements Envelope {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /** More items than the maximum ({@code liability.limits.max-batch-items}). */
    public record TooMany(int count, int limit) implements Envelope {

        public Violation violation() {
            return new Violation(ITEMS, "lists " + count + " items, more than the limit of " + limit + " per batch");
        }
    }

    public Envelope read(byte[] body) {
        if (body == null || body.length == 0) {
            return invalid(CaseReader.ROOT, "the body is empty; expected a JSON object {\"items\": [...]}");
        }
        if (!CaseReader.utf8WithoutByteOrderMark(body, 0, body.length)) {
            return invalid(CaseReader.ROOT,
                    "the body is not UTF-8 JSON text: send it in UTF-8, without a byte order mark");
        }
        try (JsonParser parser = factory.createParser(body)) {
            return read(body, parser);
        } catch (StreamConstraintsException e) {
            return invalid(CaseReader.ROOT, "the body is nested more than " + MAX_DEPTH
                    + " levels deep or holds a value beyond what the service reads");
        } catch (StreamReadException e) {
            return new Invalid(List.of(CaseReader.syntaxViolation(e)));
        } catch (IOException e) {
            return invalid(CaseReader.ROOT, "the body is not valid JSON text (check its encoding: UTF-8)");
        }
    }

    private Envelope read(byte[] body, JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            return invalid(CaseReader.ROOT, "expected a JSON object {\"items\": [...]}, found " + kind(first));
        }
        List<Violation> violations = new ArrayList<>();
        boolean seen = false;
        int count = 0;
        int[] offsets = new int[Math.min(16, maxItems)];
        int[] lengths = new int[offsets.length];
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!ITEMS.equals(name)) {
                violations.add(new Violation(name, "unknown property '" + Problem.shorten(name) + "'", ALLOWED));
                parser.skipChildren();
            } else if (seen) {
                violations.add(new Violation(ITEMS, "property 'items' appears more than once"));
                parser.skipChildren();
            } else if (value != JsonToken.START_ARRAY) {
                seen = true;
                violations.add(new Violation(ITEMS, value == JsonToken.VALUE_NULL ? "is required and may not be null"
                        : "expected an array of requests, found " + kind(value)));
                parser.skipChildren();
            } else {
                seen = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    long start = parser.currentTokenLocation().getByteOffset();
                    if (parser.currentToken().isStructStart()) {
                        parser.skipChildren();
                    } else {
                        parser.finishToken();
                    }
                    long end = parser.currentLocation().getByteOffset();
                    if (count < maxItems) { // past the maximum the items are only counted
                        if (count == offsets.length) {
                            offsets = Arrays.copyOf(offsets, Math.min(count * 2, maxItems));
                            lengths = Arrays.copyOf(lengths, offsets.length);
                        }
                        offsets[count] = (int) start;
                        lengths[count] = (int) (end - start);
                    }
                    count++;
                }
            }
        }
        if (token != JsonToken.END_OBJECT) {
            return invalid(CaseReader.ROOT, "the body is not valid JSON");
        }
        if (parser.nextToken() != null) {
            return invalid(CaseReader.ROOT, "the body has more than one JSON value" + CaseReader.where(
                    parser.currentTokenLocation()) + "; send one JSON object {\"items\": [...]}");
        }
        if (!seen) {
            violations.add(new Violation(ITEMS, "is required"));
        }
        if (!violations.isEmpty()) {
            return new Invalid(violations);
        }
        if (count > maxItems) {
            return new TooMany(count, maxItems);
        }
        return new Items(body, Arrays.copyOf(offsets, count), Arrays.copyOf(lengths, count));
    }

    private static Invalid invalid(String field, String message) {
        return new Invalid(List.of(new Violation(field, message)));
    }

    private static String kind(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a value that is not JSON data";
        };
    }
}
