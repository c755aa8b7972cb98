package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A batch body read from its stream in pieces ({@link BatchReader#receive}) comes to the envelope of the same body
 * read as one array: the same items, byte for byte, or the same violations (with the same line and column), wherever
 * the pieces end: inside a string, between items, inside a number, inside a property name, inside a UTF-8 character of
 * two, three or four bytes, inside the envelope's own tokens; for valid and invalid bodies, bodies with too many
 * items, and streams that deliver a byte at a time. No piece is larger than {@link BatchReader#LARGEST_PIECE}.
 */
class BatchReaderTest {

    private static final BatchReader WHOLE = new BatchReader(1000);

    /** Items of every kind, with characters of one to four bytes in UTF-8, over several lines. */
    private static final String MIXED = """
            {"items": [
              {"provider":{"role":"STORAGE"},"备注":"中文 — 𝄞 ✓ é"},
              12345.678e-3,
              "a string \\"with\\" escapes \\u00e9 and é",
              null, true, -0,
              [1, [2, {"a": "b"}]],
              {"provider":{"role":"SEARCH"},"conductDate":"2022-06-01","rightType":"COPYRIGHT"}
            ]}""";

    private static final List<String> INVALID = List.of(
            "",
            "   ",
            "[]",
            "42",
            "{}",
            "{\"items\": null}",
            "{\"items\": {\"provider\":{}}}",
            "{\"items\": [], \"items\": []}",
            "{\"items\": [1, 2], \"备注\": \"中文\"}",
            "{\"items\": [1, 2,]}",
            "{\"items\": [1, 2] } {}",
            "{\"items\": [1, 2]} x",
            "{\"items\": [\"中文\", \"unterminated]}",
            "{\"items\": [{\"a\": 1}, {\"b\": 2]}",
            "{\"items\": [1, 2]",
            "{\"items\" [1]}",
            "\uFEFF{\"items\": [1]}",
            "{\"items\": [" + "[".repeat(1001) + "]".repeat(1001) + "]}");

    @Test
    void a_valid_batch_is_the_same_read_in_pieces_of_every_size() throws IOException {
        byte[] body = MIXED.getBytes(StandardCharsets.UTF_8);
        BatchReader.Envelope whole = WHOLE.read(body);
        assertThat(whole).isInstanceOf(BatchReader.Items.class);
        assertThat(((BatchReader.Items) whole).size()).isEqualTo(8);
        for (int piece = 1; piece <= body.length + 1; piece++) {
            same("pieces of " + piece + " bytes", whole, inPieces(body, piece, piece));
            same("pieces of " + piece + " bytes, doubling", whole, inPieces(body, piece, 8 * piece));
        }
    }

    @ParameterizedTest(name = "a piece ending {2}")
    @CsvSource(delimiter = '|', value = {
        "a string \\      | 4 | inside a string",
        "\"with\\\"       | 6 | inside an escape",
        "},\\n  12345    | 1 | between two items, before the comma",
        "},\\n  12345    | 2 | between two items, after the comma",
        "12345.678e-3     | 3 | inside a number",
        "12345.678e-3     | 7 | inside a number's fraction",
        "conductDate      | 5 | inside a property name",
        "中文             | 1 | inside a character of three bytes, after its first",
        "中文             | 2 | inside a character of three bytes, after its second",
        "é\"}            | 1 | inside a character of two bytes",
        "𝄞                | 1 | inside a character of four bytes, after its first",
        "𝄞                | 3 | inside a character of four bytes, after its third",
        "{\"items\"       | 3 | inside the envelope's property name",
        "]}               | 1 | between the end of the items and the end of the envelope"
    })
    void a_piece_may_end_anywhere(String marker, int into, String where) throws IOException {
        byte[] body = MIXED.getBytes(StandardCharsets.UTF_8);
        String text = marker.replace("\\n", "\n");
        int at = indexOf(body, text.getBytes(StandardCharsets.UTF_8)) + into;
        assertThat(at).as("%s is in the body", text).isGreaterThanOrEqualTo(into);
        BatchReader.Envelope whole = WHOLE.read(body);
        // pieces of `at` bytes: the first ends at the boundary named, and so does every piece from there on
        same(where, whole, inPieces(body, at, at));
        // the first piece ends there, the next ones are larger
        same(where + ", larger pieces after it", whole, inPieces(body, at, 4 * at));
    }

    @Test
    void an_item_that_straddles_pieces_is_read_from_an_array_of_its_own_and_the_others_from_their_piece()
            throws IOException {
        byte[] body = MIXED.getBytes(StandardCharsets.UTF_8);
        int piece = indexOf(body, "中文".getBytes(StandardCharsets.UTF_8)) + 1;
        BatchReader reader = new BatchReader(1000, piece, piece);
        BatchReader.Items items = (BatchReader.Items) reader.read(reader.receive(new ByteArrayInputStream(body)));
        assertThat(items.source(0)).as("the first item straddles the first two pieces").hasSize(items.lengths()[0]);
        assertThat(items.offsets()[0]).isZero();
        same("the straddling item", WHOLE.read(body), items);
    }

    @Test
    void every_invalid_body_has_the_same_violations_in_pieces() throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        for (String body : INVALID) {
            bodies.add(body.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add("{\"items\": [1]}".getBytes(StandardCharsets.UTF_16)); // a byte order mark and zero bytes
        bodies.add("{\"items\": [1]}".getBytes(StandardCharsets.UTF_16LE)); // zero bytes
        bodies.add(new byte[] {'{', '"', 'i', 't', 'e', 'm', 's', '"', ':', '[', '"', (byte) 0xC3, '(', '"', ']', '}'});
        bodies.add(new byte[] {'{', '"', 'i', 't', (byte) 0xFF, 'm', 's', '"', ':', '[', ']', '}'});
        for (byte[] body : bodies) {
            BatchReader.Envelope whole = WHOLE.read(body);
            assertThat(whole).as(describe(body)).isInstanceOf(BatchReader.Invalid.class);
            for (int piece = 1; piece <= Math.min(body.length + 1, 64); piece++) {
                same(describe(body) + " in pieces of " + piece, whole, inPieces(body, piece, piece));
            }
            same(describe(body) + " in default pieces", whole, inPieces(body, BatchReader.FIRST_PIECE,
                    BatchReader.LARGEST_PIECE));
        }
    }

    @Test
    void every_truncation_of_a_valid_batch_has_the_same_violations_in_pieces() throws IOException {
        byte[] body = MIXED.getBytes(StandardCharsets.UTF_8);
        for (int length = 0; length < body.length; length++) {
            byte[] cut = Arrays.copyOf(body, length);
            BatchReader.Envelope whole = WHOLE.read(cut);
            assertThat(whole).as("%d bytes of the body", length).isInstanceOf(BatchReader.Invalid.class);
            for (int piece : new int[] {1, 2, 3, 5, 7, 16, 61}) {
                same(length + " bytes of the body in pieces of " + piece, whole, inPieces(cut, piece, piece));
            }
        }
    }

    @Test
    void more_items_than_the_limit_are_counted_across_pieces() throws IOException {
        byte[] body = MIXED.getBytes(StandardCharsets.UTF_8);
        BatchReader.Envelope whole = new BatchReader(4).read(body);
        assertThat(whole).isEqualTo(new BatchReader.TooMany(8, 4));
        for (int piece = 1; piece <= body.length; piece++) {
            BatchReader reader = new BatchReader(4, piece, piece);
            assertThat(reader.read(reader.receive(new ByteArrayInputStream(body)))).isEqualTo(whole);
        }
    }

    @Test
    void a_stream_that_delivers_a_few_bytes_at_a_time_is_read_whole() throws IOException {
        byte[] body = MIXED.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(2026_12_05L);
        for (int run = 0; run < 50; run++) {
            int piece = 1 + random.nextInt(body.length);
            BatchReader reader = new BatchReader(1000, piece, 2 * piece);
            BatchReader.Body received = reader.receive(trickle(body, new Random(run)));
            assertThat(received.length()).isEqualTo(body.length);
            same("a trickling stream, pieces from " + piece, WHOLE.read(body), reader.read(received));
        }
    }

    @Test
    void a_stream_whose_reads_return_less_than_asked_is_read_to_its_end() throws IOException {
        byte[] body = MIXED.getBytes(StandardCharsets.UTF_8);
        // ByteArrayInputStream's readNBytes reads once: a subclass handing out less per read must still be read whole
        InputStream shortReads = new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                return super.read(into, offset, Math.min(length, 5));
            }
        };
        BatchReader reader = new BatchReader(1000, 64, 128);
        BatchReader.Body received = reader.receive(shortReads);
        assertThat(received.length()).isEqualTo(body.length);
        same("reads of 5 bytes", WHOLE.read(body), reader.read(received));
    }

    @Test
    void a_batch_of_1000_items_is_kept_in_pieces_no_larger_than_the_largest() throws IOException {
        StringBuilder text = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 1000; i++) {
            text.append(i == 0 ? "" : ",").append("{\"provider\":{\"role\":\"STORAGE\"},\"备注\":\"第").append(i)
                    .append("项 ").append("中文".repeat(200)).append("\"}");
        }
        byte[] body = text.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(1_000_000);
        BatchReader.Body received = WHOLE.receive(new ByteArrayInputStream(body));
        assertThat(received.length()).isEqualTo(body.length);
        assertThat(received.largestPiece()).isLessThanOrEqualTo(BatchReader.LARGEST_PIECE);
        assertThat(received.pieces()).isGreaterThan(body.length / BatchReader.LARGEST_PIECE);
        same("a batch of 1000", WHOLE.read(body), WHOLE.read(received));
    }

    @Test
    void the_failure_of_the_stream_is_the_stream_s_not_a_fault_of_the_body() {
        InputStream broken = new InputStream() {
            private int left = 40_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("connection reset");
                }
                return ' ';
            }
        };
        assertThatThrownBy(() -> WHOLE.receive(broken)).isInstanceOf(IOException.class).hasMessage("connection reset");
    }

    @Test
    void no_stream_and_an_empty_stream_are_an_empty_body() throws IOException {
        BatchReader.Envelope empty = WHOLE.read(new byte[0]);
        assertThat(WHOLE.read(WHOLE.receive(null))).isEqualTo(empty);
        assertThat(WHOLE.read(WHOLE.receive(InputStream.nullInputStream()))).isEqualTo(empty);
        assertThat(((BatchReader.Invalid) empty).violations().getFirst().field()).isEqualTo("$");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static BatchReader.Envelope inPieces(byte[] body, int first, int largest) throws IOException {
        BatchReader reader = new BatchReader(1000, first, largest);
        BatchReader.Body received = reader.receive(new ByteArrayInputStream(body));
        assertThat(received.length()).isEqualTo(body.length);
        if (body.length > largest) {
            assertThat(received.pieces()).isGreaterThan(1);
        }
        return reader.read(received);
    }

    /** A stream that hands out one to seven bytes per read. */
    private static InputStream trickle(byte[] body, Random random) {
        return new InputStream() {
            private int at;

            @Override
            public int read() {
                return at < body.length ? body[at++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (at == body.length) {
                    return -1;
                }
                int n = Math.min(Math.min(length, 1 + random.nextInt(7)), body.length - at);
                System.arraycopy(body, at, into, offset, n);
                at += n;
                return n;
            }
        };
    }

    private static void same(String what, BatchReader.Envelope expected, BatchReader.Envelope actual) {
        if (!(expected instanceof BatchReader.Items items)) {
            assertThat(actual).as(what).isEqualTo(expected);
            return;
        }
        assertThat(actual).as(what).isInstanceOf(BatchReader.Items.class);
        BatchReader.Items read = (BatchReader.Items) actual;
        assertThat(read.size()).as(what).isEqualTo(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(new String(bytes(read, i), StandardCharsets.UTF_8)).as("%s: item %d", what, i)
                    .isEqualTo(new String(bytes(items, i), StandardCharsets.UTF_8));
            assertThat(bytes(read, i)).as("%s: item %d", what, i).isEqualTo(bytes(items, i));
        }
    }

    private static byte[] bytes(BatchReader.Items items, int index) {
        int offset = items.offsets()[index];
        return Arrays.copyOfRange(items.source(index), offset, offset + items.lengths()[index]);
    }

    private static int indexOf(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= body.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String describe(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
}
