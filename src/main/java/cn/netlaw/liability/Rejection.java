package cn.netlaw.liability;

import java.util.List;

/** The request breaks the validation list of docs/request.md#validation. */
public record Rejection(List<Violation> violations) implements Evaluation {
    public Rejection {
        violations = List.copyOf(violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one violation");
        }
    }
}
