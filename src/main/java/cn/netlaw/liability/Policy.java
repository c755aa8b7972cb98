package cn.netlaw.liability;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Policy values the statute leaves open (decision-spec §6, §7, §9, §11). These are engineering choices, not law:
 * results that turn on them are flagged for review. Configuration names: {@code liability.policy.*}.
 *
 * @param timelinessHours                  §6 thresholds in hours by role class and right type
 * @param largeBatchItems                  a notice with more items than this gets the multiplier (§6)
 * @param largeBatchMultiplier             multiplier for large notices (§6)
 * @param counterNoticeDays                reasonable period after a forwarded counter-notice (Civil Code 1196(2), §7)
 * @param maxExcludedDelayWorkingDays      cap on the SPC Reply Art 3 extension (§7)
 * @param tllKnowledgeIncludesShouldHaveKnown whether 应知 counts under TLL 36(3) for non-copyright rights (§9)
 * @param holidays                         statutory holidays, rest days besides weekends (§7)
 * @param adjustedWorkingDays              调休 weekend days that are working days (§7)
 * @param conduitNoticeDutyBeforeCivilCode whether conduits must act on notices before 2021 (9.2)
 * @param patentForwardingSuffices         whether forwarding alone answers a patent notice (9.3)
 * @param limitationYears                  years after which the limitation period is flagged (Finally)
 */
public record Policy(
        Map<RoleClass, Map<RightType, Integer>> timelinessHours,
        int largeBatchItems,
        int largeBatchMultiplier,
        int counterNoticeDays,
        int maxExcludedDelayWorkingDays,
        boolean tllKnowledgeIncludesShouldHaveKnown,
        Set<LocalDate> holidays,
        Set<LocalDate> adjustedWorkingDays,
        boolean conduitNoticeDutyBeforeCivilCode,
        boolean patentForwardingSuffices,
        int limitationYears) {

    public Policy {
        Objects.requireNonNull(timelinessHours, "timelinessHours");
        EnumMap<RoleClass, Map<RightType, Integer>> copy = new EnumMap<>(RoleClass.class);
        for (RoleClass roleClass : RoleClass.values()) {
            Map<RightType, Integer> row = timelinessHours.get(roleClass);
            if (row == null) {
                throw new IllegalArgumentException("timeliness hours missing for " + roleClass);
            }
            EnumMap<RightType, Integer> rowCopy = new EnumMap<>(RightType.class);
            for (RightType rightType : RightType.values()) {
                Integer hours = row.get(rightType);
                if (hours == null || hours < 1) {
                    throw new IllegalArgumentException(
                            "timeliness hours for " + roleClass + "/" + rightType + " must be at least 1");
                }
                rowCopy.put(rightType, hours);
            }
            copy.put(roleClass, Map.copyOf(rowCopy));
        }
        timelinessHours = Map.copyOf(copy);
        if (largeBatchItems < 1 || largeBatchMultiplier < 1 || counterNoticeDays < 1 || maxExcludedDelayWorkingDays < 0
                || limitationYears < 1) {
            throw new IllegalArgumentException("policy values out of range");
        }
        holidays = Set.copyOf(holidays == null ? Set.of() : holidays);
        adjustedWorkingDays = Set.copyOf(adjustedWorkingDays == null ? Set.of() : adjustedWorkingDays);
    }

    /** The defaults of decision-spec §6 and §11. */
    public static Policy defaults() {
        Map<RightType, Integer> host = new EnumMap<>(RightType.class);
        host.put(RightType.COPYRIGHT, 24);
        host.put(RightType.COPYRIGHT_OTHER, 72);
        host.put(RightType.PERSONALITY, 48);
        host.put(RightType.TRADEMARK, 72);
        host.put(RightType.PATENT, 168);
        host.put(RightType.OTHER, 72);
        Map<RightType, Integer> conduit = new EnumMap<>(RightType.class);
        for (RightType rightType : RightType.values()) {
            conduit.put(rightType, rightType == RightType.PATENT ? 168 : 72);
        }
        return new Policy(Map.of(RoleClass.HOST, host, RoleClass.CONDUIT, conduit), 100, 3, 15, 20, true, Set.of(),
                Set.of(), true, false, 3);
    }

    /**
     * The values of this policy that differ from {@code base}, as {@code name=value} with the configuration names in
     * camelCase (e.g. {@code timelinessHours.host.copyright=12}, {@code holidays=2025-10-01,2025-10-02}).
     */
    public java.util.List<String> differencesFrom(Policy base) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (RoleClass roleClass : RoleClass.values()) {
            for (RightType rightType : RightType.values()) {
                int mine = hours(roleClass, rightType);
                if (mine != base.hours(roleClass, rightType)) {
                    out.add("timelinessHours." + roleClass.name().toLowerCase(java.util.Locale.ROOT) + "."
                            + camel(rightType) + "=" + mine);
                }
            }
        }
        differ(out, "largeBatchItems", largeBatchItems, base.largeBatchItems);
        differ(out, "largeBatchMultiplier", largeBatchMultiplier, base.largeBatchMultiplier);
        differ(out, "counterNoticeDays", counterNoticeDays, base.counterNoticeDays);
        differ(out, "maxExcludedDelayWorkingDays", maxExcludedDelayWorkingDays, base.maxExcludedDelayWorkingDays);
        differ(out, "tllKnowledgeIncludesShouldHaveKnown", tllKnowledgeIncludesShouldHaveKnown,
                base.tllKnowledgeIncludesShouldHaveKnown);
        if (!holidays.equals(base.holidays)) {
            out.add("holidays=" + dates(holidays));
        }
        if (!adjustedWorkingDays.equals(base.adjustedWorkingDays)) {
            out.add("adjustedWorkingDays=" + dates(adjustedWorkingDays));
        }
        differ(out, "conduitNoticeDutyBeforeCivilCode", conduitNoticeDutyBeforeCivilCode,
                base.conduitNoticeDutyBeforeCivilCode);
        differ(out, "patentForwardingSuffices", patentForwardingSuffices, base.patentForwardingSuffices);
        differ(out, "limitationYears", limitationYears, base.limitationYears);
        return out;
    }

    /** The camelCase name of a right type in configuration: {@code COPYRIGHT_OTHER} → {@code copyrightOther}. */
    public static String camel(RightType rightType) {
        String[] parts = rightType.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }

    private static void differ(java.util.List<String> out, String name, Object mine, Object base) {
        if (!mine.equals(base)) {
            out.add(name + "=" + mine);
        }
    }

    private static String dates(Set<LocalDate> dates) {
        return new TreeSet<>(dates).stream().map(LocalDate::toString)
                .collect(java.util.stream.Collectors.joining(","));
    }

    public int hours(RoleClass roleClass, RightType rightType) {
        return timelinessHours.get(roleClass).get(rightType);
    }

    /** Sorted holiday dates, for stable rendering and hashing. */
    public Set<LocalDate> sortedHolidays() {
        return new TreeSet<>(holidays);
    }
}
