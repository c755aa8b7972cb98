package cn.netlaw.liability;

import java.util.function.Supplier;

/**
 * What one decision may spend exploring (Step 12): a number of re-runs of the procedure, and a signal to stop early
 * (the caller's wall-time budget, the service shutting down). Each re-run asks {@link #spend()} first; once it says
 * no, exploration ends and the result says why ({@link Exploration}). The engine stays a pure function of its inputs
 * and of the answers this budget gives.
 *
 * <p>Not thread-safe: one budget belongs to one decision (or one request) on one thread.
 */
public final class Budget {

    /** Why exploration ended before it was complete. */
    public enum Cut {
        /** The re-runs the budget allows were spent. */
        EVALUATION_BUDGET,
        /** The wall time the request may take has passed. */
        TIME_BUDGET,
        /** The service is shutting down. */
        SHUTDOWN,
        /** The client is gone: nobody reads the answer. */
        CLIENT_GONE
    }

    private final int evaluations;
    private final Supplier<Cut> stop;
    private int spent;
    private Cut cut;

    /**
     * @param evaluations the re-runs allowed (0: none)
     * @param stop asked before each re-run: a reason to stop now, or null to go on
     */
    public Budget(int evaluations, Supplier<Cut> stop) {
        if (evaluations < 0) {
            throw new IllegalArgumentException("evaluations must not be negative: " + evaluations);
        }
        this.evaluations = evaluations;
        this.stop = stop;
    }

    /** A budget of {@code evaluations} re-runs, never stopped early. */
    public static Budget of(int evaluations) {
        return new Budget(evaluations, null);
    }

    /** Whether one more re-run may be made; if so it is counted. Once it says no, it never says yes again. */
    public boolean spend() {
        if (cut != null) {
            return false;
        }
        if (spent >= evaluations) {
            cut = Cut.EVALUATION_BUDGET;
            return false;
        }
        Cut now = stop == null ? null : stop.get();
        if (now != null) {
            cut = now;
            return false;
        }
        spent++;
        return true;
    }

    /** The re-runs made so far. */
    public int spent() {
        return spent;
    }

    /** Why the budget said no, or null if it never has. */
    public Cut cut() {
        return cut;
    }
}
