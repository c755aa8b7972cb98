package cn.netlaw.api;

import cn.netlaw.liability.Moment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The timestamps of the request (decision-spec §4.3): an ISO-8601 date-time with an offset ({@code Z} or
 * {@code ±hh:mm}), or a bare date {@code YYYY-MM-DD}, which means 00:00 at +08:00. A date-time without an offset is
 * rejected, and so is a date that does not exist (2021-02-30).
 */
final class Timestamps {

    /** The shape of a timestamp, as published in the OpenAPI schema. */
    static final String PATTERN =
            "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$";

    /** What every timestamp property says about its form, appended to its description. */
    static final String FORM = " Bare date YYYY-MM-DD (00:00 at +08:00) or ISO-8601 date-time with offset (Z or ±hh:mm).";

    private static final Pattern BARE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME_WITH_OFFSET =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
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

    static Parsed parse(String text) {
        if (BARE_DATE.matcher(text).matches()) {
            try {
                return new Valid(Moment.ofDate(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE)));
            } catch (DateTimeParseException e) {
                return new Invalid("'" + text + "' is not a date of the calendar");
            }
        }
        if (DATE_TIME_WITH_OFFSET.matcher(text).matches()) {
            try {
                return new Valid(Moment.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
            } catch (DateTimeParseException e) {
                return new Invalid("'" + text + "' is not a real date, time of day or offset");
            }
        }
        if (DATE_TIME_WITHOUT_OFFSET.matcher(text).matches()) {
            return new Invalid("'" + text + "' has no offset: write Z or ±hh:mm after the time"
                    + " (e.g. 2022-04-02T09:00:00+08:00), or send a bare date YYYY-MM-DD for 00:00 at +08:00");
        }
        return new Invalid("'" + CaseReader.shorten(text) + "' is not a timestamp: expected a bare date YYYY-MM-DD"
                + " or an ISO-8601 date-time with offset, e.g. 2022-04-02T09:00:00+08:00");
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
