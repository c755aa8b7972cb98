package cn.netlaw.api.timeline;

import cn.netlaw.api.explanation.Language;
import cn.netlaw.liability.Moment;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The legend and labels of the picture in one language: {@code messages/timeline.properties} (English) and
 * {@code messages/timeline_zh.properties} (Chinese), beside the explanation texts; instants written at +08:00 in the
 * language's own form ({@code format.date}, {@code format.instant}). {@code {name}} in a text is replaced by the value
 * given for it. The texts are split at their placeholders, and the patterns of the dates compiled, once per language:
 * a picture writes dozens of them.
 */
final class PictureTexts {

    static final String BUNDLE = "messages.timeline";

    private static final Map<Language, PictureTexts> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new PictureTexts(language));
        }
    }

    /** A text split at its placeholders: literal, name, literal, name, …, literal. */
    private record Template(String[] parts) {
        static Template of(String text) {
            List<String> parts = new ArrayList<>();
            int at = 0;
            while (true) {
                int open = text.indexOf('{', at);
                int close = open < 0 ? -1 : text.indexOf('}', open);
                if (close < 0) {
                    parts.add(text.substring(at));
                    return new Template(parts.toArray(String[]::new));
                }
                parts.add(text.substring(at, open));
                parts.add(text.substring(open + 1, close));
                at = close + 1;
            }
        }
    }

    private final Map<String, Template> templates = new HashMap<>();
    private final DatePattern date;
    private final DatePattern instant;

    private PictureTexts(Language language) {
        Locale locale = language == Language.CHINESE ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, PictureTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : bundle.keySet()) {
            templates.put(key, Template.of(bundle.getString(key)));
        }
        Locale formats = language == Language.CHINESE ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.date = new DatePattern(bundle.getString("format.date"), formats);
        this.instant = new DatePattern(bundle.getString("format.instant"), formats);
    }

    static PictureTexts of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** The text under {@code key}, each {@code {name}} replaced by the value that follows the name. */
    String text(String key, Object... values) {
        Template template = templates.get(key);
        if (template == null) {
            throw new java.util.MissingResourceException("no text " + key, BUNDLE, key);
        }
        String[] parts = template.parts();
        if (parts.length == 1) {
            return parts[0];
        }
        StringBuilder out = new StringBuilder(64);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                out.append(parts[i]);
                continue;
            }
            Object value = null;
            boolean found = false;
            for (int v = 0; v + 1 < values.length; v += 2) {
                if (values[v].equals(parts[i])) {
                    value = values[v + 1];
                    found = true;
                    break;
                }
            }
            if (!found) {
                out.append('{').append(parts[i]).append('}');
            } else if (value instanceof Instant at) {
                instant.write(at, out);
            } else {
                out.append(value);
            }
        }
        return out.toString();
    }

    String date(Instant at) {
        StringBuilder out = new StringBuilder(16);
        date.write(at, out);
        return out.toString();
    }

    /** An instant to the minute at +08:00. */
    String instant(Instant at) {
        StringBuilder out = new StringBuilder(24);
        instant.write(at, out);
        return out.toString();
    }

    /**
     * A date pattern of the bundle ({@code d}, {@code M}, {@code MMM}, {@code uuuu}, {@code HH}, {@code mm} and
     * literal text), compiled once; the month names are those {@link DateTimeFormatter} writes in the language, so
     * that the pattern means what it means there.
     */
    private static final class DatePattern {
        private final List<String> fields = new ArrayList<>();
        private final String[] months = new String[12];

        DatePattern(String pattern, Locale locale) {
            DateTimeFormatter names = DateTimeFormatter.ofPattern("MMM", locale);
            for (int m = 1; m <= 12; m++) {
                months[m - 1] = names.format(java.time.LocalDate.of(2001, m, 1));
            }
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                if (c == '\'') {
                    int end = pattern.indexOf('\'', i + 1);
                    fields.add("'" + pattern.substring(i + 1, end));
                    i = end + 1;
                } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    int end = i;
                    while (end < pattern.length() && pattern.charAt(end) == c) {
                        end++;
                    }
                    String field = pattern.substring(i, end);
                    if (!List.of("d", "M", "MMM", "uuuu", "HH", "mm").contains(field)) {
                        throw new IllegalArgumentException("unsupported date field " + field + " in " + pattern);
                    }
                    fields.add(field);
                    i = end;
                } else {
                    fields.add("'" + c);
                    i++;
                }
            }
        }

        void write(Instant at, StringBuilder out) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, Moment.CHINA);
            for (String field : fields) {
                switch (field) {
                    case "d" -> out.append(t.getDayOfMonth());
                    case "M" -> out.append(t.getMonthValue());
                    case "MMM" -> out.append(months[t.getMonthValue() - 1]);
                    case "uuuu" -> out.append(t.getYear());
                    case "HH" -> two(t.getHour(), out);
                    case "mm" -> two(t.getMinute(), out);
                    default -> out.append(field, 1, field.length());
                }
            }
        }

        private static void two(int value, StringBuilder out) {
            if (value < 10) {
                out.append('0');
            }
            out.append(value);
        }
    }
}
