package cn.netlaw.liability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Rest days and working days (docs/procedure.md#counter-notice-period, item 3): rest days are Saturdays, Sundays and
 * the configured statutory holidays, except the configured adjusted working days (调休).
 *
 * <p>Civil Code Art 203(1): 「期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。」 (If the last day
 * of a period is a statutory holiday, the day after the holiday ends is the last day.)
 */
record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {

    static WorkingCalendar of(Policy policy) {
        return new WorkingCalendar(policy.holidays(), policy.adjustedWorkingDays());
    }

    boolean isRestDay(LocalDate day) {
        if (adjustedWorkingDays.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || holidays.contains(day);
    }

    /** The given day, or the next working day when it is a rest day. */
    LocalDate rollForward(LocalDate day) {
        LocalDate d = day;
        while (isRestDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** {@code n} working days after {@code day}. */
    LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            d = d.plusDays(1);
            while (isRestDay(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    String describe() {
        if (holidays.isEmpty() && adjustedWorkingDays.isEmpty()) {
            return "WEEKENDS_ONLY";
        }
        return "CONFIGURED: " + holidays.size() + " statutory holidays, " + adjustedWorkingDays.size()
                + " adjusted working days";
    }
}
