package cn.netlaw.liability;

import java.util.List;
import java.util.Objects;

/**
 * One reason a request is rejected (docs/request.md#validation): the path of the offending field (e.g. {@code
 * noticeHistory[0].itemCount}), what is wrong, and, for closed vocabularies, the allowed values.
 */
public record Violation(String field, String message, List<String> allowed) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        allowed = allowed == null ? null : List.copyOf(allowed);
    }

    public Violation(String field, String message) {
        this(field, message, null);
    }
}
