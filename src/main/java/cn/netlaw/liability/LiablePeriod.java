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

    private static final java.util.Comparator<LiablePeriod> BY_START = java.util.Comparator.comparing(LiablePeriod::from);

    /** Periods that overlap or touch merged, in time order ({@code until} null = continuing) (9.5). */
    static java.util.List<LiablePeriod> merge(java.util.List<LiablePeriod> periods) {
        if (periods.size() <= 1) {
            return java.util.List.copyOf(periods);
        }
        java.util.List<LiablePeriod> sorted = new java.util.ArrayList<>(periods);
        sorted.sort(BY_START);
        java.util.List<LiablePeriod> merged = new java.util.ArrayList<>();
        for (LiablePeriod p : sorted) {
            if (!merged.isEmpty()) {
                LiablePeriod last = merged.get(merged.size() - 1);
                if (last.until() == null || !p.from().isAfter(last.until())) {
                    Instant until = last.until() == null || p.until() == null ? null
                            : Instants.max(last.until(), p.until());
                    merged.set(merged.size() - 1, new LiablePeriod(last.from(), until));
                    continue;
                }
            }
            merged.add(p);
        }
        return java.util.List.copyOf(merged);
    }
}
