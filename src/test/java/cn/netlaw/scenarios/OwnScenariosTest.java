package cn.netlaw.scenarios;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's own scenarios ({@code cases-own.json}): the branches, defaults, validation rules and period
 * computations of the procedure (docs/procedure.md) that the public file does not reach, each with a rationale quoting
 * the step it rests on. Judged exactly like the public scenarios (docs/scenarios.md#judging).
 */
class OwnScenariosTest {

    @TestFactory
    Stream<DynamicTest> every_own_scenario_is_classified_as_the_specification_requires() {
        return ScenarioFile.load("/scenarios/cases-own.json").tests();
    }
}
