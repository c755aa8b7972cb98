package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.netlaw.liability.Budget;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A request's budgets: evaluations per decision, one deadline per request, the client gone, the service stopping. */
class BudgetsTest {

    private static BudgetConfig config(int alternatives, int counterfactuals, Duration wallTime) {
        return new io.smallrye.config.SmallRyeConfigBuilder()
                .withConverter(Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
                .withSources(new io.smallrye.config.PropertiesConfigSource(java.util.Map.of(
                        "liability.budget.alternative-evaluations", Integer.toString(alternatives),
                        "liability.budget.counterfactual-evaluations", Integer.toString(counterfactuals),
                        "liability.budget.wall-time", wallTime.toMillis() + "ms"), "test", 250))
                .withMapping(BudgetConfig.class).build().getConfigMapping(BudgetConfig.class);
    }

    @Test
    void each_decision_draws_fresh_budgets_of_the_configured_size() {
        Budgets.Request request = new Budgets(config(2, 3, Duration.ofMinutes(1)), () -> false).start(() -> false);
        Budget alternatives = request.alternatives();
        assertThat(alternatives.spend()).isTrue();
        assertThat(alternatives.spend()).isTrue();
        assertThat(alternatives.spend()).isFalse();
        assertThat(alternatives.cut()).isEqualTo(Budget.Cut.EVALUATION_BUDGET);
        Budget counterfactuals = request.counterfactuals();
        for (int i = 0; i < 3; i++) {
            assertThat(counterfactuals.spend()).isTrue();
        }
        assertThat(counterfactuals.spend()).isFalse();
        assertThat(request.alternatives().spend()).as("the next decision's budget is fresh").isTrue();
    }

    @Test
    void past_the_wall_time_no_more_exploration_starts() {
        Budgets.Request request = new Budgets(config(100, 100, Duration.ZERO), () -> false).start(() -> false);
        Budget budget = request.alternatives();
        assertThat(budget.spend()).isFalse();
        assertThat(budget.cut()).isEqualTo(Budget.Cut.TIME_BUDGET);
    }

    @Test
    void when_the_client_has_gone_nothing_more_is_explored() {
        AtomicBoolean gone = new AtomicBoolean();
        Budgets.Request request = new Budgets(config(100, 100, Duration.ofMinutes(1)), () -> false).start(gone::get);
        Budget budget = request.counterfactuals();
        assertThat(budget.spend()).isTrue();
        gone.set(true);
        assertThat(request.clientGone()).isTrue();
        assertThat(budget.spend()).isFalse();
        assertThat(budget.cut()).isEqualTo(Budget.Cut.CLIENT_GONE);
    }

    @Test
    void once_shutdown_has_begun_requests_in_flight_stop_exploring() {
        AtomicBoolean draining = new AtomicBoolean();
        Budgets budgets = new Budgets(config(100, 100, Duration.ofMinutes(1)), draining::get);
        Budgets.Request request = budgets.start(() -> false);
        Budget budget = request.alternatives();
        assertThat(budget.spend()).isTrue();
        draining.set(true);
        assertThat(budgets.stopping()).isTrue();
        assertThat(budget.spend()).isFalse();
        assertThat(budget.cut()).isEqualTo(Budget.Cut.SHUTDOWN);
    }

    @Test
    void a_negative_budget_is_refused_at_start() {
        assertThatThrownBy(() -> new Budgets(config(-1, 0, Duration.ZERO), () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alternative-evaluations=-1");
    }
}
