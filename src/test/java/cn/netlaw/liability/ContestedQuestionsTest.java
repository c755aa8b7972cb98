package cn.netlaw.liability;

import static cn.netlaw.liability.CaseSketch.NoticeSketch.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Step 12 — questions the law leaves open: the headline is the presumptive reading; a question is contested only when
 * its flip alone changes the outcome; alternatives are exact re-runs (single flips, then all together), without
 * duplicates, at most eight; a question raised only under another reading is not explored (a stated limit).
 */
class ContestedQuestionsTest {

    private static Instant at(String s) {
        return Moment.parse(s).instant();
    }

    /** A copyright notice removed {@code hours} after receipt (HOST 24 h / 72 h). */
    private static CaseSketch.NoticeSketch removedAfter(String received, int hours) {
        return received(received).forwarded(received)
                .removed(Moment.render(at(received).plusSeconds(hours * 3600L)));
    }

    @Test
    void two_questions_give_one_alternative_each_and_one_with_both_flipped() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2023-01-01")
                .notice(removedAfter("2023-02-01T09:00:00+08:00", 30))
                .notice(received("2023-03-01T09:00:00+08:00").reappeared("2023-03-01T08:00:00+08:00", false)
                        .forwarded("2023-03-01T09:00:00+08:00").removed("2023-03-02T19:00:00+08:00"));
        Classification c = s.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.certainty()).isEqualTo(Certainty.CONTESTED);
        assertThat(c.contested()).extracting(ContestedPoint::subject)
                .containsExactly("noticeHistory[0]", "noticeHistory[1]");
        assertThat(c.alternatives()).hasSize(3);
        assertThat(c.alternatives().get(2).assuming()).hasSize(2);
        assertThat(c.alternatives().get(2).outcome().liablePeriods()).containsExactly(
                new LiablePeriod(at("2023-02-02T09:00:00+08:00"), at("2023-02-02T15:00:00+08:00")),
                new LiablePeriod(at("2023-03-02T09:00:00+08:00"), at("2023-03-02T19:00:00+08:00")));
        for (Alternative a : c.alternatives()) {
            assertThat(a.outcome()).isNotEqualTo(c.outcome());
            Classification forced = (Classification) CaseSketch.engine(Policy.defaults())
                    .evaluate(s.build(), Policy.defaults(), List.of(), false, a.assuming());
            assertThat(forced.outcome()).isEqualTo(a.outcome());
        }
    }

    @Test
    void at_most_eight_alternatives_fewest_flips_first() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2023-01-01");
        for (int i = 0; i < 9; i++) {
            String day = String.format("2023-%02d-01T09:00:00+08:00", i + 2);
            String back = String.format("2023-%02d-01T08:00:00+08:00", i + 2);
            s.notice(received(day).reappeared(back, false).forwarded(day)
                    .removed(Moment.render(at(day).plusSeconds(30 * 3600L))));
        }
        Classification c = s.classify();
        assertThat(c.contested()).hasSize(9);
        assertThat(c.alternatives()).hasSize(LiabilityEngine.MAX_ALTERNATIVES)
                .allSatisfy(a -> assertThat(a.assuming()).hasSize(1));
    }

    @Test
    void a_question_that_changes_nothing_is_not_contested() {
        // a patent notice forwarded in time and removed a day later: whether forwarding sufficed changes nothing
        Classification c = CaseSketch.of(Role.STORAGE, RightType.PATENT).conduct("2023-01-01")
                .notice(received("2023-02-01T09:00:00+08:00").forwarded("2023-02-01T10:00:00+08:00")
                        .removed("2023-02-02T09:00:00+08:00"))
                .classify();
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);
        assertThat(c.contested()).isEmpty();
        assertThat(c.alternatives()).isEmpty();
    }

    @Test
    void whether_forwarding_a_patent_notice_sufficed_is_contested_when_the_measure_came_late() {
        Classification c = CaseSketch.of(Role.STORAGE, RightType.PATENT).conduct("2023-01-01")
                .notice(received("2023-02-01T09:00:00+08:00").forwarded("2023-02-01T10:00:00+08:00")
                        .removed("2023-02-20T09:00:00+08:00"))
                .classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.contested()).extracting(ContestedPoint::question)
                .containsExactly(ContestedQuestion.PATENT_MEASURE);
        assertThat(c.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.assuming()).containsExactly(new AssumedReading(ContestedQuestion.PATENT_MEASURE,
                    "noticeHistory[0]", Reading.MEASURE_REQUIRED));
            assertThat(a.outcome().liablePeriods()).containsExactly(
                    new LiablePeriod(at("2023-02-04T09:00:00+08:00"), at("2023-02-20T09:00:00+08:00")));
        });
    }

    @Test
    void notice_content_not_stated_is_read_invalid_and_its_pending_deadlines_still_count_as_if_valid() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2025-06-01");
        CaseSketch.NoticeSketch bare = received("2025-06-30T09:00:00+08:00");
        bare.identity = null;
        bare.evidence = null;
        bare.locates = null;
        Classification c = s.notice(bare).classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        assertThat(c.reasons()).contains(Reason.NOTICE_INVALID_CONTENT_NOT_SHOWN);
        assertThat(c.reviewFlags()).contains(ReviewFlag.NOTICE_CONTENT_NOT_STATED);
        assertThat(c.assumptions()).contains(new Assumption(AssumptionCode.NOTICE_CONTENT_ASSUMED,
                "noticeHistory[0]: includesIdentity,includesPreliminaryEvidence,locatesContent"));
        // the platform acts on it while its content is checked: the measure's prompt deadline is actBy
        assertThat(c.actBy()).isEqualTo(at("2025-07-01T09:00:00+08:00"));
        assertThat(c.clearlyLateAt()).isEqualTo(at("2025-07-03T09:00:00+08:00"));
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);
    }

    /** A removal {@code hours} after receipt of a notice whose identity is not stated, in a copyright case. */
    private static CaseSketch withoutIdentity(int hours) {
        CaseSketch.NoticeSketch bare = removedAfter("2023-02-01T09:00:00+08:00", hours);
        bare.identity = null;
        return CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2023-01-01").notice(bare);
    }

    /** The case decided afresh under the given readings. */
    private static Classification under(CaseSketch s, AssumedReading... readings) {
        return (Classification) CaseSketch.engine(Policy.defaults()).evaluate(s.build(), Policy.defaults(), List.of(),
                false, List.of(readings));
    }

    @Test
    void a_content_question_read_as_the_inline_run_reads_it_takes_that_runs_outcome_and_counts_as_a_re_run() {
        // removed ten days after receipt: invalid, no liability; valid, late under the notice rule
        CaseSketch s = withoutIdentity(240);
        Classification c = s.classify();
        assertThat(c.liability()).isEqualTo(Liability.NONE);
        AssumedReading valid = new AssumedReading(ContestedQuestion.NOTICE_CONTENT, "noticeHistory[0]", Reading.VALID);
        Classification afresh = under(s, valid);
        assertThat(afresh.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(c.contested()).singleElement()
                .satisfies(q -> assertThat(q.question()).isEqualTo(ContestedQuestion.NOTICE_CONTENT));
        assertThat(c.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.assuming()).containsExactly(valid);
            assertThat(a.outcome()).isEqualTo(afresh.outcome());
        });
        // the run for the pending duties and the flip: two re-runs counted, one of them made
        assertThat(c.exploration()).isEqualTo(new Exploration(1, 1, 2, null));
    }

    @Test
    void a_question_raised_only_under_another_reading_is_not_explored() {
        // removed between the bounds: NOTICE_CONTENT alone changes nothing, and TIMELINESS arises only under VALID
        // (docs/procedure.md#step-12)
        CaseSketch s = withoutIdentity(30);
        assertThat(s.classify().certainty()).isEqualTo(Certainty.DETERMINED);
        Classification both = under(s,
                new AssumedReading(ContestedQuestion.NOTICE_CONTENT, "noticeHistory[0]", Reading.VALID),
                new AssumedReading(ContestedQuestion.TIMELINESS, "noticeHistory[0]", Reading.LATE));
        assertThat(both.rule()).isEqualTo(Rule.NOTICE_RULE);
    }

    @Test
    void a_civil_code_personality_notice_with_reasons_and_no_separate_evidence_is_presumed_valid() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2023-01-01");
        CaseSketch.NoticeSketch reasons = received("2023-02-01T09:00:00+08:00").forwarded("2023-02-01T09:00:00+08:00");
        reasons.evidence = false;
        reasons.reason = true;
        Classification c = s.notice(reasons).classify();
        assertThat(c.rule()).isEqualTo(Rule.NOTICE_RULE);
        assertThat(c.reviewFlags()).contains(ReviewFlag.NOTICE_EVIDENCE_NEEDS_REVIEW);
        assertThat(c.contested()).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo(ContestedQuestion.NOTICE_CONTENT);
            assertThat(q.presumptive()).isEqualTo(Reading.VALID);
            assertThat(q.alternative()).isEqualTo(Reading.INVALID);
        });
        assertThat(c.alternatives()).singleElement()
                .satisfies(a -> assertThat(a.outcome().liability()).isEqualTo(Liability.NONE));
    }

    @Test
    void step_one_and_step_four_are_always_determined() {
        CaseSketch direct = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2023-01-01")
                .notice(removedAfter("2023-02-01T09:00:00+08:00", 30));
        direct.participates = true;
        Classification c = direct.classify();
        assertThat(c.rule()).isEqualTo(Rule.DIRECT_INFRINGEMENT);
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);
        assertThat(c.actBy()).isNull();
    }
}
