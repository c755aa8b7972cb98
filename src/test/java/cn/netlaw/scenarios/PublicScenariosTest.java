package cn.netlaw.scenarios;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The public scenarios of the specification ({@code cases-public.json}, copied from the shared law folder), each
 * judged as docs/scenarios.md#judging prescribes, with the clock at the file's {@code evaluationClock}. Where a
 * scenario departs from the statute, {@code scenario-deviations.md} says so.
 */
class PublicScenariosTest {

    @TestFactory
    Stream<DynamicTest> every_public_scenario_is_classified_as_the_specification_expects() {
        return ScenarioFile.load("/scenarios/cases-public.json").tests();
    }
}
