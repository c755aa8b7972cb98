package cn.netlaw.liability;

/**
 * A question the law leaves to the court (docs/procedure.md#step-12), with its presumptive reading (as the burden of
 * proof falls) and the other one. A reading belongs to a (question, subject) pair: every point of a run at which the
 * same pair is met takes the same reading.
 */
public enum ContestedQuestion {
    /** A handling, or a still-running duty, between the prompt and the late bound (HOST roles). */
    TIMELINESS(Reading.IN_TIME, Reading.LATE),
    /** Whether a conduit's or an infrastructure provider's failure to forward, warn or suspend breaches 1195/1197. */
    CONDUIT_NECESSARY_MEASURE(Reading.NOT_BREACHED, Reading.BREACHED),
    /**
     * Notice content not stated (presumptive INVALID), or a Civil Code-era personality notice with reasons and no
     * separate evidence (presumptive VALID): the presumptive reading depends on the case.
     */
    NOTICE_CONTENT(Reading.INVALID, Reading.VALID),
    /** An inconclusive indicator set, or a re-upload not known to be by the same user. */
    KNOWLEDGE_FROM_INDICATORS(Reading.NOT_SHOWN, Reading.SHOULD_HAVE_KNOWN),
    /** Whether forwarding a patent notice in time was the necessary measure (Guiding Case 83). */
    PATENT_MEASURE(Reading.FORWARDING_SUFFICED, Reading.MEASURE_REQUIRED);

    private final Reading usual;
    private final Reading other;

    ContestedQuestion(Reading usual, Reading other) {
        this.usual = usual;
        this.other = other;
    }

    /** The two readings of this question. */
    public Reading[] readings() {
        return new Reading[] {usual, other};
    }

    /** The reading that is not {@code reading}. */
    public Reading flip(Reading reading) {
        if (reading == usual) {
            return other;
        }
        if (reading == other) {
            return usual;
        }
        throw new IllegalArgumentException(reading + " is not a reading of " + this);
    }

    /** The presumptive reading, except for NOTICE_CONTENT on reasons without evidence (there VALID). */
    public Reading usualPresumptive() {
        return usual;
    }
}
