package cn.netlaw.liability;

/**
 * Step 5 — instigation.
 *
 * <p>Civil Code 1169(1): 「教唆、帮助他人实施侵权行为的，应当与行为人承担连带责任。」 (A person who instigates or assists another
 * to commit a tort bears joint and several liability with the actor.) TLL 9(1) to the same effect. Copyright: SPC_NDR
 * 7(2) 「网络服务提供者以言语、推介技术支持、奖励积分等方式诱导、鼓励网络用户实施侵害信息网络传播权行为的，人民法院应当认定其构成教唆侵权行为。」
 */
final class InstigationRule {
    private InstigationRule() {
    }

    /** Returns true when the provider instigated (the procedure returns). */
    static boolean apply(NormalCase c, Decision d) {
        if (!c.instigates()) {
            return false;
        }
        d.at(Step.INSTIGATION);
        d.decide(Liability.INDIRECT, Rule.INSTIGATION, JointScope.WHOLE_DAMAGE);
        d.because(Reason.PROVIDER_INSTIGATES);
        d.cite(d.regime == Regime.CIVIL_CODE ? Provision.CIVIL_CODE_1169_1 : Provision.TORT_LAW_9_1);
        if (c.copyright()) {
            d.cite(Provision.SPC_NDR_7_2);
            d.safeHarbour = SafeHarbourStatus.NOT_SATISFIED;
        }
        return true;
    }
}
