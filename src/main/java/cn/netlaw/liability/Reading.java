package cn.netlaw.liability;

/** The readings of the contested questions (docs/vocabulary.md#contested-questions). */
public enum Reading {
    IN_TIME, LATE, NOT_BREACHED, BREACHED, INVALID, VALID, NOT_SHOWN, SHOULD_HAVE_KNOWN, FORWARDING_SUFFICED,
    MEASURE_REQUIRED
}
