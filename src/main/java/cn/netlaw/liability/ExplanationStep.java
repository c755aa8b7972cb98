package cn.netlaw.liability;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding of the procedure, as data: the step that made it, the reason code (docs/vocabulary.md#reasons), the facts
 * it rests on (named values for the texts: instants as {@link java.time.Instant}s, which the edge writes at +08:00 in
 * the caller's language; everything else, notice paths, hours, codes, as text) and the provisions it cites. The words
 * are written by the edge, in the caller's language, from message bundles.
 */
public record ExplanationStep(Step step, Reason reason, Map<String, Object> values, List<Provision> legalBasis) {
    public ExplanationStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reason, "reason");
        values = Facts.frozen(values) ? values
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        legalBasis = UniqueList.unmodifiable(legalBasis);
    }
}
