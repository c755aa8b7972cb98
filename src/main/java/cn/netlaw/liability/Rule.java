package cn.netlaw.liability;

/** The rule that decided the liability (docs/vocabulary.md#liability). */
public enum Rule {
    DIRECT_INFRINGEMENT, INSTIGATION, KNOWLEDGE_RULE, NOTICE_RULE, SAFE_HARBOUR, NO_FAULT, NO_PRIMARY_INFRINGEMENT,
    OUT_OF_SCOPE
}
