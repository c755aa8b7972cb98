package cn.netlaw.liability;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Finally — the transitional articles of the judicial interpretations applied to earlier facts
 * (docs/procedure.md#interpretations), and the limitation reminder.
 *
 * <p>SPC_NDR Art 16: 「本规定施行之日起，《最高人民法院关于审理涉及计算机网络著作权纠纷案件适用法律若干问题的解释》同时废止。本规定施行之后尚未终审的侵害信息网络传播权
 * 民事纠纷案件，适用本规定。」 (pending cases). SPC_PR 2014 Art 19: the 2014 provisions apply to cases pending at 2014-10-10.
 * Civil Code 188: a three-year limitation period (not catalogued: the flag is a reminder, not a decision).
 */
final class TransitionalArticles {
    private TransitionalArticles() {
    }

    static void apply(NormalCase c, Decision d, Policy policy) {
        d.at(Step.FINALLY);
        Object conduct = c.conductDate();
        if (c.copyright() && c.conductDate().isBefore(Instants.SPC_NDR_IN_FORCE)
                && cites(d, "SPC_NDR_")) {
            d.because(Reason.TRANSITIONAL_ARTICLE_APPLIED, "conductDate", conduct, "interpretation", "SPC_NDR");
            d.cite(Provision.SPC_NDR_16);
        }
        if (c.personality() && c.conductDate().isBefore(Instants.SPC_PR_2014_IN_FORCE)
                && cites(d, "SPC_PR_2014_")) {
            d.because(Reason.TRANSITIONAL_ARTICLE_APPLIED, "conductDate", conduct, "interpretation", "SPC_PR_2014");
            d.cite(Provision.SPC_PR_2014_19);
        }
        if (d.interpretationWithheld) {
            d.because(Reason.INTERPRETATION_NOT_IN_FORCE_AT_AS_OF, "asOf", c.asOf());
        }
        if ((d.liability == Liability.DIRECT || d.liability == Liability.INDIRECT) && !c.continuing()) {
            Instant limit = LocalDateTime.ofInstant(c.stateEnd(), Moment.CHINA).plusYears(policy.limitationYears())
                    .toInstant(Moment.CHINA);
            if (c.asOf().isAfter(limit)) {
                d.flag(ReviewFlag.LIMITATION_PERIOD_TO_CHECK);
                d.because(Reason.LIMITATION_PERIOD_TO_CHECK, "stateEnd", c.stateEnd(), "years",
                        policy.limitationYears());
            }
        }
    }

    private static boolean cites(Decision d, String prefix) {
        for (int i = 0; i < d.legalBasis.size(); i++) {
            Provision p = d.legalBasis.get(i);
            if (p.name().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
