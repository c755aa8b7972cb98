package cn.netlaw.liability;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The timeliness bands (docs/procedure.md#timeliness): the class of a duty, its prompt deadline {@code dP} and its late
 * deadline {@code dL} ({@code band(x, n)} in the comments of the steps). Hour periods run from the instant (Civil Code
 * 201(2)) on calendar hours; the modifiers extend only the late bound: the batch multiplier, then a whole day for every listed
 * statutory holiday that the window touches (counted once, on the window before extension).
 *
 * <p>The bounds are the service's engineering defaults, not law: courts weigh the form and accuracy of the notice, the
 * difficulty of the measure, the type and nature of the service, the type, popularity and number of works and the
 * type and degree of the right infringed (SPC_NDR_14; SPC_PR_2020_4 / SPC_PR_2014_6); a handling between the bounds is
 * contested ({@code TIMELINESS}).
 */
final class Bands {

    private Bands() {
    }

    /**
     * The band label of the assumption {@code TIMELINESS_THRESHOLD}, {@code NOTICE/HOST/COPYRIGHT: 24h/72h} (the late
     * figure after the modifiers); written when first read.
     */
    record Label(String path, TimelinessClass timelinessClass, BandRight right, double prompt, double late) {
        @Override
        public String toString() {
            return path + "/" + timelinessClass + "/" + right + ": " + Band.hours(prompt) + "h/" + Band.hours(late) + "h";
        }
    }

    /** The deadlines of one duty starting at {@code start}. */
    record Deadlines(Instant start, TimelinessClass timelinessClass, BandRight right, double promptHours,
            double lateHours, Instant prompt, Instant late) {
        Label label(String path) {
            return new Label(path, timelinessClass, right, promptHours, lateHours);
        }
    }

    /**
     * The class of a duty starting at {@code s} (docs/procedure.md#timeliness-classes): LIVE while live, then
     * ECOMMERCE, then the role class.
     */
    static TimelinessClass classAt(NormalCase c, Instant s) {
        if (live(c, s)) {
            return TimelinessClass.LIVE;
        }
        return afterLive(c);
    }

    /** Whether a duty starting at {@code s} starts while the broadcast is live (for the rights the LIVE row has). */
    static boolean live(NormalCase c, Instant s) {
        RightType r = c.rightType();
        return c.liveContent() && (r == RightType.COPYRIGHT || r == RightType.COPYRIGHT_OTHER || r == RightType.PERSONALITY)
                && (c.liveEndedAt() == null || s.isBefore(c.liveEndedAt()));
    }

    /** The class that follows LIVE (the replay, or a duty that is not live): ECOMMERCE or the role class. */
    static TimelinessClass afterLive(NormalCase c) {
        if (c.ecommercePlatform() && c.ip()) {
            return TimelinessClass.ECOMMERCE;
        }
        return c.role().isHost() ? TimelinessClass.HOST : TimelinessClass.CONDUIT;
    }

    static BandRight right(NormalCase c, TimelinessClass timelinessClass) {
        if (timelinessClass == TimelinessClass.HOST && c.personality() && c.signals().infringementObvious()) {
            return BandRight.PERSONALITY_OBVIOUS;
        }
        return BandRight.of(c.rightType());
    }

    /** {@code band(s, items)} in the given class. */
    static Deadlines of(NormalCase c, Policy policy, Instant s, int items, TimelinessClass timelinessClass) {
        BandRight right = right(c, timelinessClass);
        Band band = policy.band(timelinessClass, right);
        double late = band.late();
        if (items > policy.largeBatchItems()) {
            late = late * policy.largeBatchMultiplier();
        }
        Instant lateEnd = s.plus(Band.duration(late));
        int holidays = 0;
        if (!policy.holidays().isEmpty()) {
            for (LocalDate day : policy.holidays()) {
                if (policy.adjustedWorkingDays().contains(day)) {
                    continue;
                }
                Instant dayStart = Moment.startOfDay(day);
                Instant dayEnd = Moment.startOfDay(day.plusDays(1));
                if (dayStart.isBefore(lateEnd) && dayEnd.isAfter(s)) {
                    holidays++;
                }
            }
        }
        late += 24.0 * holidays;
        return new Deadlines(s, timelinessClass, right, band.prompt(), late, s.plus(Band.duration(band.prompt())),
                s.plus(Band.duration(late)));
    }

    /** {@code band(s, items)} in the class of a duty starting at {@code s}. */
    static Deadlines of(NormalCase c, Policy policy, Instant s, int items) {
        return of(c, policy, s, items, classAt(c, s));
    }
}
