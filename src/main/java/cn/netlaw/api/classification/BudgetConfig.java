package cn.netlaw.api.classification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import cn.netlaw.api.problem.Ranges.DurationMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How much work one request may spend beyond its headline answers, under {@code liability.budget.*}
 * (docs/operations.md#limits): Step 12's re-runs for the open questions, the evaluations of changed requests for
 * {@code ?include=counterfactuals}, and the wall time a request may spend on either. When a budget ends the
 * exploration, the answer says so ({@code exploration}, certainty {@code UNDETERMINED} where no explored question is
 * contested); the headline classification itself is always made. Environment-variable forms as usual, e.g.
 * {@code LIABILITY_BUDGET_WALL_TIME=3s}.
 */
@ConfigMapping(prefix = "liability.budget")
public interface BudgetConfig {

    /** Re-runs of the whole procedure Step 12 may make for one decision (one per open question, and two more). */
    @WithDefault("64")
    @Min(0)
    int alternativeEvaluations();

    /** Evaluations of changed requests one decision's counterfactuals may make. */
    @WithDefault("400")
    @Min(0)
    int counterfactualEvaluations();

    /**
     * Wall time from the start of a request after which no more exploration is started for it (a batch shares one);
     * the headline classifications still made after it cost time linear in the body.
     */
    @WithDefault("5s")
    @DurationMin(millis = 0, message = "must not be negative")
    Duration wallTime();
}
