package cn.netlaw.liability;

import java.time.Instant;
import java.util.List;

/**
 * Step 3 — no primary infringement: without a user's infringement there is nothing for the provider to answer for
 * (Civil Code 1165(1) 「行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。」; TLL 6(1)). Each notice that caused a
 * measure is then a wrongful notice, judged by the law at its date.
 *
 * <p>Civil Code 1195(3): 「权利人因错误通知造成网络用户或者网络服务提供者损害的，应当承担侵权责任。法律另有规定的，依照其规定。」
 * (A right holder whose wrongful notice causes damage bears tort liability.) E-Commerce Law 42(3): 「因通知错误造成平台内经营者
 * 损害的，依法承担民事责任。恶意发出错误通知，造成平台内经营者损失的，加倍承担赔偿责任。」 (double damages for a malicious notice).
 * SPC Reply 2020 Art 5: a notifier that proves good faith is not liable.
 */
final class NoPrimaryInfringementRule {
    private NoPrimaryInfringementRule() {
    }

    /** Returns true when the procedure returns here. */
    static boolean apply(NormalCase c, Decision d) {
        if (c.contentInfringing()) {
            return false;
        }
        d.at(Step.NO_PRIMARY_INFRINGEMENT);
        d.decide(Liability.NONE, Rule.NO_PRIMARY_INFRINGEMENT, JointScope.NONE);
        d.because(Reason.CONTENT_NOT_INFRINGING);
        d.cite(d.regime == Regime.CIVIL_CODE ? Provision.CIVIL_CODE_1165_1 : Provision.TORT_LAW_6_1);
        NotifierLiability most = NotifierLiability.NOT_APPLICABLE;
        boolean anyMeasure = false;
        List<NormalCase.Episode> episodes = c.episodes();
        for (int i = 0; i < episodes.size(); i++) {
            NormalCase.Episode e = episodes.get(i);
            if (e.effectiveMeasure() == null) {
                continue;
            }
            anyMeasure = true;
            Instant t = e.receivedAt();
            Regime r = NormalCase.actRegime(t);
            NotifierLiability liability;
            Reason reason;
            // The provisions of the notice, in the order cited: one, and a second where two apply. (Kept in two
            // locals rather than a list made per notice: with the list, Temurin 25.0.3's C2 crashed the JVM compiling
            // this method under batch load, in PhiNode::Ideal as in JDK-8376104; bench/README.md, issue 17.)
            Provision cited;
            Provision alsoCited = null;
            if (c.ecl(t) && e.malicious()) {
                liability = NotifierLiability.DOUBLE_COMPENSATION;
                reason = Reason.WRONGFUL_NOTICE_DOUBLE_COMPENSATION;
                cited = Provision.ECL_42_3;
            } else if (c.ip() && e.goodFaithProven() && !c.asOf().isBefore(Instants.SPC_REPLY_IN_FORCE)) {
                liability = NotifierLiability.NONE;
                reason = Reason.WRONGFUL_NOTICE_GOOD_FAITH;
                cited = Provision.SPC_REPLY_2020_5;
                if (t.isBefore(Instants.SPC_REPLY_IN_FORCE)) {
                    alsoCited = Provision.SPC_REPLY_2020_6;
                }
            } else {
                liability = NotifierLiability.COMPENSATE;
                reason = Reason.WRONGFUL_NOTICE_COMPENSATION;
                if (r == Regime.CIVIL_CODE) {
                    cited = Provision.CIVIL_CODE_1195_3;
                    if (c.ecl(t)) {
                        alsoCited = Provision.ECL_42_3;
                    }
                } else if (c.ecl(t)) {
                    cited = Provision.ECL_42_3;
                } else if (c.copyright()) {
                    cited = Provision.REG_24;
                } else if (c.personality()) {
                    cited = Provision.SPC_PR_2014_8;
                } else {
                    cited = Provision.TORT_LAW_6_1;
                }
            }
            d.because(reason, "notice", e.path(), "receivedAt", t, "measuresTakenAt",
                    e.effectiveMeasure(), "actRegime", r.name());
            d.cite(cited);
            if (alsoCited != null) {
                d.cite(alsoCited);
            }
            d.notifierLiabilityByNotice.add(new NoticeNotifierLiability(e.index(), t, r, liability));
            if (liability.ordinal() > most.ordinal()) {
                most = liability;
            }
        }
        if (!anyMeasure && !c.episodes().isEmpty()) {
            most = NotifierLiability.NONE;
            d.because(Reason.WRONGFUL_NOTICE_NO_MEASURE_NO_DAMAGE);
        }
        d.notifierLiability = most;
        return true;
    }
}
