package cn.netlaw.api.classification;

import cn.netlaw.api.operations.Drain;
import cn.netlaw.liability.Budget;
import jakarta.inject.Singleton;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The exploration budgets of each request ({@link BudgetConfig}): a request gets one {@link Request}, whose deadline
 * is its start plus {@code liability.budget.wall-time}; each decision in it draws a fresh {@link Budget} for Step 12
 * and one for its counterfactuals, both stopped early when the deadline passes, when the client has gone, or once the
 * service has begun to shut down ({@link Drain#draining()}, from SIGTERM: requests in flight then finish with their
 * headline answers and say that the exploration was cut short, instead of holding the shutdown).
 */
@Singleton
public class Budgets {

    private final BudgetConfig config;
    private final BooleanSupplier stopping;

    @jakarta.inject.Inject
    Budgets(BudgetConfig config, Drain drain) {
        this(config, drain::draining);
    }

    /** {@code stopping} says whether the service has begun to shut down. */
    Budgets(BudgetConfig config, BooleanSupplier stopping) {
        if (config.alternativeEvaluations() < 0 || config.counterfactualEvaluations() < 0
                || config.wallTime().isNegative()) {
            throw new IllegalArgumentException("liability.budget.* must not be negative: alternative-evaluations="
                    + config.alternativeEvaluations() + ", counterfactual-evaluations="
                    + config.counterfactualEvaluations() + ", wall-time=" + config.wallTime());
        }
        this.config = config;
        this.stopping = stopping;
    }

    /** The budgets of a request starting now; {@code clientGone} says whether its connection has closed. */
    Request start(BooleanSupplier clientGone) {
        long deadline = System.nanoTime() + Math.min(config.wallTime().toNanos(), Long.MAX_VALUE / 4);
        return new Request(deadline, clientGone);
    }

    /** Whether the service has begun to shut down. */
    boolean stopping() {
        return stopping.getAsBoolean();
    }

    /** One request's budgets. */
    final class Request {
        private final long deadline;
        private final BooleanSupplier clientGone;
        private final Supplier<Budget.Cut> stop;

        private Request(long deadline, BooleanSupplier clientGone) {
            this.deadline = deadline;
            this.clientGone = clientGone;
            this.stop = this::stopNow;
        }

        /** A fresh budget for one decision's Step 12. */
        Budget alternatives() {
            return new Budget(config.alternativeEvaluations(), stop);
        }

        /** A fresh budget for one decision's counterfactuals. */
        Budget counterfactuals() {
            return new Budget(config.counterfactualEvaluations(), stop);
        }

        /** Whether nobody will read the answer: the client has closed its connection. */
        boolean clientGone() {
            return clientGone.getAsBoolean();
        }

        private Budget.Cut stopNow() {
            if (stopping.getAsBoolean()) {
                return Budget.Cut.SHUTDOWN;
            }
            if (clientGone.getAsBoolean()) {
                return Budget.Cut.CLIENT_GONE;
            }
            return System.nanoTime() - deadline > 0 ? Budget.Cut.TIME_BUDGET : null;
        }
    }
}
