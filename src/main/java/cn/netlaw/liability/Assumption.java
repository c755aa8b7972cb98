package cn.netlaw.liability;

import java.time.Instant;
import java.util.Objects;

/**
 * A value the decision depended on that the caller did not give (docs/vocabulary.md#assumptions): its code and its
 * value as text.
 *
 * <p>The engine records the parts of the value (what it is about, and an instant, a threshold or a text) and the
 * text is written when it is first read, once: most of a decision's cost would otherwise be the rendering of
 * instants that the caller may never read (a decision made for a batch summary, a counterfactual probe). Two
 * assumptions are equal when their codes and their texts are.
 */
public final class Assumption {

    private final AssumptionCode code;
    /** What the value is about (a field path, "knowledge"), written before ": "; or null. */
    private final String subject;
    /** A {@link String}, an {@link Instant} (written at +08:00) or a threshold. */
    private final Object detail;
    /** The text, once written (a benign race: every thread writes the same immutable string). */
    private String value;

    public Assumption(AssumptionCode code, String value) {
        this(code, null, Objects.requireNonNull(value, "value"));
        this.value = value;
    }

    private Assumption(AssumptionCode code, String subject, Object detail) {
        this.code = Objects.requireNonNull(code, "code");
        this.subject = subject;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** An assumption whose value is {@code detail} written as text. */
    static Assumption of(AssumptionCode code, Object detail) {
        return new Assumption(code, null, detail);
    }

    /** An assumption whose value is {@code subject + ": " + detail} written as text. */
    static Assumption of(AssumptionCode code, String subject, Object detail) {
        return new Assumption(code, Objects.requireNonNull(subject, "subject"), detail);
    }

    public AssumptionCode code() {
        return code;
    }

    public String value() {
        String v = value;
        if (v == null) {
            String text = detail instanceof Instant instant ? Instants.render(instant)
                    : detail.toString();
            v = subject == null ? text : subject + ": " + text;
            value = v;
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Assumption other) || code != other.code) {
            return false;
        }
        if (Objects.equals(subject, other.subject) && detail.getClass() == other.detail.getClass()) {
            // the same parts of the same kind: the texts are equal exactly when the parts are (each kind is written
            // one-to-one: strings as they are, instants with their full precision, thresholds with every field)
            return detail.equals(other.detail);
        }
        return value().equals(other.value());
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + value().hashCode();
    }

    @Override
    public String toString() {
        return "Assumption[code=" + code + ", value=" + value() + "]";
    }
}
