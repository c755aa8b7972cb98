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
import java.io.InputStream;
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
 * <p>A body arrives as a stream and is kept in {@link Body pieces} of at most {@value #LARGEST_PIECE} bytes, never in
 * one array of its own length: with G1 and a heap of a few hundred MiB (regions of 1 MiB) an array over half a region is
 * a humongous object, and each such allocation may start a concurrent cycle (bench/README.md, "The batch of 1000").
 * The envelope is parsed across the pieces; an item lies in the piece it was sent in, and the few items that straddle
 * two pieces are each copied into an array of their own. The envelope, its items' bytes and its violations are
 * those of the same body read as one array.
 *
 * <p>Plain Java: one instance serves any number of threads.
 */
public final class BatchReader {

    static final String ITEMS = "items";
    static final int MAX_DEPTH = 1000;
    /** The first piece of a body read from a stream; each next one is twice as large, up to the largest. */
    static final int FIRST_PIECE = 16 << 10;
    /** The largest piece: a quarter of G1's smallest region, well under its humongous threshold (half a region). */
    static final int LARGEST_PIECE = 256 << 10;
    private static final List<String> ALLOWED = List.of(ITEMS);

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private final int maxItems;
    private final int firstPiece;
    private final int largestPiece;

    public BatchReader(int maxItems) {
        this(maxItems, FIRST_PIECE, LARGEST_PIECE);
    }

    /** A reader that reads a stream in pieces of {@code firstPiece} bytes, doubling up to {@code largestPiece}. */
    BatchReader(int maxItems, int firstPiece, int largestPiece) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("the maximum of batch items must be positive: " + maxItems);
        }
        if (firstPiece < 1 || largestPiece < firstPiece) {
            throw new IllegalArgumentException("pieces of " + firstPiece + " to " + largestPiece + " bytes");
        }
        this.maxItems = maxItems;
        this.firstPiece = firstPiece;
        this.largestPiece = largestPiece;
    }

    public int maxItems() {
        return maxItems;
    }

    /** What the envelope comes to. */
    public sealed interface Envelope permits Items, Invalid, TooMany {
    }

    /**
     * A valid envelope: item {@code i} is {@code lengths[i]} bytes of {@code sources[i]} from {@code offsets[i]} (the
     * piece of the body it was sent in, or an array of its own).
     */
    public record Items(byte[][] sources, int[] offsets, int[] lengths) implements Envelope {

        public int size() {
            return offsets.length;
        }

        /** The array that holds item {@code index}, from {@code offsets()[index]}. */
        public byte[] source(int index) {
            return sources[index];
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

    /** Reads the envelope of a body already in one array. */
    public Envelope read(byte[] body) {
        return read(body == null ? Body.EMPTY : new Body(List.of(body), body.length));
    }

    /**
     * Reads the whole of a body's stream into pieces ({@link Body}); an {@link IOException} is the stream's (the
     * connection's), never the body's content.
     */
    public Body receive(InputStream in) throws IOException {
        if (in == null) {
            return Body.EMPTY;
        }
        List<byte[]> pieces = new ArrayList<>();
        int size = firstPiece;
        int filled = 0;
        boolean ended = false;
        while (!ended) {
            byte[] piece = new byte[size];
            int n = 0;
            // read until the piece is full or the stream ends (not readNBytes: a stream may override it to read once)
            while (n < size) {
                int read = in.read(piece, n, size - n);
                if (read < 0) {
                    ended = true;
                    break;
                }
                n += read;
            }
            if (n > 0) {
                pieces.add(piece);
                filled = n;
            }
            size = (int) Math.min(2L * size, largestPiece);
        }
        return pieces.isEmpty() ? Body.EMPTY : new Body(pieces, filled);
    }

    /** Reads the envelope of a body received in pieces. */
    public Envelope read(Body body) {
        if (body.length() == 0) {
            return invalid(CaseReader.ROOT, "the body is empty; expected a JSON object {\"items\": [...]}");
        }
        byte[] head = body.copy(0, (int) Math.min(4, body.length()));
        if (!CaseReader.utf8WithoutByteOrderMark(head, 0, head.length)) {
            return invalid(CaseReader.ROOT,
                    "the body is not UTF-8 JSON text: send it in UTF-8, without a byte order mark");
        }
        try (JsonParser parser = body.pieces.size() == 1
                ? factory.createParser(body.pieces.getFirst(), 0, body.lastFilled)
                : factory.createParser(body.stream())) {
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

    private Envelope read(Body body, JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            return invalid(CaseReader.ROOT, "expected a JSON object {\"items\": [...]}, found " + kind(first));
        }
        List<Violation> violations = new ArrayList<>();
        boolean seen = false;
        int count = 0;
        long[] starts = new long[Math.min(16, maxItems)];
        int[] lengths = new int[starts.length];
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
                        if (count == starts.length) {
                            starts = Arrays.copyOf(starts, Math.min(count * 2, maxItems));
                            lengths = Arrays.copyOf(lengths, starts.length);
                        }
                        starts[count] = start;
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
        return body.items(starts, Arrays.copyOf(lengths, count), count);
    }

    /**
     * A request body in pieces: each full but the last, which holds {@code lastFilled} bytes; at most
     * {@value #LARGEST_PIECE} bytes each when read from a stream, one array when the body was given as one.
     */
    public static final class Body {

        static final Body EMPTY = new Body(List.of(), 0);

        private final List<byte[]> pieces;
        private final int lastFilled;
        private final long length;

        Body(List<byte[]> pieces, int lastFilled) {
            this.pieces = List.copyOf(pieces);
            this.lastFilled = lastFilled;
            long total = 0;
            for (int i = 0; i < this.pieces.size(); i++) {
                total += filled(i);
            }
            this.length = total;
        }

        /** Bytes of the body. */
        public long length() {
            return length;
        }

        /** How many pieces hold it. */
        int pieces() {
            return pieces.size();
        }

        /** The largest piece, in bytes. */
        int largestPiece() {
            return pieces.stream().mapToInt(piece -> piece.length).max().orElse(0);
        }

        private int filled(int piece) {
            return piece == pieces.size() - 1 ? lastFilled : pieces.get(piece).length;
        }

        /** {@code length} bytes from {@code start}, copied across the pieces into one array. */
        byte[] copy(long start, int length) {
            byte[] out = new byte[length];
            int piece = 0;
            long pieceStart = 0;
            while (start >= pieceStart + filled(piece)) {
                pieceStart += filled(piece);
                piece++;
            }
            int copied = 0;
            while (copied < length) {
                int from = (int) (start + copied - pieceStart);
                int n = Math.min(length - copied, filled(piece) - from);
                System.arraycopy(pieces.get(piece), from, out, copied, n);
                copied += n;
                pieceStart += filled(piece);
                piece++;
            }
            return out;
        }

        /**
         * The first {@code count} items, at {@code starts} in the body: each in the piece that holds it whole, or
         * copied into an array of its own where it straddles two pieces or more.
         */
        Items items(long[] starts, int[] lengths, int count) {
            byte[][] sources = new byte[count][];
            int[] offsets = new int[count];
            int piece = 0;
            long pieceStart = 0;
            for (int i = 0; i < count; i++) {
                long start = starts[i];
                while (start >= pieceStart + filled(piece)) {
                    pieceStart += filled(piece);
                    piece++;
                }
                if (start + lengths[i] <= pieceStart + filled(piece)) {
                    sources[i] = pieces.get(piece);
                    offsets[i] = (int) (start - pieceStart);
                } else {
                    sources[i] = copy(start, lengths[i]);
                }
            }
            return new Items(sources, offsets, lengths);
        }

        /** The pieces one after another, as the stream they were read from. */
        InputStream stream() {
            return new InputStream() {
                private int piece;
                private int at;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] into, int offset, int count) {
                    while (piece < pieces.size() && at == filled(piece)) {
                        piece++;
                        at = 0;
                    }
                    if (piece == pieces.size()) {
                        return -1;
                    }
                    int n = Math.min(count, filled(piece) - at);
                    System.arraycopy(pieces.get(piece), at, into, offset, n);
                    at += n;
                    return n;
                }
            };
        }
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
