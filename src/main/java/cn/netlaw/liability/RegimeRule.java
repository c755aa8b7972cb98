package cn.netlaw.liability;

/**
 * Step 1 — the liability regime, fixed by the end of the infringing state (docs/procedure.md#regime-by-state-end).
 *
 * <p>法发〔2010〕23号 Art 1: 「侵权责任法施行后发生的侵权行为引起的民事纠纷案件，适用侵权责任法的规定。侵权责任法施行前发生的侵权行为引起的
 * 民事纠纷案件，适用当时的法律规定。」 (Torts after the Tort Liability Law took effect (2010-07-01) are governed by it; earlier
 * ones by the law then in force.) Art 2: a tort that began before and whose damage occurred after that date is
 * governed by the Tort Liability Law.
 *
 * <p>SPC Provisions on the Time Effect of the Civil Code (法释〔2020〕15号) Art 1(3): 「民法典施行前的法律事实持续至民法典施行后，
 * 该法律事实引起的民事纠纷案件，适用民法典的规定，但是法律、司法解释另有规定的除外。」 (A legal fact that began before 2021 and
 * continued after it is governed by the Civil Code.)
 */
final class RegimeRule {
    private RegimeRule() {
    }

    /** Returns false when the case is out of scope (the procedure returns). */
    static boolean apply(NormalCase c, Decision d) {
        d.at(Step.REGIME);
        Object stateEnd = c.stateEnd();
        Object conduct = c.conductDate();
        if (!c.stateEnd().isAfter(Instants.TORT_LIABILITY_LAW_IN_FORCE)) {
            d.regime = Regime.OUT_OF_SCOPE;
            d.decide(Liability.UNDETERMINED, Rule.OUT_OF_SCOPE, JointScope.NONE);
            d.cite(Provision.SPC_TLL_NOTICE_2010_1);
            d.because(Reason.CONDUCT_BEFORE_2010_07_01, "stateEnd", stateEnd);
            return false;
        }
        if (c.stateEnd().isAfter(Instants.CIVIL_CODE_IN_FORCE)) {
            d.regime = Regime.CIVIL_CODE;
            if (c.conductDate().isBefore(Instants.CIVIL_CODE_IN_FORCE)) {
                d.cite(Provision.SPC_CC_TIME_1_3);
                d.because(Reason.CONTINUING_CONDUCT_CIVIL_CODE, "conductDate", conduct, "stateEnd", stateEnd);
            } else {
                d.because(Reason.REGIME_CIVIL_CODE, "conductDate", conduct, "stateEnd", stateEnd);
            }
        } else {
            d.regime = Regime.TORT_LIABILITY_LAW;
            if (c.conductDate().isBefore(Instants.TORT_LIABILITY_LAW_IN_FORCE)) {
                d.cite(Provision.SPC_TLL_NOTICE_2010_2);
                d.because(Reason.CONTINUING_CONDUCT_TORT_LIABILITY_LAW, "conductDate", conduct, "stateEnd", stateEnd);
            } else {
                d.because(Reason.REGIME_TORT_LIABILITY_LAW, "conductDate", conduct, "stateEnd", stateEnd);
            }
        }
        if (c.copyright()) {
            d.specialRegimes.add(SpecialRegime.NDR_REGULATION);
        }
        if (c.ecl()) {
            d.specialRegimes.add(SpecialRegime.E_COMMERCE_LAW);
        }
        return true;
    }
}
