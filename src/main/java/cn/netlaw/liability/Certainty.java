package cn.netlaw.liability;

/**
 * DETERMINED: no single question raised in the presumptive run changes the outcome when flipped alone; CONTESTED:
 * some does ({@code contested} is non-empty); UNDETERMINED: the exploration budget ended Step 12 before every raised
 * question was flipped, and none of those flipped changes the outcome, so the headline may yet be contested
 * ({@link Exploration}). Combinations with questions raised only under another reading are not explored (Step 12, a
 * stated limit).
 */
public enum Certainty {
    DETERMINED, CONTESTED, UNDETERMINED
}
