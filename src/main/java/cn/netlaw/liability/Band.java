package cn.netlaw.liability;

/**
 * A timeliness band in hours from the start of a duty (docs/procedure.md#timeliness): handled by {@code prompt} is
 * clearly in time; not handled by {@code late} is clearly late; in between, the question {@code TIMELINESS} is
 * contested. These are the service's engineering defaults, not law: no statute or judicial interpretation gives a
 * number.
 */
public record Band(double prompt, double late) {

    public static final double MAX_HOURS = 8760;

    public Band {
        if (!(prompt > 0) || !(late > 0) || prompt > MAX_HOURS || late > MAX_HOURS) {
            throw new IllegalArgumentException("a bound is more than 0 and at most 8760 hours: " + prompt + "/" + late);
        }
        if (prompt > late) {
            throw new IllegalArgumentException("prompt (" + prompt + ") must not exceed late (" + late + ")");
        }
    }

    /** A number of hours in its shortest form: {@code 24}, {@code 0.5}. */
    public static String hours(double hours) {
        if (hours == Math.rint(hours) && Math.abs(hours) < 1e15) {
            return Long.toString((long) hours);
        }
        return java.math.BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    }

    /** {@code hours} as a duration, to the microsecond (docs/request.md#dates). */
    static java.time.Duration duration(double hours) {
        long micros = Math.round(hours * 3_600_000_000.0);
        return java.time.Duration.ofNanos(micros * 1000L);
    }
}
