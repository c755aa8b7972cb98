package cn.netlaw.liability;

import java.util.Objects;

/** A value the decision depended on that the caller did not give (§4.6). */
public record Assumption(AssumptionCode code, String value) {
    public Assumption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
    }
}
