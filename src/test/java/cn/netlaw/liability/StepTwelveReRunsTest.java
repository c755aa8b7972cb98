package cn.netlaw.liability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.CaseReader;
import cn.netlaw.generative.CaseGenerator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Step 12's re-runs are made only for their outcome and start from the presumptive run's notice findings: a run that
 * skips the explanation, the citations, Step 11 and the transitional articles, and in Step 9 builds only the liable
 * periods. For every question the presumptive run raises, alone and all together, on cases drawn at random
 * ({@link CaseGenerator}, a fixed seed), such a re-run must give exactly the outcome of the whole procedure run afresh
 * under the same readings, including where the flip does not change the outcome (a re-run that wrongly agreed with
 * the headline would hide a contested question, which no alternative would reveal).
 */
class StepTwelveReRunsTest {

    private static final int CASES = 20_000;
    private static final long SEED = 20261205L;

    private final Clock clock = Clock.fixed(CaseGenerator.CLOCK, ZoneOffset.UTC);
    private final Policy policy = Policy.defaults();
    private final LiabilityEngine engine = new LiabilityEngine(policy, clock);
    private final CaseReader reader = new CaseReader();

    @Test
    void a_re_run_for_the_outcome_gives_the_outcome_of_the_whole_procedure_under_the_same_readings() {
        CaseGenerator generator = new CaseGenerator(SEED);
        List<String> broken = new ArrayList<>();
        int flips = 0;
        int changed = 0;
        for (int i = 0; i < CASES && broken.size() < 10; i++) {
            if (!(reader.read(generator.next()) instanceof CaseReader.Facts read)) {
                continue;
            }
            CaseFacts facts = read.facts();
            Decision head = new Decision(true, Readings.PRESUMPTIVE);
            NormalCase c = new Normaliser(head, List.of()).normalise(facts, clock.instant()).normalCase();
            if (c == null) {
                continue;
            }
            LiabilityEngine.run(c, head, policy);
            if (!LiabilityEngine.contestable(head)) {
                continue;
            }
            List<AssumedReading> all = new ArrayList<>();
            for (ContestedPoint q : head.raised.values()) {
                AssumedReading flip = new AssumedReading(q.question(), q.subject(), q.alternative());
                all.add(flip);
                flips++;
                Outcome reRun = LiabilityEngine.outcome(c, head, policy, List.of(flip));
                Outcome afresh = afresh(facts, List.of(flip));
                if (!reRun.equals(afresh)) {
                    broken.add("case " + i + ", " + flip + ": re-run " + reRun + ", afresh " + afresh);
                }
                if (!afresh.equals(head.outcome())) {
                    changed++;
                }
            }
            if (all.size() >= 2) {
                Outcome reRun = LiabilityEngine.outcome(c, head, policy, all);
                Outcome afresh = afresh(facts, all);
                if (!reRun.equals(afresh)) {
                    broken.add("case " + i + ", all of " + all + ": re-run " + reRun + ", afresh " + afresh);
                }
            }
        }
        assertThat(broken).isEmpty();
        // the drawn cases reach Step 12 often, and some flips change the outcome (else the comparison proves little)
        assertThat(flips).isGreaterThan(1_000);
        assertThat(changed).isGreaterThan(100);
    }

    private Outcome afresh(CaseFacts facts, List<AssumedReading> readings) {
        return ((Classification) engine.evaluate(facts, policy, List.of(), true, readings)).outcome();
    }
}
