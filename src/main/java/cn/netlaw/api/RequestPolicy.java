package cn.netlaw.api;

import cn.netlaw.liability.Policy;
import cn.netlaw.liability.RightType;
import cn.netlaw.liability.RoleClass;
import cn.netlaw.liability.Violation;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Policy values for one decision only (issue: "policy per request"): the names are those of the configuration
 * ({@code liability.policy.*}) in camelCase; every value given replaces the configured one for this request and is
 * echoed in the result's assumptions ({@code POLICY_OVERRIDE}); {@code rulesetVersion} stays the configured one.
 */
@Schema(name = "RequestPolicy", description = """
        Policy values for this decision only, overriding the service's configuration (decision-spec §6, §7, §9, §11). \
        These are engineering choices, not law: every value given is echoed in `assumptions` as POLICY_OVERRIDE, and \
        `rulesetVersion` keeps naming the configured policy. Absent values keep the configured ones.""")
public record RequestPolicy(
        @Schema(nullable = true, description = """
                Timeliness thresholds in hours (1 to 8760) from receipt of a valid notice (or from knowledgeFrom), by \
                role class and right type (decision-spec §6).""")
        TimelinessHours timelinessHours,

        @Schema(nullable = true, minimum = "1", maximum = "1000000",
                description = "A notice with more items than this gets its threshold multiplied (§6; default 100).")
        Integer largeBatchItems,

        @Schema(nullable = true, minimum = "1", maximum = "100",
                description = "The multiplier for large notices (§6; default 3).")
        Integer largeBatchMultiplier,

        @Schema(nullable = true, minimum = "1", maximum = "365", description = """
                The reasonable period in calendar days after a forwarded counter-notice outside the E-Commerce Law \
                (Civil Code 1196(2); default 15).""")
        Integer counterNoticeDays,

        @Schema(nullable = true, minimum = "0", maximum = "365",
                description = "Cap on the working days excluded under SPC Reply Art 3 (default 20).")
        Integer maxExcludedDelayWorkingDays,

        @Schema(nullable = true, description = """
                Whether 应知 (should have known) counts as 知道 under Tort Liability Law 36(3) for rights other than \
                copyright and e-commerce IP (decision-spec §9; default true).""")
        Boolean tllKnowledgeIncludesShouldHaveKnown,

        @Schema(nullable = true, description = """
                Statutory holidays (rest days besides weekends), dates YYYY-MM-DD at +08:00; replaces the configured \
                calendar for this decision (§7).""")
        List<LocalDate> holidays,

        @Schema(nullable = true, description = "Weekend days that are working days (调休), dates YYYY-MM-DD (§7).")
        List<LocalDate> adjustedWorkingDays,

        @Schema(nullable = true, description = "Whether conduits must act on valid notices before 2021 (9.2; default true).")
        Boolean conduitNoticeDutyBeforeCivilCode,

        @Schema(nullable = true,
                description = "Whether forwarding alone answers a patent notice (9.3; default false).")
        Boolean patentForwardingSuffices,

        @Schema(nullable = true, minimum = "1", maximum = "30", description = """
                Years after the end of the state from which a liability result is flagged LIMITATION_PERIOD_TO_CHECK \
                (Civil Code 188; default 3).""")
        Integer limitationYears) {

    static final int MAX_HOURS = 8760;

    /** Thresholds by role class. */
    @Schema(name = "TimelinessHours", description = "Timeliness thresholds in hours by role class (decision-spec §6).")
    public record TimelinessHours(
            @Schema(nullable = true, description = "HOST roles (STORAGE, SEARCH, LINKING): hours to take a measure.")
            HoursByRight host,
            @Schema(nullable = true,
                    description = "CONDUIT roles (ACCESS, CACHING): hours to forward, warn or take a measure.")
            HoursByRight conduit) {
    }

    /** Thresholds by right type. */
    @Schema(name = "HoursByRight", description = "Hours (1 to 8760) by right type; absent keeps the configured value.")
    public record HoursByRight(
            @Schema(nullable = true, minimum = "1", maximum = "8760") Integer copyright,
            @Schema(nullable = true, minimum = "1", maximum = "8760") Integer copyrightOther,
            @Schema(nullable = true, minimum = "1", maximum = "8760") Integer personality,
            @Schema(nullable = true, minimum = "1", maximum = "8760") Integer trademark,
            @Schema(nullable = true, minimum = "1", maximum = "8760") Integer patent,
            @Schema(nullable = true, minimum = "1", maximum = "8760") Integer other) {

        Integer get(RightType rightType) {
            return switch (rightType) {
                case COPYRIGHT -> copyright;
                case COPYRIGHT_OTHER -> copyrightOther;
                case PERSONALITY -> personality;
                case TRADEMARK -> trademark;
                case PATENT -> patent;
                case OTHER -> other;
            };
        }
    }

    /** The values out of range, with their paths (§4.5 style). */
    List<Violation> violations() {
        List<Violation> out = new java.util.ArrayList<>();
        if (timelinessHours != null) {
            for (RoleClass roleClass : RoleClass.values()) {
                HoursByRight row = roleClass == RoleClass.HOST ? timelinessHours.host() : timelinessHours.conduit();
                if (row == null) {
                    continue;
                }
                for (RightType rightType : RightType.values()) {
                    Integer hours = row.get(rightType);
                    if (hours != null && (hours < 1 || hours > MAX_HOURS)) {
                        out.add(new Violation("policy.timelinessHours." + roleClass.name().toLowerCase(java.util.Locale.ROOT)
                                + "." + Policy.camel(rightType), "must be between 1 and " + MAX_HOURS + " hours"));
                    }
                }
            }
        }
        range(out, "policy.largeBatchItems", largeBatchItems, 1, 1_000_000);
        range(out, "policy.largeBatchMultiplier", largeBatchMultiplier, 1, 100);
        range(out, "policy.counterNoticeDays", counterNoticeDays, 1, 365);
        range(out, "policy.maxExcludedDelayWorkingDays", maxExcludedDelayWorkingDays, 0, 365);
        range(out, "policy.limitationYears", limitationYears, 1, 30);
        return out;
    }

    private static void range(List<Violation> out, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            out.add(new Violation(field, "must be between " + min + " and " + max));
        }
    }

    /** The configured policy with this request's values put in its place. */
    Policy applyTo(Policy base) {
        Map<RoleClass, Map<RightType, Integer>> hours = new EnumMap<>(RoleClass.class);
        for (RoleClass roleClass : RoleClass.values()) {
            Map<RightType, Integer> row = new EnumMap<>(RightType.class);
            HoursByRight given = timelinessHours == null ? null
                    : roleClass == RoleClass.HOST ? timelinessHours.host() : timelinessHours.conduit();
            for (RightType rightType : RightType.values()) {
                Integer value = given == null ? null : given.get(rightType);
                row.put(rightType, value != null ? value : base.hours(roleClass, rightType));
            }
            hours.put(roleClass, row);
        }
        return new Policy(hours,
                or(largeBatchItems, base.largeBatchItems()),
                or(largeBatchMultiplier, base.largeBatchMultiplier()),
                or(counterNoticeDays, base.counterNoticeDays()),
                or(maxExcludedDelayWorkingDays, base.maxExcludedDelayWorkingDays()),
                or(tllKnowledgeIncludesShouldHaveKnown, base.tllKnowledgeIncludesShouldHaveKnown()),
                holidays == null ? base.holidays() : dates(holidays),
                adjustedWorkingDays == null ? base.adjustedWorkingDays() : dates(adjustedWorkingDays),
                or(conduitNoticeDutyBeforeCivilCode, base.conduitNoticeDutyBeforeCivilCode()),
                or(patentForwardingSuffices, base.patentForwardingSuffices()),
                or(limitationYears, base.limitationYears()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Set<LocalDate> dates(List<LocalDate> dates) {
        return new LinkedHashSet<>(dates);
    }
}
