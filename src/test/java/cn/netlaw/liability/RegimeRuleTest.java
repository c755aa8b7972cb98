package cn.netlaw.liability;

import static cn.netlaw.liability.CaseSketch.NoticeSketch.received;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Step 1: the regime follows the end of the infringing state (法发〔2010〕23号 Arts 1–2; 法释〔2020〕15号 Art 1(3)). */
class RegimeRuleTest {

    @Test
    void a_state_that_ended_at_the_first_instant_of_2010_07_01_is_out_of_scope() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2010-03-01");
        s.conductEndDate = CaseSketch.at("2010-07-01T00:00:00+08:00");
        Classification c = s.classify();
        assertThat(c.regime()).isEqualTo(Regime.OUT_OF_SCOPE);
        assertThat(c.liability()).isEqualTo(Liability.UNDETERMINED);
        assertThat(c.rule()).isEqualTo(Rule.OUT_OF_SCOPE);
        assertThat(c.legalBasis()).containsExactly(Provision.SPC_TLL_NOTICE_2010_1);
        assertThat(c.dutyBreaches()).isEmpty();
        assertThat(c.actBy()).isNull();
    }

    @Test
    void a_state_that_began_before_2010_07_01_and_lasted_after_it_is_governed_by_the_tort_liability_law() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2010-03-01");
        s.conductEndDate = CaseSketch.at("2010-07-01");
        Classification c = s.classify();
        assertThat(c.regime()).isEqualTo(Regime.TORT_LIABILITY_LAW);
        assertThat(c.legalBasis()).contains(Provision.SPC_TLL_NOTICE_2010_2, Provision.TORT_LAW_36_3);
    }

    @Test
    void a_state_ending_at_midnight_opening_2021_stays_under_the_tort_liability_law() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.TRADEMARK).conduct("2020-06-01");
        s.conductEndDate = CaseSketch.at("2020-12-31");
        assertThat(s.classify().regime()).isEqualTo(Regime.TORT_LIABILITY_LAW);
    }

    @Test
    void a_state_continuing_into_2021_is_governed_by_the_civil_code_under_its_time_effect_rules() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.TRADEMARK).conduct("2020-06-01");
        s.conductEndDate = CaseSketch.at("2021-01-01T00:00:01+08:00");
        Classification c = s.classify();
        assertThat(c.regime()).isEqualTo(Regime.CIVIL_CODE);
        assertThat(c.legalBasis()).contains(Provision.SPC_CC_TIME_1_3, Provision.CIVIL_CODE_1197);
    }

    @Test
    void the_e_commerce_law_is_a_special_regime_for_ip_on_a_platform_after_2019() {
        CaseSketch s = CaseSketch.of(Role.STORAGE, RightType.TRADEMARK).conduct("2022-01-01");
        s.ecommercePlatform = true;
        assertThat(s.classify().specialRegimes()).containsExactly(SpecialRegime.E_COMMERCE_LAW);
        CaseSketch personality = CaseSketch.of(Role.STORAGE, RightType.PERSONALITY).conduct("2022-01-01");
        personality.ecommercePlatform = true;
        assertThat(personality.classify().specialRegimes()).isEmpty();
    }

    @Test
    void copyright_cases_carry_the_regulation_as_a_special_regime() {
        CaseSketch s = CaseSketch.of(Role.LINKING, RightType.COPYRIGHT).conduct("2022-01-01")
                .notice(received("2022-02-01T10:00:00+08:00").removed("2022-02-01T12:00:00+08:00"));
        Classification c = s.classify();
        assertThat(c.specialRegimes()).containsExactly(SpecialRegime.NDR_REGULATION);
        assertThat(c.rule()).isEqualTo(Rule.SAFE_HARBOUR);
        assertThat(c.legalBasis()).contains(Provision.REG_23, Provision.CIVIL_CODE_1195_1);
    }
}
