package cn.netlaw.liability;

import java.util.Map;
import java.util.Objects;

/**
 * A question, raised for a subject, whose flip alone changes the outcome (Step 12): the presumptive reading the
 * headline rests on, the other reading, and the facts the edge writes the {@code detail} from (instants as
 * {@link java.time.Instant}s, the rest as text).
 *
 * @param subject {@code noticeHistory[i]} (input index), {@code provider.knowledgeSince} or {@code provider.indicators}
 */
public record ContestedPoint(ContestedQuestion question, String subject, Reading presumptive, Reading alternative,
        Map<String, Object> facts) {
    public ContestedPoint {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(presumptive, "presumptive");
        Objects.requireNonNull(alternative, "alternative");
        facts = Facts.frozen(facts) ? facts
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }
}
