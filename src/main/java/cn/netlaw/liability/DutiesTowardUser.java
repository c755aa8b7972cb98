package cn.netlaw.liability;

import java.util.List;
import java.time.Instant;

/**
 * Step 11 — breaches of procedural duties toward the user, on every intermediary path (Steps 3, 5, 8, 9, 10). They do
 * not change the classification toward the claimant.
 *
 * <p>Forwarding the notice: Civil Code 1195(2) 「应当及时将该通知转送相关网络用户」 (every provider, from 2021); Reg 15
 * (copyright); E-Commerce Law 42(2) (e-commerce IP from 2019); SPC Reply Art 2 (IP, acts from 2020-09-14).
 * Forwarding the counter-notice and ending the measure: Civil Code 1196 「网络服务提供者接到声明后，应当将该声明转送发出通知的权利人，并告知其
 * 可以向有关部门投诉或者向人民法院提起诉讼。网络服务提供者在转送声明到达权利人后的合理期限内，未收到权利人已经投诉或者提起诉讼通知的，应当及时终止所采取的
 * 措施。」; E-Commerce Law 43; SPC Reply Art 3; Reg 17 (restore immediately, TLL era copyright).
 */
final class DutiesTowardUser {
    private DutiesTowardUser() {
    }

    static void apply(NormalCase c, Decision d, NoticeFindings findings, Policy policy) {
        d.at(Step.DUTIES_TOWARD_USER);
        List<NoticeFindings.Finding> all = findings.all();
        for (int i = 0; i < all.size(); i++) {
            NoticeFindings.Finding f = all.get(i);
            NormalCase.Episode e = f.episode();
            NoticeRule.noticeFlags(f, d, false);
            Instant t = e.receivedAt();
            if (f.valid() && !f.skipped() && f.upAtNotice() && forwardingDuty(c, t, policy)) {
                Bands.Deadlines band = f.deadlines();
                Instant prompt = band.prompt();
                Instant late = band.late();
                // only an end the caller gave excuses forwarding (Civil Code 1196(1): it lets the user contest)
                boolean lastedPastDeadline = c.givenEnd() == null || c.givenEnd().isAfter(late);
                if (e.forwardedAt() == null || e.forwardedAt().isAfter(prompt)) {
                    d.assume(AssumptionCode.TIMELINESS_THRESHOLD, band.label("FORWARDING"));
                }
                if (lastedPastDeadline && (e.forwardedAt() == null || e.forwardedAt().isAfter(late))) {
                    d.flag(ReviewFlag.DEFAULT_THRESHOLD_APPLIED);
                    if (c.asOf().isAfter(late)) {
                        d.dutyBreaches.add(DutyBreach.FORWARDING_NOT_DONE);
                        d.because(Reason.NOTICE_NOT_FORWARDED, "notice", e.path(), "receivedAt", t, "deadline",
                                prompt, "lateDeadline", late, "forwardedAt", e.forwardedAt());
                        d.referIfCited(Provision.CIVIL_CODE_1195_2, Provision.ECL_42_2, Provision.REG_15,
                                Provision.SPC_REPLY_2020_2);
                    } else {
                        d.pending(prompt, late, e.index(), "notice", e.path(), "duty", "forwarding");
                    }
                }
            }
            NormalCase.Counter counter = e.counter();
            if (counter == null) {
                continue;
            }
            if (e.measuresTakenAt() == null) {
                // whether acting on the notice despite the user's declaration was required is a question of fact
                d.flag(ReviewFlag.MEASURE_ADEQUACY_NEEDS_REVIEW);
            }
            if (!counter.valid()) {
                continue;
            }
            Instant cr = counter.receivedAt();
            Regime rc = NormalCase.actRegime(cr);
            boolean eclAtC = c.ecl(cr);
            boolean replyAtC = c.ip() && !cr.isBefore(Instants.SPC_REPLY_IN_FORCE);
            if ((rc == Regime.CIVIL_CODE || eclAtC || c.copyright() || replyAtC)
                    && counter.forwardedToRightsHolderAt() == null) {
                d.dutyBreaches.add(DutyBreach.COUNTER_NOTICE_NOT_FORWARDED);
                d.because(Reason.COUNTER_NOTICE_NOT_FORWARDED, "notice", e.path(), "counterNoticeReceivedAt",
                        cr);
                d.referIfCited(Provision.CIVIL_CODE_1196_1, Provision.ECL_43_1, Provision.REG_17,
                        Provision.SPC_REPLY_2020_3);
            }
            if (e.measuresTakenAt() == null) {
                continue;
            }
            if (rc == Regime.TORT_LIABILITY_LAW && c.copyright() && !eclAtC) {
                // Reg 17: restore immediately, measured with the late bound of the copyright host band
                Instant x = Instants.max(cr, e.measuresTakenAt());
                Bands.Deadlines band = Bands.of(c, policy, x, 1, TimelinessClass.HOST);
                Instant limit = band.late();
                d.deadline(Chronology.Duty.REG_17_RESTORATION, e.index(), x, limit, limit);
                d.assume(AssumptionCode.TIMELINESS_THRESHOLD, band.label("REG_17_RESTORATION"));
                d.flag(ReviewFlag.DEFAULT_THRESHOLD_APPLIED);
                boolean late = e.restoredAt() != null ? e.restoredAt().isAfter(limit) : c.asOf().isAfter(limit);
                if (late) {
                    d.dutyBreaches.add(DutyBreach.RESTORATION_NOT_IMMEDIATE_REG_17);
                    d.because(Reason.RESTORATION_NOT_IMMEDIATE, "notice", e.path(), "counterNoticeReceivedAt",
                            cr, "deadline", limit, "restoredAt", e.restoredAt());
                    d.referIfCited(Provision.REG_17);
                }
            } else if ((rc == Regime.CIVIL_CODE || eclAtC || replyAtC) && counter.forwardedToRightsHolderAt() != null) {
                CounterNoticePeriod period = CounterNoticePeriod.from(counter.forwardedToRightsHolderAt(), eclAtC,
                        c, counter.excludedDelayWorkingDays(), policy);
                reportPeriod(d, period, e.path(), period.days(), policy);
                d.counterNoticePeriods.add(new Chronology.Period(e.index(), counter.forwardedToRightsHolderAt(),
                        period.end()));
                Instant complained = counter.rightsHolderComplainedOrSuedAt();
                boolean complainedInTime = complained != null && complained.isBefore(period.end());
                if (!complainedInTime) {
                    // one grace to end the measure: the prompt deadline of band(end, 1) (3.0)
                    Instant grace = Bands.of(c, policy, period.end(), 1, Bands.classAt(c, t)).prompt();
                    d.deadline(Chronology.Duty.MEASURE_TERMINATION, e.index(), period.end(), grace, grace);
                    Instant restored = e.restoredAt();
                    boolean failed = restored != null ? restored.isAfter(grace) : c.asOf().isAfter(grace);
                    if (failed) {
                        d.dutyBreaches.add(DutyBreach.FAILED_TO_TERMINATE_MEASURES_AFTER_COUNTER_NOTICE);
                        d.because(Reason.MEASURES_NOT_TERMINATED_AFTER_COUNTER_NOTICE, "notice", e.path(),
                                "periodEnd", period.end(), "deadline", grace, "restoredAt", restored);
                        d.referIfCited(Provision.CIVIL_CODE_1196_2, Provision.ECL_43_2, Provision.SPC_REPLY_2020_3);
                    } else if (restored == null && !c.asOf().isBefore(period.end())) {
                        d.pending(grace, grace, e.index(), "notice", e.path(), "duty", "termination");
                    }
                }
            }
        }
    }

    /**
     * A duty to forward the notice existed at t: Civil Code 1195(2) from 2021, E-Commerce Law 42(2), Reg 15 for a
     * copyright host, SPC Reply Art 2 for IP notices from 2020-09-14; never for SEARCH (no user relationship with
     * indexed sites); no TLL-era duty for a conduit unless configured.
     */
    private static boolean forwardingDuty(NormalCase c, Instant t, Policy policy) {
        if (c.role() == Role.SEARCH) {
            return false;
        }
        Regime r = NormalCase.actRegime(t);
        if (c.role().isConduit() && r == Regime.TORT_LIABILITY_LAW && !policy.conduitNoticeDutyBeforeCivilCode()) {
            return false;
        }
        return r == Regime.CIVIL_CODE || c.ecl(t) || (c.copyright() && c.role().isHost())
                || (c.ip() && !t.isBefore(Instants.SPC_REPLY_IN_FORCE));
    }

    static void reportPeriod(Decision d, CounterNoticePeriod period, String notice, int days, Policy policy) {
        d.assume(AssumptionCode.COUNTER_NOTICE_PERIOD_DAYS, notice, days + " calendar days");
        d.assume(AssumptionCode.COUNTER_NOTICE_PERIOD_END, period.end());
        d.assume(AssumptionCode.HOLIDAY_CALENDAR, WorkingCalendar.of(policy).describe());
        d.because(Reason.COUNTER_NOTICE_PERIOD_END_COMPUTED, "notice", notice, "days", days,
                "periodEnd", period.end());
        List<Provision> ids = period.ids();
        for (int i = 0; i < ids.size(); i++) {
            Provision id = ids.get(i);
            d.cite(id);
        }
    }
}
