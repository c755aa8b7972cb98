package cn.netlaw.liability;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Policy values the statute leaves open (docs/procedure.md#policy). These are engineering choices, not law:
 * results that turn on them are flagged for review. Configuration names: {@code liability.policy.*}.
 *
 * @param bands                            timeliness bands by class and right, every banded cell present
 *                                         (docs/procedure.md#timeliness)
 * @param largeBatchItems                  a notice with more items than this gets the multiplier on its late bound
 * @param largeBatchMultiplier             multiplier of the late bound for large notices (docs/procedure.md#timeliness)
 * @param counterNoticeDays                reasonable period after a forwarded counter-notice, Civil Code 1196(2)
 *                                         (docs/procedure.md#periods)
 * @param maxExcludedDelayWorkingDays      cap on the SPC Reply Art 3 extension (docs/procedure.md#periods)
 * @param tllKnowledgeIncludesShouldHaveKnown whether 应知 counts under TLL 36(3) for non-copyright rights
 *                                         (docs/procedure.md#tll-knowledge)
 * @param holidays                         statutory holidays, rest days besides weekends (docs/procedure.md#periods)
 * @param adjustedWorkingDays              调休 weekend days that are working days (docs/procedure.md#periods)
 * @param conduitNoticeDutyBeforeCivilCode whether TLL-era copyright notices to conduits are judged (9.2)
 * @param limitationYears                  years after which the limitation period is flagged (Finally)
 */
public record Policy(
        Map<TimelinessClass, Map<BandRight, Band>> bands,
        int largeBatchItems,
        int largeBatchMultiplier,
        int counterNoticeDays,
        int maxExcludedDelayWorkingDays,
        boolean tllKnowledgeIncludesShouldHaveKnown,
        Set<LocalDate> holidays,
        Set<LocalDate> adjustedWorkingDays,
        boolean conduitNoticeDutyBeforeCivilCode,
        int limitationYears) {

    public Policy {
        Objects.requireNonNull(bands, "bands");
        EnumMap<TimelinessClass, Map<BandRight, Band>> copy = new EnumMap<>(TimelinessClass.class);
        for (TimelinessClass timelinessClass : TimelinessClass.values()) {
            Map<BandRight, Band> row = bands.get(timelinessClass);
            EnumMap<BandRight, Band> rowCopy = new EnumMap<>(BandRight.class);
            for (BandRight right : BandRight.values()) {
                if (!right.bandedIn(timelinessClass)) {
                    continue;
                }
                Band band = row == null ? null : row.get(right);
                if (band == null) {
                    throw new IllegalArgumentException("timeliness band missing for " + timelinessClass + "/" + right);
                }
                rowCopy.put(right, band);
            }
            copy.put(timelinessClass, java.util.Collections.unmodifiableMap(rowCopy));
        }
        // enum maps: band() is an array lookup (Step 12 and every notice ask for bands)
        bands = java.util.Collections.unmodifiableMap(copy);
        if (largeBatchItems < 1 || largeBatchMultiplier < 1 || counterNoticeDays < 1 || maxExcludedDelayWorkingDays < 0
                || limitationYears < 1) {
            throw new IllegalArgumentException("policy values out of range");
        }
        holidays = Set.copyOf(holidays == null ? Set.of() : holidays);
        adjustedWorkingDays = Set.copyOf(adjustedWorkingDays == null ? Set.of() : adjustedWorkingDays);
    }

    /** The default bands (docs/procedure.md#timeliness; hours, prompt / late). */
    public static Map<TimelinessClass, Map<BandRight, Band>> defaultBands() {
        Map<TimelinessClass, Map<BandRight, Band>> bands = new EnumMap<>(TimelinessClass.class);
        Map<BandRight, Band> host = new EnumMap<>(BandRight.class);
        host.put(BandRight.COPYRIGHT, new Band(24, 72));
        host.put(BandRight.COPYRIGHT_OTHER, new Band(48, 120));
        host.put(BandRight.PERSONALITY, new Band(24, 120));
        host.put(BandRight.PERSONALITY_OBVIOUS, new Band(24, 72));
        host.put(BandRight.TRADEMARK, new Band(48, 120));
        host.put(BandRight.PATENT, new Band(72, 240));
        host.put(BandRight.OTHER, new Band(48, 120));
        bands.put(TimelinessClass.HOST, host);
        Map<BandRight, Band> ecommerce = new EnumMap<>(BandRight.class);
        ecommerce.put(BandRight.COPYRIGHT, new Band(48, 120));
        ecommerce.put(BandRight.COPYRIGHT_OTHER, new Band(48, 120));
        ecommerce.put(BandRight.TRADEMARK, new Band(48, 120));
        ecommerce.put(BandRight.PATENT, new Band(72, 240));
        bands.put(TimelinessClass.ECOMMERCE, ecommerce);
        Map<BandRight, Band> conduit = new EnumMap<>(BandRight.class);
        for (BandRight right : BandRight.values()) {
            if (right.bandedIn(TimelinessClass.CONDUIT)) {
                conduit.put(right, new Band(24, 72));
            }
        }
        bands.put(TimelinessClass.CONDUIT, conduit);
        Map<BandRight, Band> live = new EnumMap<>(BandRight.class);
        live.put(BandRight.COPYRIGHT, new Band(0.5, 2));
        live.put(BandRight.COPYRIGHT_OTHER, new Band(0.5, 2));
        live.put(BandRight.PERSONALITY, new Band(0.5, 2));
        bands.put(TimelinessClass.LIVE, live);
        return bands;
    }

    /** The defaults (docs/procedure.md#policy). */
    public static Policy defaults() {
        return new Policy(defaultBands(), 100, 3, 15, 20, true, Set.of(), Set.of(), false, 3);
    }

    /** The band of a class and right; the cell must exist ({@link BandRight#bandedIn}). */
    public Band band(TimelinessClass timelinessClass, BandRight right) {
        Band band = bands.get(timelinessClass).get(right);
        if (band == null) {
            throw new IllegalArgumentException("no band for " + timelinessClass + "/" + right);
        }
        return band;
    }

    /** Sorted holiday dates, for stable rendering and hashing. */
    public Set<LocalDate> sortedHolidays() {
        return new TreeSet<>(holidays);
    }
}
