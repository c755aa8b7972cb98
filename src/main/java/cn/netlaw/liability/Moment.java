package cn.netlaw.liability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A timestamp of the request (docs/request.md#dates): a date-time with an offset, or a bare date, which means 00:00 at
 * +08:00. All day arithmetic is done in +08:00 ({@link #CHINA}).
 *
 * @param instant  the instant; for a bare date, 00:00 (+08:00) of that date
 * @param bareDate whether the caller wrote a bare date {@code YYYY-MM-DD}
 */
public record Moment(Instant instant, boolean bareDate) implements Comparable<Moment> {

    /** China Standard Time, the offset of every day computation and of every rendered instant. */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    public Moment {
        Objects.requireNonNull(instant, "instant");
        if (bareDate && !instant.atOffset(CHINA).toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("a bare date is 00:00 at +08:00");
        }
    }

    public static Moment of(OffsetDateTime dateTime) {
        return new Moment(dateTime.toInstant(), false);
    }

    public static Moment ofDate(LocalDate date) {
        return new Moment(startOfDay(date), true);
    }

    public static Moment parse(String text) {
        if (text.length() == 10) {
            return ofDate(LocalDate.parse(text));
        }
        return of(OffsetDateTime.parse(text));
    }

    /** The +08:00 calendar day of this moment. */
    public LocalDate day() {
        return dayOf(instant);
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atOffset(CHINA).toLocalDate();
    }

    public static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay().toInstant(CHINA);
    }

    /**
     * An instant as the service renders it: ISO-8601 at +08:00 to the whole second, a fraction cut off (e.g.
     * {@code 2022-04-02T15:00:00+08:00}).
     */
    public static String render(Instant instant) {
        return Instants.render(instant);
    }

    @Override
    public int compareTo(Moment other) {
        return instant.compareTo(other.instant);
    }

    @Override
    public String toString() {
        return bareDate ? day().toString() : instant.atOffset(CHINA).toString();
    }
}
