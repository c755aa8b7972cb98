package cn.netlaw.liability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/procedure.md#periods: Civil Code 201/203, E-Commerce Law 43(2), SPC Reply Art 3. */
class CounterNoticePeriodTest {

    private static NormalCase caseOf(RightType rightType) {
        CaseSketch s = CaseSketch.of(Role.STORAGE, rightType).conduct("2022-01-01");
        Decision d = new Decision();
        return new Normaliser(d, java.util.List.of()).normalise(s.build(), Instant.parse("2025-06-30T04:00:00Z")).normalCase();
    }

    private static Instant at(String s) {
        return Moment.parse(s).instant();
    }

    @Test
    void the_arrival_day_is_not_counted_and_the_period_ends_at_midnight_after_its_last_day() {
        // arrival Sunday 2022-04-03; +15 days = Monday 2022-04-18; end = 2022-04-19 00:00
        CounterNoticePeriod p = CounterNoticePeriod.from(at("2022-04-03T12:00:00+08:00"), false,
                caseOf(RightType.PERSONALITY), 0, Policy.defaults());
        assertThat(p.end()).isEqualTo(at("2022-04-19T00:00:00+08:00"));
        assertThat(p.ids()).containsExactly(Provision.CIVIL_CODE_201, Provision.CIVIL_CODE_203);
    }

    @Test
    void a_last_day_on_a_weekend_moves_to_the_next_working_day() {
        // arrival Friday 2022-06-03; +15 = Saturday 2022-06-18 -> Monday 2022-06-20; end = 2022-06-21 00:00
        CounterNoticePeriod p = CounterNoticePeriod.from(at("2022-06-03T09:00:00+08:00"), false,
                caseOf(RightType.PERSONALITY), 0, Policy.defaults());
        assertThat(p.end()).isEqualTo(at("2022-06-21T00:00:00+08:00"));
    }

    @Test
    void configured_holidays_are_rest_days_and_adjusted_working_days_are_not() {
        Policy d = Policy.defaults();
        Policy holidays = new Policy(d.bands(), 100, 3, 15, 20, true,
                Set.of(LocalDate.of(2022, 6, 20)), Set.of(), true, 3);
        CounterNoticePeriod p = CounterNoticePeriod.from(at("2022-06-03T09:00:00+08:00"), false,
                caseOf(RightType.PERSONALITY), 0, holidays);
        assertThat(p.end()).isEqualTo(at("2022-06-22T00:00:00+08:00"));
        Policy adjusted = new Policy(d.bands(), 100, 3, 15, 20, true, Set.of(),
                Set.of(LocalDate.of(2022, 6, 18)), true, 3);
        CounterNoticePeriod q = CounterNoticePeriod.from(at("2022-06-03T09:00:00+08:00"), false,
                caseOf(RightType.PERSONALITY), 0, adjusted);
        assertThat(q.end()).isEqualTo(at("2022-06-19T00:00:00+08:00"));
    }

    @Test
    void excluded_delay_under_the_spc_reply_adds_working_days_for_ip_capped_by_policy() {
        // arrival Monday 2022-04-04; +15 = Tuesday 04-19; +3 working days = Friday 04-22; end = 04-23 00:00
        CounterNoticePeriod p = CounterNoticePeriod.from(at("2022-04-04T09:00:00+08:00"), false,
                caseOf(RightType.TRADEMARK), 3, Policy.defaults());
        assertThat(p.end()).isEqualTo(at("2022-04-23T00:00:00+08:00"));
        // 30 requested, capped at 20 working days: 04-19 + 20 working days = 2022-05-17 (Tue); end 05-18
        CounterNoticePeriod capped = CounterNoticePeriod.from(at("2022-04-04T09:00:00+08:00"), false,
                caseOf(RightType.TRADEMARK), 30, Policy.defaults());
        assertThat(capped.end()).isEqualTo(at("2022-05-18T00:00:00+08:00"));
    }

    @Test
    void the_e_commerce_law_fixes_fifteen_days_whatever_the_configured_reasonable_period() {
        Policy d = Policy.defaults();
        Policy thirty = new Policy(d.bands(), 100, 3, 30, 20, true, Set.of(), Set.of(), true, 3);
        CounterNoticePeriod ecl = CounterNoticePeriod.from(at("2022-04-03T12:00:00+08:00"), true,
                caseOf(RightType.TRADEMARK), 0, thirty);
        assertThat(ecl.end()).isEqualTo(at("2022-04-19T00:00:00+08:00"));
        CounterNoticePeriod civil = CounterNoticePeriod.from(at("2022-04-03T12:00:00+08:00"), false,
                caseOf(RightType.TRADEMARK), 0, thirty);
        assertThat(civil.end()).isEqualTo(at("2022-05-04T00:00:00+08:00"));
    }

    @Test
    void arrivals_before_2021_cite_the_general_provisions_period_rules() {
        CounterNoticePeriod p = CounterNoticePeriod.from(at("2019-04-03T12:00:00+08:00"), false,
                caseOf(RightType.PERSONALITY), 0, Policy.defaults());
        assertThat(p.ids()).containsExactly(Provision.GENERAL_PROVISIONS_201, Provision.GENERAL_PROVISIONS_203);
    }
}
