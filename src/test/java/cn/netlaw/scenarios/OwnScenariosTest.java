package cn.netlaw.scenarios;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * The project's own scenarios ({@code cases-own.json}): the branches, defaults, validation rules and period
 * computations of decision-spec 2.3 that the public file does not reach, each with a rationale quoting the step it
 * rests on. Judged exactly like the public scenarios (§10).
 */
class OwnScenariosTest {

    @TestFactory
    Stream<DynamicTest> every_own_scenario_is_classified_as_the_specification_requires() {
        return ScenarioFile.load("/scenarios/cases-own.json").tests();
    }
}
