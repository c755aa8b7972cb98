package cn.netlaw.liability;

/**
 * Knowledge of the infringement, as the caller's finding (input) and as the effective knowledge the decision
 * rests on (output, docs/vocabulary.md#knowledge).
 */
public enum Knowledge {
    /** Input: not assessed by the caller, the engine may derive it. Output: the procedure returned before Step 6. */
    NOT_ASSESSED,
    NONE,
    /** 应知 / 应当知道. */
    SHOULD_HAVE_KNOWN,
    /** 明知 / 知道. */
    KNEW;

    public boolean isKnowledge() {
        return this == SHOULD_HAVE_KNOWN || this == KNEW;
    }
}
