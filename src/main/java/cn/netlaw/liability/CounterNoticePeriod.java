package cn.netlaw.liability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reasonable period after a counter-notice (docs/procedure.md#counter-notice-period), counted from the arrival of
 * the forwarded declaration at the right holder ({@code forwardedToRightsHolderAt}, day A in +08:00).
 *
 * <p>Civil Code Art 1196(2) (from 2021-01-01): 「网络服务提供者在转送声明到达权利人后的合理期限内，未收到权利人已经投诉或者
 * 提起诉讼通知的，应当及时终止所采取的措施。」 (If, within a reasonable period after the declaration reaches the right
 * holder, the provider has not been notified that the holder has complained or sued, it shall promptly terminate the
 * measures.) E-Commerce Law Art 43(2): fifteen days. SPC Reply 2020 Art 3: 「…不超过二十个工作日」 delays beyond the
 * holder's control are excluded.
 *
 * <p>Civil Code Art 201(1) 「按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。」 (the start day is not counted);
 * Art 203 (a last day that is a holiday moves to the next day; the last day ends at 24:00).
 *
 * @param end the instant the period ends: 24:00 (+08:00) of its last day
 * @param ids the period rules cited
 * @param days the calendar days of the period before any extension and roll-forward
 */
record CounterNoticePeriod(Instant end, List<Provision> ids, int days) {

    static CounterNoticePeriod from(Instant arrival, boolean eCommerceLaw, NormalCase c, int excludedDelayWorkingDays,
            Policy policy) {
        WorkingCalendar calendar = WorkingCalendar.of(policy);
        LocalDate a = Moment.dayOf(arrival);
        int days = eCommerceLaw ? 15 : policy.counterNoticeDays();
        LocalDate last = a.plusDays(days);
        if (c.ip() && !arrival.isBefore(Instants.SPC_REPLY_IN_FORCE)) {
            last = calendar.plusWorkingDays(last,
                    Math.min(excludedDelayWorkingDays, policy.maxExcludedDelayWorkingDays()));
        }
        last = calendar.rollForward(last);
        Instant end = Moment.startOfDay(last.plusDays(1));
        List<Provision> ids;
        if (!arrival.isBefore(Instants.CIVIL_CODE_IN_FORCE)) {
            ids = List.of(Provision.CIVIL_CODE_201, Provision.CIVIL_CODE_203);
        } else if (!arrival.isBefore(Instants.GENERAL_PROVISIONS_IN_FORCE)) {
            ids = List.of(Provision.GENERAL_PROVISIONS_201, Provision.GENERAL_PROVISIONS_203);
        } else {
            ids = List.of();
        }
        return new CounterNoticePeriod(end, ids, days);
    }
}
