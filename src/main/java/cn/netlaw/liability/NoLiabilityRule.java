package cn.netlaw.liability;

import java.util.List;

/**
 * Step 10 — no liability: a safe harbour where the Regulation's conditions are met, otherwise no fault.
 *
 * <p>Reg 22 (storage): 「（一）明确标示该信息存储空间是为服务对象所提供，并公开网络服务提供者的名称、联系人、网络地址；（二）未改变服务对象所
 * 提供的作品…；（三）不知道也没有合理的理由应当知道服务对象提供的作品…侵权；（四）未从服务对象提供作品…中直接获得经济利益；（五）在接到权利人的通知书后，
 * 根据本条例规定删除权利人认为侵权的作品…」 Reg 23 (search and linking): 「…在接到权利人的通知书后，根据本条例规定断开与侵权的作品…的链接的，
 * 不承担赔偿责任；但是，明知或者应知所链接的作品…侵权的，应当承担共同侵权责任。」 SPC_NDR 8(2): no general duty of proactive
 * review: the absence of monitoring is no fault.
 */
final class NoLiabilityRule {
    private NoLiabilityRule() {
    }

    static void apply(NormalCase c, Decision d, Knowledge k, NoticeRule.Outcome notices) {
        d.at(Step.NO_LIABILITY);
        boolean cc = d.regime == Regime.CIVIL_CODE;
        Provision fault = cc ? Provision.CIVIL_CODE_1197 : Provision.TORT_LAW_36_3;
        Rule rule;
        if (c.role().isInfrastructure()) {
            // not a Regulation service type: no harbour (docs/procedure.md#roles)
            rule = Rule.NO_FAULT;
            d.safeHarbour = SafeHarbourStatus.NOT_APPLICABLE;
            d.because(Reason.INFRASTRUCTURE_NO_REGULATION_HARBOUR, "knowledge", k.name());
            d.cite(fault);
        } else if (c.copyright()) {
            boolean harbour = switch (c.role()) {
                case ACCESS, CACHING -> d.safeHarbour == SafeHarbourStatus.SATISFIED;
                case STORAGE -> c.identifiesAsProvider() && k == Knowledge.NONE
                        && !c.signals().directEconomicBenefit();
                case SEARCH, LINKING -> k == Knowledge.NONE;
                case INFRASTRUCTURE -> false;
            };
            if (harbour) {
                rule = Rule.SAFE_HARBOUR;
                d.safeHarbour = SafeHarbourStatus.SATISFIED;
                d.because(Reason.SAFE_HARBOUR_CONDITIONS_MET, "role", c.role().name());
                d.cite(switch (c.role()) {
                    case ACCESS -> Provision.REG_20;
                    case CACHING -> Provision.REG_21;
                    case STORAGE -> Provision.REG_22;
                    case SEARCH, LINKING, INFRASTRUCTURE -> Provision.REG_23;
                });
            } else {
                rule = Rule.NO_FAULT;
                d.safeHarbour = SafeHarbourStatus.NOT_SATISFIED;
                d.because(Reason.NO_FAULT_SHOWN, "knowledge", k.name());
                d.cite(Provision.SPC_NDR_8_2, fault);
            }
        } else {
            rule = Rule.NO_FAULT;
            d.because(Reason.NO_FAULT_SHOWN, "knowledge", k.name());
            d.cite(fault);
            if (notices.validHostPersonalityNotice()) {
                d.cite(cc ? Provision.SPC_PR_2020_4 : Provision.SPC_PR_2014_6);
            }
        }
        d.decide(Liability.NONE, rule, JointScope.NONE);
        if (notices.anyValid()) {
            d.cite(cc ? Provision.CIVIL_CODE_1195_2 : Provision.TORT_LAW_36_2);
            if (c.ecl()) {
                d.cite(Provision.ECL_42_2);
            }
        }
        List<Provision> ids = notices.noticeIds();
        for (int i = 0; i < ids.size(); i++) {
            Provision id = ids.get(i);
            d.cite(id);
        }
    }
}
