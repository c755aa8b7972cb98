package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.liability.Band;
import cn.netlaw.liability.BandRight;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.TimelinessClass;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesetTest {

    private static Policy withHolidays(Set<LocalDate> holidays) {
        Policy d = Policy.defaults();
        return new Policy(d.bands(), d.largeBatchItems(), d.largeBatchMultiplier(), d.counterNoticeDays(),
                d.maxExcludedDelayWorkingDays(), d.tllKnowledgeIncludesShouldHaveKnown(), holidays,
                d.adjustedWorkingDays(), d.conduitNoticeDutyBeforeCivilCode(), d.limitationYears());
    }

    @Test
    void the_version_is_the_specification_version_and_six_hex_digits_of_the_policy_hash() {
        assertThat(Ruleset.SPEC_VERSION).isEqualTo("3.0");
        assertThat(Ruleset.of(Policy.defaults()).version()).matches("3\\.0/[0-9a-f]{6}");
        assertThat(Ruleset.of(Policy.defaults())).isEqualTo(Ruleset.of(Policy.defaults()));
    }

    @Test
    void the_canonical_rendering_names_every_policy_value_in_name_order() {
        String canonical = Ruleset.canonical(Policy.defaults());
        List<String> names = Arrays.stream(Policy.class.getRecordComponents()).map(RecordComponent::getName).sorted().toList();
        assertThat(canonical.lines().map(line -> line.substring(0, line.indexOf('='))).toList()).isEqualTo(names);
        assertThat(canonical).contains("bands={CONDUIT:{COPYRIGHT:24/72,", "HOST:{COPYRIGHT:24/72,",
                "LIVE:{COPYRIGHT:0.5/2,", "conduitNoticeDutyBeforeCivilCode=false");
    }

    @Test
    void a_band_that_differs_in_one_bound_has_another_version() {
        Policy d = Policy.defaults();
        Map<TimelinessClass, Map<BandRight, Band>> bands = Policy.defaultBands();
        bands.get(TimelinessClass.HOST).put(BandRight.COPYRIGHT, new Band(24, 96));
        Policy longerLate = new Policy(bands, d.largeBatchItems(), d.largeBatchMultiplier(), d.counterNoticeDays(),
                d.maxExcludedDelayWorkingDays(), d.tllKnowledgeIncludesShouldHaveKnown(), d.holidays(),
                d.adjustedWorkingDays(), d.conduitNoticeDutyBeforeCivilCode(), d.limitationYears());
        assertThat(Ruleset.canonical(longerLate)).contains("HOST:{COPYRIGHT:24/96,");
        assertThat(Ruleset.of(longerLate)).isNotEqualTo(Ruleset.of(d));
    }

    @Test
    void another_policy_has_another_version_whatever_the_order_of_its_dates() {
        Set<LocalDate> forward = new LinkedHashSet<>(List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2)));
        Set<LocalDate> backward = new LinkedHashSet<>(List.of(LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 1)));
        assertThat(Ruleset.of(withHolidays(forward))).isEqualTo(Ruleset.of(withHolidays(backward)));
        assertThat(Ruleset.of(withHolidays(forward))).isNotEqualTo(Ruleset.of(Policy.defaults()));
    }
}
