package cn.netlaw.api.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * The time axis of a picture: the instants of the case placed from {@code left} to {@code right}, in proportion to
 * time, except over long quiet stretches, which are left out and drawn as a break of fixed width. A gap between two
 * consecutive instants is quiet when it is longer than two days and longer than a third of the time still drawn in
 * proportion (the longest first, until none is): a case whose events lie weeks apart keeps its proportions, a case of
 * a few days followed by years until {@code asOf} shows the days.
 */
final class TimeScale {

    /** Width of a break, in user units. */
    static final double BREAK_WIDTH = 44;
    private static final long MIN_QUIET_SECONDS = Duration.ofDays(2).toSeconds();
    /** Before the first and after the last instant: this share of the time drawn in proportion, at least an hour. */
    private static final double MARGIN = 0.03;

    /**
     * A stretch of the axis drawn in proportion to time, from {@code x0} to {@code x1}; {@code first} and
     * {@code last} are the first and last instants of the case in it (the axis' margins aside).
     */
    record Segment(Instant from, Instant until, double x0, double x1, Instant first, Instant last) {
    }

    /** A quiet stretch left out, between two segments. */
    record Break(Instant from, Instant until, double x0, double x1) {
    }

    private final List<Segment> segments;
    private final List<Break> breaks;

    private TimeScale(List<Segment> segments, List<Break> breaks) {
        this.segments = segments;
        this.breaks = breaks;
    }

    /** A scale for the instants (at least one) between {@code left} and {@code right}. */
    static TimeScale fit(SortedSet<Instant> instants, double left, double right) {
        List<Instant> points = new ArrayList<>(instants);
        if (points.size() == 1) {
            Instant only = points.get(0);
            points = List.of(only.minus(Duration.ofHours(12)), only.plus(Duration.ofHours(12)));
        }
        int gaps = points.size() - 1;
        long[] length = new long[gaps];
        boolean[] quiet = new boolean[gaps];
        long drawn = 0;
        for (int i = 0; i < gaps; i++) {
            length[i] = points.get(i + 1).getEpochSecond() - points.get(i).getEpochSecond();
            drawn += length[i];
        }
        while (true) {
            int longest = -1;
            for (int i = 0; i < gaps; i++) {
                if (!quiet[i] && (longest < 0 || length[i] > length[longest])) {
                    longest = i;
                }
            }
            if (longest < 0 || length[longest] <= MIN_QUIET_SECONDS || length[longest] * 3 <= drawn
                    || drawn - length[longest] <= 0) {
                break;
            }
            quiet[longest] = true;
            drawn -= length[longest];
        }
        long margin = Math.max(3600, Math.round(drawn * MARGIN));
        drawn += 2 * margin;
        int breakCount = 0;
        for (boolean q : quiet) {
            breakCount += q ? 1 : 0;
        }
        double perSecond = (right - left - breakCount * BREAK_WIDTH) / drawn;
        List<Segment> segments = new ArrayList<>();
        List<Break> breaks = new ArrayList<>();
        Instant segmentStart = points.get(0).minusSeconds(margin);
        Instant segmentFirst = points.get(0);
        double x = left;
        for (int i = 0; i < gaps; i++) {
            if (!quiet[i]) {
                continue;
            }
            Instant end = points.get(i);
            double x1 = x + (end.getEpochSecond() - segmentStart.getEpochSecond()) * perSecond;
            segments.add(new Segment(segmentStart, end, x, x1, segmentFirst, end));
            breaks.add(new Break(end, points.get(i + 1), x1, x1 + BREAK_WIDTH));
            x = x1 + BREAK_WIDTH;
            segmentStart = points.get(i + 1);
            segmentFirst = segmentStart;
        }
        Instant end = points.get(points.size() - 1).plusSeconds(margin);
        segments.add(new Segment(segmentStart, end, x, right, segmentFirst, points.get(points.size() - 1)));
        return new TimeScale(List.copyOf(segments), List.copyOf(breaks));
    }

    /** The x of an instant: in proportion within a segment; inside a break, in proportion across it. */
    double x(Instant t) {
        Segment first = segments.get(0);
        if (!t.isAfter(first.from())) {
            return first.x0();
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!t.isAfter(s.until())) {
                if (!t.isBefore(s.from())) {
                    return along(t, s.from(), s.until(), s.x0(), s.x1());
                }
                Break b = breaks.get(i - 1);
                return along(t, b.from(), b.until(), b.x0(), b.x1());
            }
        }
        return segments.get(segments.size() - 1).x1();
    }

    private static double along(Instant t, Instant from, Instant until, double x0, double x1) {
        long span = until.getEpochSecond() - from.getEpochSecond();
        if (span <= 0) {
            return x0;
        }
        return x0 + (x1 - x0) * (t.getEpochSecond() - from.getEpochSecond()) / (double) span;
    }

    List<Segment> segments() {
        return segments;
    }

    List<Break> breaks() {
        return breaks;
    }

    Instant first() {
        return segments.get(0).from();
    }

    Instant last() {
        return segments.get(segments.size() - 1).until();
    }
}
