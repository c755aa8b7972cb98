package cn.netlaw.liability;

import static cn.netlaw.liability.CaseSketch.NoticeSketch.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/procedure.md#timeliness — timeliness bands: a prompt bound (clearly in time) and a late bound (clearly late) per
 * class and right; in between, TIMELINESS is contested on HOST roles and in time for conduits; the late bound alone is
 * extended by a large batch and by listed holidays; the LIVE band governs only while the broadcast is live.
 */
class TimelinessBandsTest {

    private static final String RECEIVED = "2023-03-01T09:00:00+08:00";

    private static Instant at(String s) {
        return Moment.parse(s).instant();
    }

    private static String plus(Duration d) {
        return Moment.render(at(RECEIVED).plus(d));
    }

    /** A notice acted on {@code after} receipt, in a class the sketch sets up. */
    private static Classification acted(CaseSketch s, Duration after) {
        s.notices.clear();
        boolean host = s.role.isHost();
        CaseSketch.NoticeSketch n = received(RECEIVED);
        if (host) {
            // a patent notice forwarded in time may itself be the measure (PATENT_MEASURE): not forwarded here
            if (s.rightType != RightType.PATENT) {
                n.forwarded(RECEIVED);
            }
            n.removed(plus(after));
        } else {
            n.forwarded(plus(after));
        }
        return s.notice(n).classify();
    }

    private static CaseSketch sketch(TimelinessClass cls, RightType right) {
        CaseSketch s = switch (cls) {
            case HOST -> CaseSketch.of(Role.STORAGE, right);
            case CONDUIT -> CaseSketch.of(Role.ACCESS, right);
            case ECOMMERCE -> {
                CaseSketch e = CaseSketch.of(Role.STORAGE, right);
                e.ecommercePlatform = true;
                yield e;
            }
            case LIVE -> {
                CaseSketch l = CaseSketch.of(Role.STORAGE, right);
                l.liveContent = true;
                yield l;
            }
        };
        return s.conduct("2023-02-01");
    }

    private static Duration hours(double h) {
        return Band.duration(h);
    }

    @Test
    void every_band_of_every_class_is_in_time_at_its_prompt_bound_contested_or_in_time_up_to_its_late_bound_and_late_after() {
        Policy policy = Policy.defaults();
        for (TimelinessClass cls : TimelinessClass.values()) {
            for (RightType right : RightType.values()) {
                BandRight bandRight = BandRight.of(right);
                if (!bandRight.bandedIn(cls) || (cls == TimelinessClass.ECOMMERCE && !right.isIntellectualProperty())) {
                    continue;
                }
                Band band = policy.band(cls, bandRight);
                CaseSketch s = sketch(cls, right);
                String label = cls + "/" + right;
                boolean host = cls != TimelinessClass.CONDUIT;

                Classification atPrompt = acted(s, hours(band.prompt()));
                assertThat(atPrompt.liability()).as(label + " at the prompt bound").isEqualTo(Liability.NONE);
                assertThat(atPrompt.certainty()).as(label + " at the prompt bound").isEqualTo(Certainty.DETERMINED);

                Classification justAfter = acted(s, hours(band.prompt()).plusSeconds(1));
                assertThat(justAfter.liability()).as(label + " after the prompt bound").isEqualTo(Liability.NONE);
                assertThat(justAfter.certainty()).as(label + " after the prompt bound")
                        .isEqualTo(host ? Certainty.CONTESTED : Certainty.DETERMINED);

                Classification atLate = acted(s, hours(band.late()));
                assertThat(atLate.liability()).as(label + " at the late bound").isEqualTo(Liability.NONE);

                Classification late = acted(s, hours(band.late()).plusSeconds(1));
                if (host) {
                    assertThat(late.rule()).as(label + " after the late bound").isEqualTo(Rule.NOTICE_RULE);
                    assertThat(late.liablePeriods()).as(label).first()
                            .satisfies(p -> assertThat(p.from()).isEqualTo(at(RECEIVED).plus(hours(band.prompt()))));
                    assertThat(late.certainty()).as(label).isEqualTo(Certainty.DETERMINED);
                } else {
                    // a conduit's miss in 2023 is contested: CONDUIT_NECESSARY_MEASURE, presumptively no breach
                    assertThat(late.liability()).as(label + " after the late bound").isEqualTo(Liability.NONE);
                    assertThat(late.contested()).extracting(ContestedPoint::question).as(label)
                            .containsExactly(ContestedQuestion.CONDUIT_NECESSARY_MEASURE);
                }
                assertThat(late.assumptions()).as(label).contains(new Assumption(AssumptionCode.TIMELINESS_THRESHOLD,
                        "NOTICE/" + cls + "/" + bandRight + ": " + Band.hours(band.prompt()) + "h/"
                                + Band.hours(band.late()) + "h"));
            }
        }
    }

    @Test
    void an_obvious_personality_infringement_on_a_host_has_the_shorter_late_bound() {
        CaseSketch plain = sketch(TimelinessClass.HOST, RightType.PERSONALITY);
        assertThat(acted(plain, Duration.ofHours(96)).liability()).isEqualTo(Liability.NONE);
        CaseSketch obvious = sketch(TimelinessClass.HOST, RightType.PERSONALITY);
        obvious.indicators = new Indicators(null, null, null, null, null, true, null, null, null, null, null);
        Classification c = acted(obvious, Duration.ofHours(96));
        assertThat(c.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.TIMELINESS_THRESHOLD, "NOTICE/HOST/PERSONALITY_OBVIOUS: 24h/72h"));
    }

    @Test
    void a_batch_of_more_than_the_configured_items_multiplies_only_the_late_bound() {
        CaseSketch s = sketch(TimelinessClass.HOST, RightType.COPYRIGHT);
        CaseSketch.NoticeSketch batch = received(RECEIVED).forwarded(RECEIVED).removed(plus(Duration.ofHours(96)));
        batch.itemCount = 101;
        Classification c = s.notice(batch).classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.contested()).extracting(ContestedPoint::question).containsExactly(ContestedQuestion.TIMELINESS);
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.TIMELINESS_THRESHOLD, "NOTICE/HOST/COPYRIGHT: 24h/216h"));

        batch.itemCount = 100;
        s.notices.clear();
        Classification hundred = s.notice(batch).classify();
        assertThat(hundred.rule()).isEqualTo(Rule.NOTICE_RULE);

        // the prompt bound is not multiplied: 25 hours is past it for 500 items as for one
        CaseSketch.NoticeSketch big = received(RECEIVED).forwarded(RECEIVED).removed(plus(Duration.ofHours(25)));
        big.itemCount = 500;
        s.notices.clear();
        assertThat(s.notice(big).classify().certainty()).isEqualTo(Certainty.CONTESTED);
    }

    @Test
    void a_listed_holiday_the_window_touches_extends_the_late_bound_by_a_day_counted_once() {
        // notice Wednesday 2023-03-01 09:00, HOST/COPYRIGHT 24 h / 72 h: window to Saturday 03-04 09:00
        Policy d = Policy.defaults();
        Policy holidays = new Policy(d.bands(), 100, 3, 15, 20, true,
                Set.of(LocalDate.of(2023, 3, 4), LocalDate.of(2023, 3, 5), LocalDate.of(2023, 3, 20)),
                Set.of(LocalDate.of(2023, 3, 5)), false, 3);
        CaseSketch s = sketch(TimelinessClass.HOST, RightType.COPYRIGHT)
                .notice(received(RECEIVED).forwarded(RECEIVED).removed("2023-03-05T08:00:00+08:00"));
        Classification withoutCalendar = s.classify();
        assertThat(withoutCalendar.rule()).isEqualTo(Rule.NOTICE_RULE);
        // 03-04 is touched (+24 h); 03-05 is reached only by the extension and is an adjusted working day anyway
        Classification withCalendar = (Classification) s.evaluate(holidays);
        assertThat(withCalendar.liability()).isEqualTo(Liability.NONE);
        assertThat(withCalendar.assumptions()).contains(
                new Assumption(AssumptionCode.TIMELINESS_THRESHOLD, "NOTICE/HOST/COPYRIGHT: 24h/96h"));
        assertThat(withCalendar.contested()).extracting(ContestedPoint::question)
                .containsExactly(ContestedQuestion.TIMELINESS);
    }

    @Test
    void a_duty_whose_prompt_deadline_has_not_passed_is_pending_and_a_host_past_it_is_overdue_and_contested() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2025-06-01")
                .notice(received("2025-06-29T13:00:00+08:00"));
        s.notices.set(0, received("2025-06-29T13:00:00+08:00").forwarded("2025-06-29T14:00:00+08:00").build());
        Classification pending = s.classify();
        assertThat(pending.liability()).isEqualTo(Liability.NONE);
        assertThat(pending.certainty()).isEqualTo(Certainty.DETERMINED);
        assertThat(pending.actBy()).isEqualTo(at("2025-06-30T13:00:00+08:00"));
        assertThat(pending.clearlyLateAt()).isEqualTo(at("2025-07-02T13:00:00+08:00"));

        s.notices.set(0, received("2025-06-29T11:00:00+08:00").forwarded("2025-06-29T12:00:00+08:00").build());
        Classification overdue = s.classify();
        assertThat(overdue.liability()).isEqualTo(Liability.NONE);
        assertThat(overdue.actBy()).isEqualTo(at("2025-06-30T11:00:00+08:00")).isBefore(at(CaseSketch.CLOCK));
        assertThat(overdue.clearlyLateAt()).isEqualTo(at("2025-07-02T11:00:00+08:00"));
        assertThat(overdue.contested()).extracting(ContestedPoint::question)
                .containsExactly(ContestedQuestion.TIMELINESS);
        assertThat(overdue.alternatives()).singleElement().satisfies(a -> assertThat(a.outcome().liablePeriods())
                .containsExactly(new LiablePeriod(at("2025-06-30T11:00:00+08:00"), null)));

        CaseSketch conduit = CaseSketch.of(Role.CACHING, RightType.COPYRIGHT).conduct("2025-06-01")
                .notice(received("2025-06-29T11:00:00+08:00"));
        Classification conduitOverdue = conduit.classify();
        assertThat(conduitOverdue.certainty()).isEqualTo(Certainty.DETERMINED);
        assertThat(conduitOverdue.actBy()).isEqualTo(at("2025-06-30T11:00:00+08:00"));
    }

    @Test
    void the_live_band_governs_only_while_live_and_the_replay_is_judged_on_the_next_class() {
        // notice 20:00, broadcast ended 20:40: live part between 20:30 and 22:00, contested
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2023-06-01T19:00:00+08:00");
        s.liveContent = true;
        s.liveEndedAt = CaseSketch.at("2023-06-01T20:40:00+08:00");
        s.notice(received("2023-06-01T20:00:00+08:00").forwarded("2023-06-01T20:05:00+08:00")
                .removed("2023-06-04T21:00:00+08:00"));
        Classification c = s.classify();
        // the replay (HOST 24 h / 72 h from 20:00) was removed after its late bound: liable from 06-02 20:00
        assertThat(c.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(c.liablePeriods()).containsExactly(
                new LiablePeriod(at("2023-06-02T20:00:00+08:00"), at("2023-06-04T21:00:00+08:00")));
        assertThat(c.contested()).extracting(ContestedPoint::question).containsExactly(ContestedQuestion.TIMELINESS);
        // read LATE, the live part adds 20:30-20:40
        assertThat(c.alternatives()).singleElement().satisfies(a -> assertThat(a.outcome().liablePeriods())
                .containsExactly(new LiablePeriod(at("2023-06-01T20:30:00+08:00"), at("2023-06-01T20:40:00+08:00")),
                        new LiablePeriod(at("2023-06-02T20:00:00+08:00"), at("2023-06-04T21:00:00+08:00"))));

        // without liveEndedAt the LIVE band governs the whole duty: removed after 3 h is late from 20:30
        CaseSketch live = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2023-06-01T19:00:00+08:00");
        live.liveContent = true;
        live.notice(received("2023-06-01T20:00:00+08:00").forwarded("2023-06-01T20:05:00+08:00")
                .removed("2023-06-01T23:00:00+08:00"));
        Classification whole = live.classify();
        assertThat(whole.liablePeriods()).containsExactly(
                new LiablePeriod(at("2023-06-01T20:30:00+08:00"), at("2023-06-01T23:00:00+08:00")));
        assertThat(whole.assumptions()).contains(
                new Assumption(AssumptionCode.TIMELINESS_THRESHOLD, "NOTICE/LIVE/PERSONALITY: 0.5h/2h"));

        // a trademark complaint about goods in a live room is not on the LIVE band
        CaseSketch goods = CaseSketch.of(Role.STORAGE, RightType.TRADEMARK).conduct("2023-06-01T19:00:00+08:00");
        goods.liveContent = true;
        goods.notice(received("2023-06-01T20:00:00+08:00").forwarded("2023-06-01T20:05:00+08:00")
                .removed("2023-06-01T23:00:00+08:00"));
        assertThat(goods.classify().liability()).isEqualTo(Liability.NONE);
    }

    @Test
    void a_bound_of_the_request_policy_is_used_for_that_decision_and_labelled_as_given() {
        Policy d = Policy.defaults();
        java.util.Map<TimelinessClass, java.util.Map<BandRight, Band>> bands = Policy.defaultBands();
        bands.get(TimelinessClass.HOST).put(BandRight.COPYRIGHT, new Band(12, 36.5));
        Policy strict = new Policy(bands, 100, 3, 15, 20, true, Set.of(), Set.of(), false, 3);
        CaseSketch s = sketch(TimelinessClass.HOST, RightType.COPYRIGHT);
        CaseSketch.NoticeSketch n = received(RECEIVED).forwarded(RECEIVED).removed(plus(Duration.ofHours(37)));
        Classification c = (Classification) s.notice(n).evaluate(strict);
        assertThat(c.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(c.liablePeriods()).first().satisfies(p -> assertThat(p.from()).isEqualTo(at(plus(hours(12)))));
        assertThat(c.assumptions()).contains(
                new Assumption(AssumptionCode.TIMELINESS_THRESHOLD, "NOTICE/HOST/COPYRIGHT: 12h/36.5h"));
        assertThat(((Classification) s.evaluate(d)).liability()).isEqualTo(Liability.NONE);
        assertThat(List.of(c.reviewFlags())).isNotEmpty();
    }
}
