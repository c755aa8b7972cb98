package cn.netlaw.liability;

/** The steps of the decision procedure (docs/procedure.md#steps), as stable ids for explanations. */
public enum Step {
    /** Step 0 — validate and normalise; defaults and the timeline. */
    NORMALISATION,
    /** Step 1 — the liability regime. */
    REGIME,
    /** Step 2 — paid-deletion agreements. */
    PAID_DELETION,
    /** Step 3 — no primary infringement; wrongful notices. */
    NO_PRIMARY_INFRINGEMENT,
    /** Step 4 — direct liability. */
    DIRECT_INFRINGEMENT,
    /** Step 5 — instigation. */
    INSTIGATION,
    /** Step 6 — effective knowledge. */
    KNOWLEDGE,
    /** Step 7 — Regulation status of a copyright conduit. */
    CONDUIT_HARBOUR,
    /** Step 8 — the knowledge rule. */
    KNOWLEDGE_RULE,
    /** Step 9 — the notice rule. */
    NOTICE_RULE,
    /** Step 10 — no liability: safe harbour or no fault. */
    NO_LIABILITY,
    /** Step 11 — duties toward the user. */
    DUTIES_TOWARD_USER,
    /** Finally — transitional articles and the limitation reminder. */
    FINALLY,
    /** Step 12 — the questions the law leaves open: the presumptive reading and what follows the other way. */
    CONTESTED_QUESTIONS
}
