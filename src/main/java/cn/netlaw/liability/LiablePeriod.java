package cn.netlaw.liability;

import java.time.Instant;
import java.util.Objects;

/** A liable period of the notice rule (9.5); {@code until} null = continuing. */
public record LiablePeriod(Instant from, Instant until) {
    public LiablePeriod {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }
}
