package cn.netlaw.liability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The up/down timeline of the content on the service (docs/request.md#timeline).
 *
 * <p>The content is "up" from {@code conductDate}. In time order (at equal instants: "up" events of the conduct start
 * and {@code reappearedAt}, then "down" events, then restorations): each {@code reappearedAt} and each
 * {@code restoredAt} sets it "up"; each effective {@code measuresTakenAt} and {@code selfInitiatedMeasureAt} sets it
 * "down". A notice's {@code receivedAt} never sets it up. When {@code conductEndDate} is given, the content is "down"
 * from {@code stateEnd} on, whatever the later events.
 */
final class Timeline {

    /** Kinds of event, in the order they apply at equal instants. */
    enum Kind {
        CONDUCT_START(true), REAPPEARANCE(true), INDICATORS(true), DOWN(false), RESTORATION(true);

        final boolean up;

        Kind(boolean up) {
            this.up = up;
        }
    }

    /**
     * One event; {@code episode} is the input index of the episode it belongs to, or -1.
     */
    record Event(Instant at, Kind kind, int episode) {
    }

    private static final Comparator<Event> ORDER =
            Comparator.comparing(Event::at).thenComparing(e -> e.kind().ordinal());

    private final List<Event> events;
    private boolean sorted = true;
    private Instant givenEnd;

    /** A timeline for about {@code expectedEvents} events (it grows beyond). */
    Timeline(int expectedEvents) {
        events = new ArrayList<>(expectedEvents);
    }

    void add(Instant at, Kind kind, int episode) {
        events.add(new Event(at, kind, episode));
        sorted = false;
    }

    private List<Event> events() {
        if (!sorted) {
            events.sort(ORDER);
            sorted = true;
        }
        return events;
    }

    /** The caller-given end of the state: "down" from then on, whatever the later events. */
    void endAt(Instant end) {
        this.givenEnd = end;
    }

    Instant givenEnd() {
        return givenEnd;
    }

    /** The state at an instant: every event at or before it (docs/request.md#timeline, "the state at a deadline"). */
    boolean upAt(Instant t) {
        return upAtIgnoring(t, NO_EPISODE);
    }

    /** No episode: {@link #upAtIgnoring} ignores nothing. */
    private static final int NO_EPISODE = Integer.MIN_VALUE;

    /**
     * The state at a notice: every event before {@code receivedAt}, plus the episode's own re-appearance and the
     * conduct start even when they fall on {@code receivedAt} (docs/request.md#timeline). A caller-given end at or
     * before the notice prevails.
     */
    boolean upAtNotice(Instant receivedAt, int episode) {
        if (givenEnd != null && !receivedAt.isBefore(givenEnd)) {
            return false;
        }
        boolean up = false;
        List<Event> list = events();
        for (int i = 0; i < list.size(); i++) {
            Event e = list.get(i);
            int cmp = e.at().compareTo(receivedAt);
            if (cmp > 0) {
                break;
            }
            if (cmp < 0 || e.kind() == Kind.CONDUCT_START
                    || (e.kind() == Kind.REAPPEARANCE && e.episode() == episode)) {
                up = e.kind().up;
            }
        }
        return up;
    }

    /**
     * The instant of the event that last took the content down when the recorded events leave it down, else null
     * (the state continues). Ignores a caller-given end.
     */
    Instant lastTakenDown() {
        boolean up = false;
        Instant takenDown = null;
        List<Event> list = events();
        for (int i = 0; i < list.size(); i++) {
            Event e = list.get(i);
            if (e.kind().up) {
                up = true;
                takenDown = null;
            } else if (up) {
                up = false;
                takenDown = e.at();
            }
        }
        return up ? null : takenDown;
    }

    /**
     * The next "down" strictly after {@code t} from any source (an effective measure, a self-initiated measure, the
     * caller-given end of the state), or null when there is none (9.5).
     */
    Instant nextDownAfter(Instant t) {
        Instant next = null;
        List<Event> list = events();
        for (int i = 0; i < list.size(); i++) {
            Event e = list.get(i);
            if (!e.kind().up && e.at().isAfter(t)) {
                next = e.at();
                break;
            }
        }
        if (givenEnd != null && givenEnd.isAfter(t) && (next == null || givenEnd.isBefore(next))) {
            next = givenEnd;
        }
        return next;
    }

    /** An instant at which an "up" event turns the state from "down" to "up"; the up event's kind and episode. */
    record Turn(Instant at, Kind kind, int episode) {
    }

    /**
     * The instants strictly after {@code after} and strictly before {@code before} at which the state turns from
     * "down" to "up" (Step 8's up-instants after {@code t0}), in time order. Restorations of the episodes in
     * {@code notTaken} (lawful under 9.4) still put the content up but are not returned as turns; {@code skipped}
     * receives the instants so skipped.
     */
    List<Turn> upTurns(Instant after, Instant before, java.util.function.IntPredicate notTaken, List<Instant> skipped) {
        List<Turn> turns = new ArrayList<>(2);
        List<Event> list = events();
        boolean up = false;
        int i = 0;
        while (i < list.size()) {
            Instant at = list.get(i).at();
            boolean wasUp = up;
            Event taken = null;
            boolean excluded = false;
            while (i < list.size() && list.get(i).at().equals(at)) {
                Event e = list.get(i);
                up = e.kind().up;
                if (e.kind().up) {
                    if (e.kind() == Kind.RESTORATION && notTaken.test(e.episode())) {
                        excluded = true;
                    } else if (taken == null) {
                        taken = e;
                    }
                }
                i++;
            }
            if (!wasUp && up && at.isAfter(after) && (before == null || at.isBefore(before))) {
                if (taken != null) {
                    turns.add(new Turn(at, taken.kind(), taken.episode()));
                } else if (excluded) {
                    skipped.add(at);
                }
            }
        }
        return turns;
    }

    /** Whether an "up" event of the given kind of the given episode is at {@code at}. */
    boolean hasEvent(Instant at, Kind kind, int episode) {
        List<Event> list = events();
        for (int i = 0; i < list.size(); i++) {
            Event e = list.get(i);
            if (e.at().equals(at) && e.kind() == kind && e.episode() == episode) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state at {@code t} as if the given episode's own measure and restoration had not happened (a conduit's or an
     * infrastructure provider's lifted measure counts as not taken, 9.3).
     */
    boolean upAtIgnoring(Instant t, int episode) {
        if (givenEnd != null && !t.isBefore(givenEnd)) {
            return false;
        }
        boolean up = false;
        List<Event> list = events();
        for (int i = 0; i < list.size(); i++) {
            Event e = list.get(i);
            if (e.at().isAfter(t)) {
                break;
            }
            if (e.episode() == episode && (e.kind() == Kind.DOWN || e.kind() == Kind.RESTORATION)) {
                continue;
            }
            up = e.kind().up;
        }
        return up;
    }

    /** The first instant strictly after {@code t} at which the state turns from "down" to "up", or null. */
    Instant nextUpAfter(Instant t) {
        boolean up = false;
        List<Event> list = events();
        int i = 0;
        while (i < list.size()) {
            Instant at = list.get(i).at();
            boolean wasUp = up;
            while (i < list.size() && list.get(i).at().equals(at)) {
                up = list.get(i).kind().up;
                i++;
            }
            if (!wasUp && up && at.isAfter(t) && (givenEnd == null || at.isBefore(givenEnd))) {
                return at;
            }
        }
        return null;
    }

    /** Whether a "down" event (an effective measure, a self-initiated measure) is at {@code t}. */
    boolean hasDownAt(Instant t) {
        List<Event> list = events();
        for (int i = 0; i < list.size(); i++) {
            Event e = list.get(i);
            if (e.kind() == Kind.DOWN && e.at().equals(t)) {
                return true;
            }
        }
        return false;
    }
}
