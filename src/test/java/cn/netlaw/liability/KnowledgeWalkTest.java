package cn.netlaw.liability;

import static cn.netlaw.liability.CaseSketch.NoticeSketch.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Step 8 (3.0) — the knowledge timeline walk: every return of the content while knowledge lasts starts a new duty;
 * content already down is not charged; no reaction window for the provider's own acts, for the caller's knowledge at
 * the outset and for a host's own restoration; WHOLE_DAMAGE only for a first window missed on the conduct day.
 */
class KnowledgeWalkTest {

    private static Instant at(String s) {
        return Moment.parse(s).instant();
    }

    private static CaseSketch knew(String since) {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2023-01-01");
        s.knowledge = Knowledge.KNEW;
        s.knowledgeSince = CaseSketch.at(since);
        return s;
    }

    @Test
    void each_return_of_the_content_after_knowledge_starts_a_new_duty_and_only_the_missed_ones_are_charged() {
        CaseSketch s = knew("2023-01-10T09:00:00+08:00")
                // removed within 3 h of knowledge: the first window is met
                .notice(received("2023-01-10T10:00:00+08:00").forwarded("2023-01-10T10:00:00+08:00")
                        .removed("2023-01-10T12:00:00+08:00"))
                // back on 01-20 09:00, removed five days later: missed (24 h / 72 h from the return)
                .notice(received("2023-01-20T10:00:00+08:00").reappeared("2023-01-20T09:00:00+08:00", false)
                        .forwarded("2023-01-20T10:00:00+08:00").removed("2023-01-25T10:00:00+08:00"))
                // back again on 02-01 09:00, removed at 15:00: met
                .notice(received("2023-02-01T10:00:00+08:00").reappeared("2023-02-01T09:00:00+08:00", false)
                        .forwarded("2023-02-01T10:00:00+08:00").removed("2023-02-01T15:00:00+08:00"));
        Classification c = s.classify();
        assertThat(c.rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        assertThat(c.jointScope()).isEqualTo(JointScope.SINCE_KNOWLEDGE);
        assertThat(c.liablePeriods()).containsExactly(
                new LiablePeriod(at("2023-01-21T09:00:00+08:00"), at("2023-01-25T10:00:00+08:00")));
        assertThat(c.expandedPeriods()).isEmpty();
        assertThat(c.reasons()).contains(Reason.KNOWLEDGE_BUT_TIMELY_MEASURES, Reason.KNOWLEDGE_NOT_ACTED_ON_IN_TIME,
                Reason.LIABLE_SINCE_KNOWLEDGE);
    }

    @Test
    void a_hosts_own_restoration_of_known_content_is_a_miss_without_reaction_time() {
        CaseSketch s = knew("2023-01-10T09:00:00+08:00")
                .notice(received("2023-01-10T10:00:00+08:00").forwarded("2023-01-10T10:00:00+08:00")
                        .removed("2023-01-10T12:00:00+08:00").restored("2023-01-15T12:00:00+08:00"))
                .notice(received("2023-01-16T10:00:00+08:00").forwarded("2023-01-16T10:00:00+08:00")
                        .removed("2023-01-16T11:00:00+08:00"));
        Classification c = s.classify();
        assertThat(c.rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        assertThat(c.liablePeriods()).containsExactly(
                new LiablePeriod(at("2023-01-15T12:00:00+08:00"), at("2023-01-16T11:00:00+08:00")));
        assertThat(c.reasons()).contains(Reason.KNOWLEDGE_NO_REACTION_WINDOW);
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);
    }

    @Test
    void a_restoration_lawful_after_a_counter_notice_does_not_restart_the_knowledge_duty() {
        CaseSketch s = knew("2023-01-10T09:00:00+08:00")
                .notice(received("2023-01-10T10:00:00+08:00").forwarded("2023-01-10T10:00:00+08:00")
                        .removed("2023-01-10T12:00:00+08:00")
                        .counter("2023-01-11T09:00:00+08:00", "2023-01-11T10:00:00+08:00", null)
                        .restored("2023-01-30T09:00:00+08:00"));
        Classification c = s.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.reviewFlags()).contains(ReviewFlag.LAWFUL_RESTORATION_AFTER_KNOWLEDGE);
    }

    @Test
    void content_down_at_knowledge_and_never_back_is_not_charged_and_a_later_end_given_by_the_caller_is_flagged() {
        CaseSketch s = knew("2023-01-10T09:00:00+08:00");
        s.selfInitiatedMeasureAt = CaseSketch.at("2023-01-05T09:00:00+08:00");
        Classification derivedEnd = s.classify();
        assertThat(derivedEnd.liability()).isEqualTo(Liability.NONE);
        assertThat(derivedEnd.reviewFlags()).doesNotContain(ReviewFlag.TIMELINE_CONTRADICTS_CONDUCT_END);

        s.conductEndDate = CaseSketch.at("2023-03-31");
        Classification givenEnd = s.classify();
        assertThat(givenEnd.liability()).isEqualTo(Liability.NONE);
        assertThat(givenEnd.reasons()).contains(Reason.CONTENT_ALREADY_DOWN_AT_KNOWLEDGE);
        assertThat(givenEnd.reviewFlags()).contains(ReviewFlag.TIMELINE_CONTRADICTS_CONDUCT_END);
    }

    @Test
    void the_callers_knowledge_at_the_outset_has_no_window_and_a_bare_date_on_the_upload_day_has_the_band() {
        CaseSketch before = knew("2022-12-31");
        before.selfInitiatedMeasureAt = CaseSketch.at("2023-01-01T02:00:00+08:00");
        Classification outset = before.classify();
        assertThat(outset.jointScope()).isEqualTo(JointScope.WHOLE_DAMAGE);
        assertThat(outset.liablePeriods()).isEmpty();
        assertThat(outset.reasons()).contains(Reason.KNOWLEDGE_NO_REACTION_WINDOW);

        CaseSketch sameDay = knew("2023-01-01");
        sameDay.selfInitiatedMeasureAt = CaseSketch.at("2023-01-01T02:00:00+08:00");
        assertThat(sameDay.classify().liability()).isEqualTo(Liability.NONE);

        // the band on the conduct day, missed: the first window on the upload day gives the whole damage (scope)
        sameDay.selfInitiatedMeasureAt = CaseSketch.at("2023-01-05T02:00:00+08:00");
        Classification missed = sameDay.classify();
        assertThat(missed.jointScope()).isEqualTo(JointScope.WHOLE_DAMAGE);
    }

    @Test
    void knowledge_from_the_providers_own_review_has_no_window_unless_the_review_came_after_the_knowledge() {
        CaseSketch s = knew("2023-01-10T09:00:00+08:00");
        s.indicators = new Indicators(null, null, true, null, null, null, null, null, null, null, null);
        s.selfInitiatedMeasureAt = CaseSketch.at("2023-01-10T11:00:00+08:00");
        Classification own = s.classify();
        assertThat(own.rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        assertThat(own.jointScope()).isEqualTo(JointScope.SINCE_KNOWLEDGE);
        assertThat(own.liablePeriods()).containsExactly(
                new LiablePeriod(at("2023-01-10T09:00:00+08:00"), at("2023-01-10T11:00:00+08:00")));

        s.indicatorsSince = CaseSketch.at("2023-01-12T09:00:00+08:00");
        assertThat(s.classify().liability()).isEqualTo(Liability.NONE);
    }

    @Test
    void a_re_upload_by_the_same_user_after_a_valid_takedown_derives_repeat_knowledge_for_every_right_type() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.TRADEMARK).conduct("2023-01-01")
                .notice(received("2023-01-02T09:00:00+08:00").forwarded("2023-01-02T10:00:00+08:00")
                        .removed("2023-01-02T12:00:00+08:00"))
                .notice(received("2023-02-20T09:00:00+08:00").reappeared("2023-02-01T09:00:00+08:00", true)
                        .forwarded("2023-02-20T10:00:00+08:00").removed("2023-02-20T12:00:00+08:00"));
        Classification c = s.classify();
        assertThat(c.effectiveKnowledge()).isEqualTo(Knowledge.SHOULD_HAVE_KNOWN);
        assertThat(c.knowledgeFrom()).isEqualTo(at("2023-02-01T09:00:00+08:00"));
        assertThat(c.rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
        assertThat(c.liablePeriods()).containsExactly(
                new LiablePeriod(at("2023-02-03T09:00:00+08:00"), at("2023-02-20T12:00:00+08:00")));
        assertThat(c.assumptions()).extracting(Assumption::code).contains(AssumptionCode.REPEAT_DERIVED);
        assertThat(c.reviewFlags()).contains(ReviewFlag.INFERRED_KNOWLEDGE, ReviewFlag.MEASURE_ADEQUACY_NEEDS_REVIEW);

        // by another or an unknown user: nothing is derived for a trademark, the second notice is judged alone
        s.notices.set(1, received("2023-02-20T09:00:00+08:00").reappeared("2023-02-01T09:00:00+08:00", false)
                .forwarded("2023-02-20T10:00:00+08:00").removed("2023-02-20T12:00:00+08:00").build());
        Classification other = s.classify();
        assertThat(other.liability()).isEqualTo(Liability.NONE);
        assertThat(other.certainty()).isEqualTo(Certainty.DETERMINED);
    }

    @Test
    void a_re_upload_of_a_hot_work_by_an_unknown_user_makes_knowledge_contested() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2023-01-01")
                .notice(received("2023-01-02T09:00:00+08:00").forwarded("2023-01-02T10:00:00+08:00")
                        .removed("2023-01-02T12:00:00+08:00"))
                .notice(received("2023-02-20T09:00:00+08:00").reappeared("2023-02-01T09:00:00+08:00", false)
                        .forwarded("2023-02-20T10:00:00+08:00").removed("2023-02-20T12:00:00+08:00"));
        s.indicators = new Indicators(null, null, null, null, true, null, null, null, null, null, null);
        Classification c = s.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.contested()).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo(ContestedQuestion.KNOWLEDGE_FROM_INDICATORS);
            assertThat(q.subject()).isEqualTo("noticeHistory[1]");
        });
        assertThat(c.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.outcome().rule()).isEqualTo(Rule.KNOWLEDGE_RULE);
            assertThat(a.outcome().jointScope()).isEqualTo(JointScope.SINCE_KNOWLEDGE);
        });
    }
}
