package cn.netlaw.api.timeline;

import java.util.Arrays;

/**
 * The bytes of an SVG document as it is written, in UTF-8: elements opened and closed in order, attributes escaped,
 * numbers with one decimal at most, so that the same drawing always gives the same bytes. Written straight into a byte
 * buffer (no string of the whole document is made): the picture costs little next to the decision it draws.
 */
final class Svg {

    /** Each thread's buffer, reused from one picture to the next (a picture is written by one thread at a time). */
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[32 * 1024]);

    private final boolean reused;
    private byte[] out;
    private int length;

    /** A document, written into this thread's buffer: take its {@link #bytes()} before the thread writes another. */
    Svg() {
        reused = true;
        out = BUFFERS.get();
        ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    private Svg(boolean declaration) {
        reused = false;
        out = new byte[4 * 1024];
    }

    /** A fragment without the XML declaration, to be put into another document with {@link #raw}. */
    static Svg fragment() {
        return new Svg(false);
    }

    /** Opens an element with name/value attribute pairs (a null value leaves the attribute out). */
    Svg open(String name, Object... attributes) {
        start(name, attributes);
        ascii(">\n");
        return this;
    }

    Svg close(String name) {
        ascii("</");
        ascii(name);
        ascii(">\n");
        return this;
    }

    /** An element without content. */
    Svg empty(String name, Object... attributes) {
        start(name, attributes);
        ascii("/>\n");
        return this;
    }

    /** An element whose content is text. */
    Svg text(String name, String text, Object... attributes) {
        start(name, attributes);
        room(1);
        out[length++] = '>';
        escape(text, false);
        close(name);
        return this;
    }

    /** Appends bytes already written (by another {@code Svg}) as they are. */
    Svg raw(byte[] fragment) {
        room(fragment.length);
        System.arraycopy(fragment, 0, out, length, fragment.length);
        length += fragment.length;
        return this;
    }

    private void start(String name, Object... attributes) {
        room(1);
        out[length++] = '<';
        ascii(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            room(1);
            out[length++] = ' ';
            ascii((String) attributes[i]);
            ascii("=\"");
            if (value instanceof Double d) {
                number(d);
            } else {
                escape(value.toString(), true);
            }
            room(1);
            out[length++] = '"';
        }
    }

    /** Text known to be ASCII without anything to escape (names, fixed markup). */
    private void ascii(String text) {
        int n = text.length();
        room(n);
        for (int i = 0; i < n; i++) {
            out[length++] = (byte) text.charAt(i);
        }
    }

    private void escape(String text, boolean attribute) {
        int n = text.length();
        room(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '&' -> ascii("&amp;");
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '"' -> {
                        if (attribute) {
                            ascii("&quot;");
                        } else {
                            room(1);
                            out[length++] = '"';
                        }
                    }
                    default -> {
                        if (c >= 0x20 || c == '\n' || c == '\t') {
                            room(1);
                            out[length++] = (byte) c;
                        }
                    }
                }
            } else if (c < 0x800) {
                room(2);
                out[length++] = (byte) (0xC0 | (c >> 6));
                out[length++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                room(4);
                out[length++] = (byte) (0xF0 | (cp >> 18));
                out[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[length++] = (byte) (0x80 | (cp & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                room(3);
                out[length++] = (byte) (0xE0 | (c >> 12));
                out[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[length++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    /** A coordinate with one decimal at most: {@code 12}, {@code 12.5}, {@code -0.5}. */
    private void number(double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            room(1);
            out[length++] = '-';
            tenths = -tenths;
        }
        digits(tenths / 10);
        if (tenths % 10 != 0) {
            room(2);
            out[length++] = '.';
            out[length++] = (byte) ('0' + tenths % 10);
        }
    }

    private void digits(long value) {
        if (value >= 10) {
            digits(value / 10);
        }
        room(1);
        out[length++] = (byte) ('0' + value % 10);
    }

    /** A coordinate as text, as {@link #number(double)} writes it (for attributes made of several numbers). */
    static String coordinate(double value) {
        long tenths = Math.round(value * 10);
        long whole = tenths / 10;
        long tenth = Math.abs(tenths % 10);
        if (tenth == 0) {
            return Long.toString(whole);
        }
        return (tenths < 0 && whole == 0 ? "-0" : Long.toString(whole)) + "." + tenth;
    }

    private void room(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
            if (reused) {
                BUFFERS.set(out);
            }
        }
    }

    /** The document's bytes, UTF-8. */
    byte[] bytes() {
        return Arrays.copyOf(out, length);
    }

    @Override
    public String toString() {
        return new String(out, 0, length, java.nio.charset.StandardCharsets.UTF_8);
    }
}
