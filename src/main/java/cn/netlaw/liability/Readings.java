package cn.netlaw.liability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The readings of the contested questions one run of the procedure takes (Step 12): every (question, subject) pair not
 * listed here takes its presumptive reading. A run is asked for a reading at every question it meets, and Step 12's
 * re-runs list one or a few readings, so a short list is scanned (question first, by identity) and only a long one
 * (all contested questions of a case of many notices flipped together) is indexed; no key is built per question met.
 */
final class Readings {

    static final Readings PRESUMPTIVE = new Readings(new AssumedReading[0], null);

    /** Up to this many readings are scanned; more are indexed. */
    private static final int SCANNED = 8;

    private final AssumedReading[] given;
    /** The readings by question and subject when there are more than {@value #SCANNED}; null otherwise. */
    private final Map<Key, Reading> index;

    private record Key(ContestedQuestion question, String subject) {
    }

    private Readings(AssumedReading[] given, Map<Key, Reading> index) {
        this.given = given;
        this.index = index;
    }

    /** The readings that take each of {@code readings} (of two for the same pair, the later), every other pair presumptive. */
    static Readings of(List<AssumedReading> readings) {
        if (readings.isEmpty()) {
            return PRESUMPTIVE;
        }
        AssumedReading[] given = readings.toArray(new AssumedReading[readings.size()]);
        Map<Key, Reading> index = null;
        if (given.length > SCANNED) {
            index = new HashMap<>();
            for (AssumedReading r : given) {
                index.put(new Key(r.question(), r.subject()), r.reading());
            }
        }
        return new Readings(given, index);
    }

    /** The reading of the pair in this run. */
    Reading of(ContestedQuestion question, String subject, Reading presumptive) {
        if (index != null) {
            Reading r = index.get(new Key(question, subject));
            return r == null ? presumptive : r;
        }
        for (int i = given.length - 1; i >= 0; i--) {
            AssumedReading r = given[i];
            if (r.question() == question && r.subject().equals(subject)) {
                return r.reading();
            }
        }
        return presumptive;
    }

    boolean presumptive() {
        return given.length == 0;
    }

    /**
     * Whether a reading is listed for {@code subject} under one of {@code questions}: where none is, every question of
     * that set about that subject takes its presumptive reading in this run.
     */
    boolean concerns(String subject, java.util.Set<ContestedQuestion> questions) {
        for (AssumedReading r : given) {
            if (questions.contains(r.question()) && r.subject().equals(subject)) {
                return true;
            }
        }
        return false;
    }
}
