package cn.netlaw.liability;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of re-running the whole procedure with the listed readings (every other question presumptive): an exact
 * evaluation, never an estimate (Step 12).
 */
public record Alternative(List<AssumedReading> assuming, Outcome outcome) {
    public Alternative {
        assuming = List.copyOf(assuming);
        Objects.requireNonNull(outcome, "outcome");
        if (assuming.isEmpty()) {
            throw new IllegalArgumentException("an alternative assumes at least one reading");
        }
    }
}
