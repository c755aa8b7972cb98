package cn.netlaw.liability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** docs/request.md#timeline: the up/down timeline. */
class TimelineTest {

    private static Instant at(String s) {
        return Moment.parse(s).instant();
    }

    @Test
    void at_equal_instants_a_reappearance_comes_before_a_removal_and_a_restoration_after_it() {
        Timeline t = new Timeline(4);
        t.add(at("2022-01-01"), Timeline.Kind.CONDUCT_START, -1);
        t.add(at("2022-01-02T10:00:00+08:00"), Timeline.Kind.DOWN, 0);
        t.add(at("2022-01-02T10:00:00+08:00"), Timeline.Kind.REAPPEARANCE, 1);
        assertThat(t.upAt(at("2022-01-02T10:00:00+08:00"))).isFalse();
        t.add(at("2022-01-02T10:00:00+08:00"), Timeline.Kind.RESTORATION, 0);
        assertThat(t.upAt(at("2022-01-02T10:00:00+08:00"))).isTrue();
    }

    @Test
    void a_notice_sees_the_events_before_it_and_its_own_reappearance_at_its_instant() {
        Timeline t = new Timeline(4);
        t.add(at("2022-01-01"), Timeline.Kind.CONDUCT_START, -1);
        t.add(at("2022-01-02T10:00:00+08:00"), Timeline.Kind.DOWN, 0);
        t.add(at("2022-01-03T10:00:00+08:00"), Timeline.Kind.REAPPEARANCE, 1);
        assertThat(t.upAtNotice(at("2022-01-03T10:00:00+08:00"), 1)).isTrue();
        assertThat(t.upAtNotice(at("2022-01-03T10:00:00+08:00"), 2)).isFalse();
        assertThat(t.upAtNotice(at("2022-01-02T10:00:00+08:00"), 2)).isTrue();
    }

    @Test
    void the_state_ends_at_the_event_that_last_took_the_content_down() {
        Timeline t = new Timeline(4);
        t.add(at("2022-01-01"), Timeline.Kind.CONDUCT_START, -1);
        t.add(at("2022-01-02T10:00:00+08:00"), Timeline.Kind.DOWN, 0);
        t.add(at("2022-01-02T12:00:00+08:00"), Timeline.Kind.DOWN, 1);
        assertThat(t.lastTakenDown()).isEqualTo(at("2022-01-02T10:00:00+08:00"));
        t.add(at("2022-01-05T12:00:00+08:00"), Timeline.Kind.RESTORATION, 0);
        assertThat(t.lastTakenDown()).isNull();
        assertThat(t.nextDownAfter(at("2022-01-05T12:00:00+08:00"))).isNull();
    }

    @Test
    void a_caller_given_end_takes_the_content_down_whatever_the_later_events() {
        Timeline t = new Timeline(4);
        t.add(at("2022-01-01"), Timeline.Kind.CONDUCT_START, -1);
        t.add(at("2022-01-10T12:00:00+08:00"), Timeline.Kind.RESTORATION, 0);
        t.endAt(at("2022-01-05"));
        assertThat(t.upAt(at("2022-01-04T23:59:59+08:00"))).isTrue();
        assertThat(t.upAt(at("2022-01-05"))).isFalse();
        assertThat(t.upAt(at("2022-01-11"))).isFalse();
        assertThat(t.nextDownAfter(at("2022-01-02"))).isEqualTo(at("2022-01-05"));
    }
}
