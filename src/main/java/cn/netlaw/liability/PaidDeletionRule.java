package cn.netlaw.liability;

/**
 * Step 2 — paid-deletion agreements (a side output that never changes liability).
 *
 * <p>SPC personal-rights provisions 2020 Art 10(1) (2014 text Art 14(1)): 「被侵权人与构成侵权的网络用户或者网络服务提供者达成一方
 * 支付报酬，另一方提供删除、屏蔽、断开链接等服务的协议，人民法院应认定为无效。」 (An agreement by which the victim pays the infringing
 * user or provider for deletion, blocking or disconnection is void.) Outside personality rights the question is not
 * settled (docs/procedure.md#step-2): NOT_ASSESSED.
 */
final class PaidDeletionRule {
    private PaidDeletionRule() {
    }

    static void apply(NormalCase c, Decision d) {
        d.at(Step.PAID_DELETION);
        if (!c.paidDeletionAgreement()) {
            d.paidDeletionAgreement = PaidDeletionStatus.NOT_APPLICABLE;
        } else if (c.personality() && (d.regime == Regime.CIVIL_CODE ? Provision.SPC_PR_2020_10_1
                : Provision.SPC_PR_2014_14).inForceForPendingCasesAt(c.asOf())) {
            // the voidness exists only in the interpretation: not before it is in force at asOf
            // (docs/procedure.md#interpretations)
            d.paidDeletionAgreement = PaidDeletionStatus.VOID;
            d.cite(d.regime == Regime.CIVIL_CODE ? Provision.SPC_PR_2020_10_1 : Provision.SPC_PR_2014_14);
            d.because(Reason.PAID_DELETION_AGREEMENT_VOID);
        } else {
            d.paidDeletionAgreement = PaidDeletionStatus.NOT_ASSESSED;
            d.because(Reason.PAID_DELETION_AGREEMENT_NOT_ASSESSED, "rightType", c.rightType().name());
        }
    }
}
