package cn.netlaw.api.classification;

import cn.netlaw.api.problem.Problem;
import cn.netlaw.liability.Moment;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The timestamps of the request (docs/request.md#dates): an ISO-8601 date-time with an offset ({@code Z} or
 * {@code ±hh:mm}), or a bare date {@code YYYY-MM-DD}, which means 00:00 at +08:00. A date-time without an offset is
 * rejected, and so is a date that does not exist (2021-02-30).
 */
final class Timestamps {

    /** The shape of a timestamp, as published in the OpenAPI schema. */
    static final String PATTERN =
            "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$";

    /** What every timestamp property says about its form, appended to its description. */
    static final String FORM = " Bare date YYYY-MM-DD (00:00 at +08:00) or ISO-8601 date-time with offset (Z or ±hh:mm).";

    private static final long SECONDS_PER_DAY = 86_400;
    private static final Pattern DATE_TIME_WITHOUT_OFFSET =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    private Timestamps() {
    }

    /** The moment the text denotes, or a message saying what is wrong with it. */
    sealed interface Parsed {
    }

    record Valid(Moment moment) implements Parsed {
    }

    record Invalid(String message) implements Parsed {
    }

    /**
     * The shapes of {@link #PATTERN} are recognised character by character (the regular expressions and ISO
     * formatters this replaces cost a tenth of a request); the values are then checked by {@link LocalDate#of},
     * {@link LocalTime#of} and {@link ZoneOffset#ofHoursMinutes}, as strictly as the ISO formatters check them.
     */
    static Parsed parse(String text) {
        int length = text.length();
        if (length == 10 && isDate(text)) {
            try {
                return new Valid(Moment.ofDate(date(text)));
            } catch (DateTimeException e) {
                return new Invalid("'" + text + "' is not a date of the calendar");
            }
        }
        int offsetAt = length >= 17 && isDate(text) && text.charAt(10) == 'T' ? offsetAt(text) : -1;
        if (offsetAt > 0) {
            try {
                return new Valid(dateTime(text, offsetAt));
            } catch (DateTimeException e) {
                return new Invalid("'" + text + "' is not a real date, time of day or offset");
            }
        }
        if (DATE_TIME_WITHOUT_OFFSET.matcher(text).matches()) {
            return new Invalid("'" + text + "' has no offset: write Z or ±hh:mm after the time"
                    + " (e.g. 2022-04-02T09:00:00+08:00), or send a bare date YYYY-MM-DD for 00:00 at +08:00");
        }
        return new Invalid("'" + Problem.shorten(text) + "' is not a timestamp: expected a bare date YYYY-MM-DD"
                + " or an ISO-8601 date-time with offset, e.g. 2022-04-02T09:00:00+08:00");
    }

    /**
     * The moment of a timestamp that {@link #parse} reads as valid, or null for any other text (whose fault
     * {@link #parse} names): the same values without the result record, for the reader's one pass.
     */
    static Moment valid(char[] text, int from, int length) {
        return valid(new Chars(text, from, length));
    }

    private static Moment valid(CharSequence text) {
        int length = text.length();
        try {
            if (length == 10 && isDate(text)) {
                return Moment.ofDate(date(text));
            }
            int offsetAt = length >= 17 && isDate(text) && text.charAt(10) == 'T' ? offsetAt(text) : -1;
            return offsetAt > 0 ? dateTime(text, offsetAt) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The instant of {@code YYYY-MM-DDThh:mm[:ss[.f]]} and its offset, as {@link OffsetDateTime#toInstant} computes
     * it, without building the date-time.
     */
    private static Moment dateTime(CharSequence text, int offsetAt) {
        LocalDate date = date(text);
        LocalTime time = time(text, offsetAt);
        ZoneOffset offset = offset(text, offsetAt);
        return new Moment(Instant.ofEpochSecond(date.toEpochDay() * SECONDS_PER_DAY + time.toSecondOfDay()
                - offset.getTotalSeconds(), time.getNano()), false);
    }

    /** {@code YYYY-MM-DD} at the start of the text. */
    private static boolean isDate(CharSequence text) {
        return digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 2) && text.charAt(7) == '-'
                && digits(text, 8, 2);
    }

    /**
     * Where the offset begins in {@code YYYY-MM-DDThh:mm[:ss[.f{1,9}]](Z|±hh:mm)}, the text being known to start with
     * {@code YYYY-MM-DDT}; -1 when the text is not of that shape.
     */
    private static int offsetAt(CharSequence text) {
        int length = text.length();
        if (!(digits(text, 11, 2) && text.charAt(13) == ':' && digits(text, 14, 2))) {
            return -1;
        }
        int at = 16;
        if (at < length && text.charAt(at) == ':') {
            if (!(at + 2 < length && digits(text, at + 1, 2))) {
                return -1;
            }
            at += 3;
            if (at < length && text.charAt(at) == '.') {
                int fraction = at + 1;
                while (fraction < length && fraction - at <= 9 && isDigit(text.charAt(fraction))) {
                    fraction++;
                }
                if (fraction == at + 1) {
                    return -1;
                }
                at = fraction;
            }
        }
        if (at == length - 1 && text.charAt(at) == 'Z') {
            return at;
        }
        if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-') && digits(text, at + 1, 2)
                && text.charAt(at + 3) == ':' && digits(text, at + 4, 2)) {
            return at;
        }
        return -1;
    }

    private static LocalDate date(CharSequence text) {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
    }

    private static LocalTime time(CharSequence text, int offsetAt) {
        int second = offsetAt > 16 ? number(text, 17, 2) : 0;
        int nano = 0;
        if (offsetAt > 20) {
            int digits = offsetAt - 20;
            nano = number(text, 20, digits);
            for (int i = digits; i < 9; i++) {
                nano *= 10;
            }
        }
        return LocalTime.of(number(text, 11, 2), number(text, 14, 2), second, nano);
    }

    private static ZoneOffset offset(CharSequence text, int offsetAt) {
        if (text.charAt(offsetAt) == 'Z') {
            return ZoneOffset.UTC;
        }
        int sign = text.charAt(offsetAt) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * number(text, offsetAt + 1, 2), sign * number(text, offsetAt + 4, 2));
    }

    private static boolean digits(CharSequence text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(CharSequence text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /**
     * The characters of a JSON string as the parser holds them, read in place: a timestamp is only read, never kept,
     * so no string is made of it (making one per timestamp was 13 % of the weight of JFR's allocation samples under
     * load; bench/README.md, issue 17).
     */
    private record Chars(char[] text, int from, int length) implements CharSequence {

        @Override
        public char charAt(int index) {
            return text[from + index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Chars(text, from + start, end - start);
        }

        @Override
        public String toString() {
            return new String(text, from, length);
        }
    }

    /** For values that have already passed {@link #parse}. */
    static Moment moment(String text) {
        if (text == null) {
            return null;
        }
        return switch (parse(text)) {
            case Valid valid -> valid.moment();
            case Invalid invalid -> throw new IllegalArgumentException(invalid.message());
        };
    }
}
