package cn.netlaw.liability;

import static cn.netlaw.liability.CaseSketch.NoticeSketch.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Step 12 within a budget: every re-run is drawn from it; where it says no, the exploration ends, the result says how
 * far it got and why, and the headline never claims more certainty than the questions explored support.
 */
class ExplorationBudgetTest {

    private static Instant at(String s) {
        return Moment.parse(s).instant();
    }

    /** {@code n} notices, each removed 30 h after receipt of content back by the same user: n contested questions. */
    private static CaseSketch contested(int n) {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2023-01-01");
        for (int i = 0; i < n; i++) {
            Instant day = at("2023-02-01T09:00:00+08:00").plusSeconds(i * 2L * 86400);
            String received = Moment.render(day);
            s.notice(received(received).reappeared(Moment.render(day.minusSeconds(3600)), false).forwarded(received)
                    .removed(Moment.render(day.plusSeconds(30 * 3600L))));
        }
        return s;
    }

    private static Classification evaluate(CaseSketch s, Budget budget) {
        return (Classification) CaseSketch.engine(Policy.defaults())
                .evaluate(s.build(), Policy.defaults(), List.of(), true, budget);
    }

    @Test
    void an_unlimited_budget_explores_every_question_and_says_so() {
        Classification c = evaluate(contested(3), Budget.of(Integer.MAX_VALUE));
        assertThat(c.certainty()).isEqualTo(Certainty.CONTESTED);
        assertThat(c.exploration()).isEqualTo(new Exploration(3, 3, 4, null));
        assertThat(c.exploration().complete()).isTrue();
        assertThat(c.reasons()).doesNotContain(Reason.EXPLORATION_CUT_SHORT);
        assertThat(c).isEqualTo(contested(3).classify());
    }

    @Test
    void a_budget_of_none_decides_the_headline_alone_and_claims_no_certainty() {
        Classification full = evaluate(contested(3), Budget.of(Integer.MAX_VALUE));
        Classification none = evaluate(contested(3), Budget.of(0));
        assertThat(none.outcome()).isEqualTo(full.outcome());
        assertThat(none.certainty()).isEqualTo(Certainty.UNDETERMINED);
        assertThat(none.contested()).isEmpty();
        assertThat(none.alternatives()).isEmpty();
        assertThat(none.exploration()).isEqualTo(new Exploration(3, 0, 0, Budget.Cut.EVALUATION_BUDGET));
        assertThat(none.reasons()).contains(Reason.EXPLORATION_CUT_SHORT);
        assertThat(none.explanation()).anySatisfy(step -> {
            assertThat(step.step()).isEqualTo(Step.CONTESTED_QUESTIONS);
            assertThat(step.reason()).isEqualTo(Reason.EXPLORATION_CUT_SHORT);
            assertThat(step.values()).containsEntry("raised", "3").containsEntry("explored", "0")
                    .containsEntry("cutBy", "EVALUATION_BUDGET");
        });
    }

    @Test
    void a_budget_cut_after_a_contested_question_keeps_it_contested_and_says_how_far_it_got() {
        Classification c = evaluate(contested(3), Budget.of(2));
        assertThat(c.certainty()).isEqualTo(Certainty.CONTESTED);
        assertThat(c.contested()).extracting(ContestedPoint::subject)
                .containsExactly("noticeHistory[0]", "noticeHistory[1]");
        assertThat(c.alternatives()).allSatisfy(a -> assertThat(a.assuming()).hasSize(1));
        assertThat(c.exploration()).isEqualTo(new Exploration(3, 2, 2, Budget.Cut.EVALUATION_BUDGET));
    }

    @Test
    void a_budget_that_flips_every_question_but_not_their_combination_is_not_complete() {
        Classification c = evaluate(contested(3), Budget.of(3));
        assertThat(c.certainty()).isEqualTo(Certainty.CONTESTED);
        assertThat(c.contested()).hasSize(3);
        assertThat(c.alternatives()).allSatisfy(a -> assertThat(a.assuming()).hasSize(1));
        assertThat(c.exploration()).isEqualTo(new Exploration(3, 3, 3, Budget.Cut.EVALUATION_BUDGET));
        assertThat(c.exploration().complete()).isFalse();
    }

    @Test
    void a_stop_signal_ends_the_exploration_with_its_reason() {
        AtomicInteger asked = new AtomicInteger();
        Budget budget = new Budget(100, () -> asked.incrementAndGet() > 1 ? Budget.Cut.TIME_BUDGET : null);
        Classification c = evaluate(contested(3), budget);
        assertThat(c.exploration()).isEqualTo(new Exploration(3, 1, 1, Budget.Cut.TIME_BUDGET));
        assertThat(c.certainty()).isEqualTo(Certainty.CONTESTED);
    }

    @Test
    void the_re_runs_never_exceed_the_budget_however_many_notices_raise_a_question() {
        for (int n : new int[] {20, 100, 400}) {
            Budget budget = Budget.of(16);
            Classification c = evaluate(contested(n), budget);
            assertThat(budget.spent()).as("%s notices", n).isEqualTo(16);
            assertThat(c.exploration().questionsRaised()).isEqualTo(n);
            assertThat(c.exploration().questionsExplored()).isEqualTo(16);
            assertThat(c.exploration().cutBy()).isEqualTo(Budget.Cut.EVALUATION_BUDGET);
        }
    }

    @Test
    void a_decision_without_open_questions_spends_nothing_and_is_complete() {
        Classification c = evaluate(CaseSketch.of(Role.STORAGE, RightType.COPYRIGHT).conduct("2023-01-01"),
                Budget.of(0));
        assertThat(c.certainty()).isEqualTo(Certainty.DETERMINED);
        assertThat(c.exploration()).isEqualTo(Exploration.NONE);
    }

    @Test
    void the_exploration_record_refuses_a_complete_exploration_that_left_questions_unflipped() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Exploration(3, 2, 2, null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Budget.of(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
