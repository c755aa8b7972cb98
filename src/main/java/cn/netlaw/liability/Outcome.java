package cn.netlaw.liability;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a run of the procedure, as Step 12 compares runs: regime, liability, rule, joint, joint scope and the
 * liable periods.
 */
public record Outcome(Regime regime, Liability liability, Rule rule, boolean joint, JointScope jointScope,
        List<LiablePeriod> liablePeriods) {
    public Outcome {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(liability, "liability");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(jointScope, "jointScope");
        liablePeriods = List.copyOf(liablePeriods);
    }

    /** Field by field, cheapest first (Step 12 compares every re-run with the headline and the outcomes seen). */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Outcome other && rule == other.rule && liability == other.liability
                && jointScope == other.jointScope && joint == other.joint && regime == other.regime
                && liablePeriods.equals(other.liablePeriods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regime, liability, rule, joint, jointScope, liablePeriods);
    }
}
