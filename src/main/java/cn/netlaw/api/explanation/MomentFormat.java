package cn.netlaw.api.explanation;

import cn.netlaw.liability.Moment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An instant written at +08:00 by a {@link DateTimeFormatter} pattern of the message bundles ({@code format.instant},
 * {@code format.date}), with the same text as {@code DateTimeFormatter.ofPattern(pattern, locale)} gives, but without
 * its general machinery: the explanation writes several instants per finding, and formatting them was a tenth of the
 * work of writing an answer. Patterns made of {@code d}, {@code M}, {@code MMMM}, {@code uuuu}, {@code HH}, {@code mm},
 * quoted text and other literal characters are written directly (month names taken from the formatter itself); any
 * other pattern, and a year outside 1000–9999 (which {@code uuuu} writes differently), goes to the formatter.
 */
final class MomentFormat {

    private sealed interface Field {
    }

    private record Literal(String text) implements Field {
    }

    private enum Number implements Field {
        DAY, MONTH, YEAR, HOUR, MINUTE
    }

    private record MonthName() implements Field {
    }

    private final DateTimeFormatter formatter;
    /** The pattern's parts, or null when the pattern has a letter this class does not write. */
    private final List<Field> fields;
    private final String[] months = new String[12];

    MomentFormat(String pattern, Locale locale) {
        this.formatter = DateTimeFormatter.ofPattern(pattern, locale);
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMMM", locale);
        for (Month m : Month.values()) {
            months[m.ordinal()] = monthName.format(LocalDate.of(2000, m, 1));
        }
        this.fields = parse(pattern);
    }

    /** The instant at +08:00. */
    String format(Instant at) {
        long local = at.getEpochSecond() + Moment.CHINA.getTotalSeconds();
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400L));
        if (fields == null || day.getYear() < 1000 || day.getYear() > 9999) {
            return formatter.format(at.atOffset(Moment.CHINA));
        }
        int second = (int) Math.floorMod(local, 86_400L);
        StringBuilder out = new StringBuilder(32);
        for (Field f : fields) {
            switch (f) {
                case Literal l -> out.append(l.text());
                case MonthName n -> out.append(months[day.getMonthValue() - 1]);
                case Number n -> {
                    switch (n) {
                        case DAY -> out.append(day.getDayOfMonth());
                        case MONTH -> out.append(day.getMonthValue());
                        case YEAR -> out.append(day.getYear());
                        case HOUR -> twoDigits(out, second / 3600);
                        case MINUTE -> twoDigits(out, second / 60 % 60);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void twoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** The parts of a pattern, or null for a pattern with a letter or count written only by the formatter. */
    private static List<Field> parse(String pattern) {
        if (pattern.contains("''")) {
            return null; // a quote character, in or out of quoted text: left to the formatter
        }
        List<Field> fields = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int close = pattern.indexOf('\'', i + 1);
                if (close < 0) {
                    return null; // an unclosed quote: left to the formatter
                }
                fields.add(new Literal(pattern.substring(i + 1, close)));
                i = close + 1;
                continue;
            }
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                int run = i;
                while (run < pattern.length() && pattern.charAt(run) == c) {
                    run++;
                }
                Field field = letters(c, run - i);
                if (field == null) {
                    return null;
                }
                fields.add(field);
                i = run;
                continue;
            }
            if (c == '[' || c == ']' || c == '{' || c == '}' || c == '#') {
                return null; // reserved by DateTimeFormatter
            }
            fields.add(new Literal(String.valueOf(c)));
            i++;
        }
        return fields;
    }

    private static Field letters(char letter, int count) {
        return switch (letter) {
            case 'd' -> count == 1 ? Number.DAY : null;
            case 'M' -> count == 1 ? Number.MONTH : count == 4 ? new MonthName() : null;
            case 'u' -> count == 4 ? Number.YEAR : null;
            case 'H' -> count == 2 ? Number.HOUR : null;
            case 'm' -> count == 2 ? Number.MINUTE : null;
            default -> null;
        };
    }
}
