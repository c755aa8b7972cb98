package cn.netlaw.api.timeline;

import java.util.Locale;

/**
 * The text of an SVG document as it is written: elements opened and closed in order, attributes escaped, numbers with
 * one decimal at most in the root locale, so that the same drawing always gives the same bytes.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(16 * 1024);

    Svg() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element with name/value attribute pairs (a null value leaves the attribute out). */
    Svg open(String name, Object... attributes) {
        start(name, attributes);
        out.append(">\n");
        return this;
    }

    Svg close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element without content. */
    Svg empty(String name, Object... attributes) {
        start(name, attributes);
        out.append("/>\n");
        return this;
    }

    /** An element whose content is text. */
    Svg text(String name, String text, Object... attributes) {
        start(name, attributes);
        out.append('>');
        escape(text, false);
        out.append("</").append(name).append(">\n");
        return this;
    }

    private void start(String name, Object... attributes) {
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(value instanceof Double d ? number(d) : value.toString(), true);
            out.append('"');
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** A coordinate with one decimal at most: {@code 12}, {@code 12.5}. */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
