package cn.netlaw.liability;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding of the procedure, as data: the step that made it, the reason code (§10), the facts it rests on (named
 * values for the texts: instants at +08:00, notice indexes, hours) and the provisions it cites. The words are
 * written by the edge, in the caller's language, from message bundles.
 */
public record ExplanationStep(Step step, Reason reason, Map<String, String> values, List<Provision> legalBasis) {
    public ExplanationStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reason, "reason");
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        legalBasis = UniqueList.unmodifiable(legalBasis);
    }
}
