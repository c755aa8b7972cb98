package cn.netlaw.liability;

/**
 * How far Step 12 got for one decision: the questions raised in the presumptive run, how many of them were flipped,
 * the re-runs spent, and, when it stopped before every raised question was flipped and every alternative computed,
 * why. A result whose exploration is not complete and found no contested question has certainty
 * {@link Certainty#UNDETERMINED}: an unexplored question may change the outcome.
 *
 * @param questionsRaised the questions the presumptive run met
 * @param questionsExplored those flipped alone
 * @param evaluations the re-runs of the procedure counted (single flips, the combined flip, the run that reads the
 *     notices with content not stated as valid; a flip that reads exactly what that run read takes its outcome and
 *     counts all the same)
 * @param cutBy null when the exploration is complete
 */
public record Exploration(int questionsRaised, int questionsExplored, int evaluations, Budget.Cut cutBy) {

    /** Nothing raised, nothing spent. */
    public static final Exploration NONE = new Exploration(0, 0, 0, null);

    public Exploration {
        if (questionsExplored < 0 || questionsExplored > questionsRaised || evaluations < 0) {
            throw new IllegalArgumentException("explored " + questionsExplored + " of " + questionsRaised);
        }
        if (cutBy == null && questionsExplored != questionsRaised) {
            throw new IllegalArgumentException("a complete exploration flips every raised question");
        }
    }

    /** Whether every raised question was flipped and every alternative computed. */
    public boolean complete() {
        return cutBy == null;
    }
}
