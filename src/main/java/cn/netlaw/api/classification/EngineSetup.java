package cn.netlaw.api.classification;

import cn.netlaw.api.explanation.Citations;
import cn.netlaw.api.explanation.ExplanationWriter;
import cn.netlaw.api.provisions.ProvisionCatalogue;
import cn.netlaw.liability.Band;
import cn.netlaw.liability.BandRight;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.TimelinessClass;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the engine from the configuration: the {@link Policy} of {@code liability.policy.*}, the clock of
 * {@code liability.evaluation-time} (fixed when set, else the system clock), and the plain readers (with the input
 * limits of {@code liability.limits.*}) and writer of the HTTP edge.
 */
@Singleton
public class EngineSetup {

    /**
     * Built when the service starts, so that a configuration the service cannot apply stops it there: a band whose
     * prompt bound exceeds its late bound, or a key that version 3.0 of the procedure removed.
     */
    @Produces
    @Singleton
    @Startup
    Policy policy(LiabilityConfig config, Config names) {
        List<String> removed = removedKeys(names.getPropertyNames());
        if (!removed.isEmpty()) {
            throw new IllegalStateException("Configuration keys removed in version 3.0 (docs/procedure.md#policy) are "
                    + "set: "
                    + String.join(", ", removed) + ". A timeliness band has two keys, "
                    + "liability.policy.timeliness-hours.<class>.<right>.prompt and .late (LIABILITY_POLICY_TIMELINESS_"
                    + "HOURS_<CLASS>_<RIGHT>_PROMPT and _LATE), and patent-forwarding-suffices is withdrawn; "
                    + "see docs/operations.md#configuration.");
        }
        return policy(config.policy());
    }

    private static final Pattern REMOVED = Pattern.compile(
            "(liability\\.policy\\.timeliness-hours\\.[a-z-]+\\.[a-z-]+|liability\\.policy\\.patent-forwarding-suffices"
                    + "|LIABILITY_POLICY_TIMELINESS_HOURS_[A-Z0-9_]+|LIABILITY_POLICY_PATENT_FORWARDING_SUFFICES)");

    /**
     * The configuration names among {@code names} that version 3.0 removed without aliases (docs/procedure.md#policy):
     * a 2.x single-number band ({@code liability.policy.timeliness-hours.<class>.<right>}, in property or environment
     * form) and {@code patent-forwarding-suffices}. Read silently as unknown, an environment variable of 2.x would
     * leave an operator's threshold unapplied; in sorted order.
     */
    static List<String> removedKeys(Iterable<String> names) {
        List<String> removed = new ArrayList<>();
        for (String name : names) {
            if (REMOVED.matcher(name).matches() && !name.endsWith("_PROMPT") && !name.endsWith("_LATE")) {
                removed.add(name);
            }
        }
        Collections.sort(removed);
        return removed;
    }

    @Produces
    @Singleton
    LiabilityEngine engine(Policy policy, LiabilityConfig config) {
        return new LiabilityEngine(policy, clock(config));
    }

    @Produces
    @Singleton
    Ruleset ruleset(Policy policy) {
        return Ruleset.of(policy);
    }

    @Produces
    @Singleton
    CaseReader caseReader(LimitsConfig limits, Policy policy) {
        return new CaseReader(limits.limits(), policy);
    }

    @Produces
    @Singleton
    BatchReader batchReader(LimitsConfig limits) {
        return new BatchReader(limits.maxBatchItems());
    }

    /** The provisions catalogue, read (and checked against the engine's ids) when the service starts. */
    @Produces
    @Singleton
    @Startup
    ProvisionCatalogue provisionCatalogue() {
        return ProvisionCatalogue.standard();
    }

    @Produces
    @Singleton
    Citations citations(ProvisionCatalogue catalogue) {
        return new Citations(catalogue);
    }

    @Produces
    @Singleton
    ClassificationWriter classificationWriter(Citations citations) {
        return new ClassificationWriter(new ExplanationWriter(citations));
    }

    /** The evaluation instant's source: fixed at {@code liability.evaluation-time} when set. */
    static Clock clock(LiabilityConfig config) {
        return config.evaluationTime()
                .map(time -> Clock.fixed(time.toInstant(), time.getOffset()))
                .orElseGet(Clock::systemUTC);
    }

    static Policy policy(LiabilityConfig.PolicyConfig config) {
        Map<TimelinessClass, Map<BandRight, Band>> bands = new EnumMap<>(TimelinessClass.class);
        Map<TimelinessClass, Map<BandRight, Band>> defaults = Policy.defaultBands();
        for (TimelinessClass timelinessClass : TimelinessClass.values()) {
            Map<BandRight, Band> row = new EnumMap<>(BandRight.class);
            for (Map.Entry<BandRight, Band> cell : defaults.get(timelinessClass).entrySet()) {
                LiabilityConfig.BandConfig given = band(config.timelinessHours(), timelinessClass, cell.getKey());
                Band band = cell.getValue();
                if (given != null) {
                    band = new Band(given.prompt().orElse(band.prompt()), given.late().orElse(band.late()));
                }
                row.put(cell.getKey(), band);
            }
            bands.put(timelinessClass, row);
        }
        return new Policy(
                bands,
                config.largeBatchItems(),
                config.largeBatchMultiplier(),
                config.counterNoticeDays(),
                config.maxExcludedDelayWorkingDays(),
                config.tllKnowledgeIncludesShouldHaveKnown(),
                new HashSet<>(config.holidays().orElse(List.of())),
                new HashSet<>(config.adjustedWorkingDays().orElse(List.of())),
                config.conduitNoticeDutyBeforeCivilCode(),
                config.limitationYears());
    }

    /**
     * The configured band of a class and right (every cell of the band table, docs/procedure.md#timeliness, has one).
     */
    private static LiabilityConfig.BandConfig band(LiabilityConfig.TimelinessHours hours, TimelinessClass cls,
            BandRight right) {
        return switch (cls) {
            case HOST -> switch (right) {
                case COPYRIGHT -> hours.host().copyright();
                case COPYRIGHT_OTHER -> hours.host().copyrightOther();
                case PERSONALITY -> hours.host().personality();
                case PERSONALITY_OBVIOUS -> hours.host().personalityObvious();
                case TRADEMARK -> hours.host().trademark();
                case PATENT -> hours.host().patent();
                case OTHER -> hours.host().other();
            };
            case CONDUIT -> switch (right) {
                case COPYRIGHT -> hours.conduit().copyright();
                case COPYRIGHT_OTHER -> hours.conduit().copyrightOther();
                case PERSONALITY -> hours.conduit().personality();
                case TRADEMARK -> hours.conduit().trademark();
                case PATENT -> hours.conduit().patent();
                case OTHER -> hours.conduit().other();
                case PERSONALITY_OBVIOUS -> null;
            };
            case ECOMMERCE -> switch (right) {
                case COPYRIGHT -> hours.ecommerce().copyright();
                case COPYRIGHT_OTHER -> hours.ecommerce().copyrightOther();
                case TRADEMARK -> hours.ecommerce().trademark();
                case PATENT -> hours.ecommerce().patent();
                default -> null;
            };
            case LIVE -> switch (right) {
                case COPYRIGHT -> hours.live().copyright();
                case COPYRIGHT_OTHER -> hours.live().copyrightOther();
                case PERSONALITY -> hours.live().personality();
                default -> null;
            };
        };
    }
}
