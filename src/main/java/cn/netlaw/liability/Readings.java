package cn.netlaw.liability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The readings of the contested questions one run of the procedure takes (Step 12): every (question, subject) pair not
 * listed here takes its presumptive reading.
 */
final class Readings {

    static final Readings PRESUMPTIVE = new Readings(Map.of());

    private final Map<String, Reading> given;

    private Readings(Map<String, Reading> given) {
        this.given = given;
    }

    /** The readings that take each of {@code readings}, every other pair presumptive. */
    static Readings of(List<AssumedReading> readings) {
        Map<String, Reading> map = new HashMap<>();
        for (AssumedReading r : readings) {
            map.put(key(r.question(), r.subject()), r.reading());
        }
        return new Readings(map);
    }

    /** The reading of the pair in this run. */
    Reading of(ContestedQuestion question, String subject, Reading presumptive) {
        if (given.isEmpty()) {
            return presumptive;
        }
        Reading r = given.get(key(question, subject));
        return r == null ? presumptive : r;
    }

    boolean presumptive() {
        return given.isEmpty();
    }

    private static String key(ContestedQuestion question, String subject) {
        return question.name() + '|' + subject;
    }
}
