package cn.netlaw.api.classification;

import cn.netlaw.api.problem.Ranges;
import cn.netlaw.liability.Band;
import cn.netlaw.liability.BandRight;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.TimelinessClass;
import cn.netlaw.liability.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Policy values for one decision only: the names are those of the configuration ({@code liability.policy.*}) in
 * camelCase; every value given replaces the configured one for this request and is echoed in the result's assumptions
 * ({@code POLICY_OVERRIDE}); {@code rulesetVersion} stays the configured one. A key whose value is null keeps the
 * configured value.
 */
@Schema(name = "RequestPolicy", additionalProperties = Schema.False.class, description = """
        Policy values for this decision only, overriding the service's configuration (docs: timeliness bands, \
        counter-notice period, calendar). These are engineering choices, not law: every value given is echoed in \
        `assumptions` as POLICY_OVERRIDE (`<key path>=<value>`, in the order of the request's keys), and \
        `rulesetVersion` keeps naming the configured policy. Absent or null values keep the configured ones.""")
public record RequestPolicy(
        @Schema(nullable = true, description = """
                Timeliness bands in hours from the start of a duty, by class and right: `{"host": {"copyright": \
                {"prompt": 12, "late": 48}}}`. A handling by the prompt bound is clearly in time, one after the late \
                bound clearly late, in between contested (TIMELINESS). A pair may give one bound (the other keeps its \
                configured value); after that prompt must not exceed late.""")
        @Valid TimelinessHours timelinessHours,

        @Schema(nullable = true,
                description = "A notice with more items than this gets its late bound multiplied (default 100).")
        @Min(value = 1, message = "must be between 1 and 1000000")
        @Max(value = 1000000, message = "must be between 1 and 1000000")
        Integer largeBatchItems,

        @Schema(nullable = true,
                description = "The multiplier of the late bound for large notices (default 3).")
        @Min(value = 1, message = "must be between 1 and 100")
        @Max(value = 100, message = "must be between 1 and 100")
        Integer largeBatchMultiplier,

        @Schema(nullable = true,  description = """
                The reasonable period in calendar days after a forwarded counter-notice outside the E-Commerce Law \
                (Civil Code 1196(2); default 15).""")
        @Min(value = 1, message = "must be between 1 and 365")
        @Max(value = 365, message = "must be between 1 and 365")
        Integer counterNoticeDays,

        @Schema(nullable = true,
                description = "Cap on the working days excluded under SPC Reply Art 3 (default 20).")
        @Min(value = 0, message = "must be between 0 and 365")
        @Max(value = 365, message = "must be between 0 and 365")
        Integer maxExcludedDelayWorkingDays,

        @Schema(nullable = true, description = """
                Whether 应知 (should have known) counts as 知道 under Tort Liability Law 36(3) for rights other than \
                copyright and e-commerce IP (default true).""")
        Boolean tllKnowledgeIncludesShouldHaveKnown,

        @Schema(nullable = true, description = """
                Statutory holidays (rest days besides weekends), dates YYYY-MM-DD at +08:00; replaces the configured \
                calendar for this decision; [] empties it. Each listed holiday a duty's window touches extends its late \
                bound by a day; the counter-notice period rolls over rest days.""")
        List<LocalDate> holidays,

        @Schema(nullable = true, description = """
                Weekend days that are working days (调休), dates YYYY-MM-DD; replaces the configured list.""")
        List<LocalDate> adjustedWorkingDays,

        @Schema(nullable = true, description = """
                Whether Tort Liability Law-era copyright notices to conduits (ACCESS, CACHING) are judged, a miss at \
                the late deadline then being a determined late event (default false: such notices are skipped, \
                before 2021 a conduit meeting Regulation Arts 20/21 is in the harbour).""")
        Boolean conduitNoticeDutyBeforeCivilCode,

        @Schema(nullable = true,  description = """
                Years after the end of the state from which a liability result is flagged LIMITATION_PERIOD_TO_CHECK \
                (Civil Code 188; default 3).""")
        @Min(value = 1, message = "must be between 1 and 30")
        @Max(value = 30, message = "must be between 1 and 30")
        Integer limitationYears) {

    // The rights of the band table (docs/procedure.md#timeliness), as the request names them.
    private static final String RIGHT_COPYRIGHT = "COPYRIGHT: the right of communication through information "
            + "networks (信息网络传播权).";
    private static final String RIGHT_COPYRIGHT_OTHER = "COPYRIGHT_OTHER: other copyright powers "
            + "(distribution of pirated copies, broadcasting).";
    private static final String RIGHT_PERSONALITY = "PERSONALITY: personality rights (name, reputation, "
            + "privacy, portrait).";
    private static final String RIGHT_PERSONALITY_OBVIOUS = "PERSONALITY with infringementObvious: doxxing, "
            + "intimate images, plain insults.";
    private static final String RIGHT_TRADEMARK = "TRADEMARK.";
    private static final String RIGHT_PATENT = "PATENT: technical comparison needed; a host's forwarding of a "
            + "patent notice is judged on this band too.";
    private static final String RIGHT_OTHER = "OTHER: any other right or interest, e.g. unfair competition.";

    /** Bands by class. */
    @Schema(name = "TimelinessBands", additionalProperties = Schema.False.class, description = """
            Timeliness bands by class: host (STORAGE, SEARCH, LINKING), conduit (ACCESS, CACHING, INFRASTRUCTURE), \
            ecommerce (an e-commerce platform and an IP right), live (a broadcast in progress).""")
    public record TimelinessHours(
            @Schema(nullable = true, description = """
                    A host (STORAGE, SEARCH, LINKING): the measure on a valid notice (Civil Code 1195(2) 「及时」, \
                    Regulation Art 15 「立即」 for copyright), acting after knowledge (1197), forwarding.""")
            @Valid HostBands host,
            @Schema(nullable = true, description = """
                    A conduit (ACCESS, CACHING) or an infrastructure provider (INFRASTRUCTURE): forwarding the notice \
                    or warning the customer, or a measure; between the bounds in time.""")
            @Valid ConduitBands conduit,
            @Schema(nullable = true, description = """
                    An e-commerce platform and an IP right, whatever the role's class: one E-Commerce Law Art 42 \
                    procedure for every IP complaint.""")
            @Valid EcommerceBands ecommerce,
            @Schema(nullable = true, description = """
                    Content broadcast live (liveContent), for a duty that starts while it is live: the harm happens \
                    during the broadcast (Civil Code 1195(2) 「根据…服务类型」); a stored replay uses the next class.""")
            @Valid LiveBands live) {
    }

    /** The HOST row (docs/procedure.md#timeliness): every right, and personalityObvious. */
    @Schema(name = "HostBands", additionalProperties = Schema.False.class,
            description = "Bands of host roles by right (personalityObvious: an obvious personality "
            + "infringement such as doxxing, intimate images or plain insults).")
    public record HostBands(
            @Schema(nullable = true, description = RIGHT_COPYRIGHT) @Valid Bound copyright,
            @Schema(nullable = true, description = RIGHT_COPYRIGHT_OTHER) @Valid Bound copyrightOther,
            @Schema(nullable = true, description = RIGHT_PERSONALITY) @Valid Bound personality,
            @Schema(nullable = true, description = RIGHT_PERSONALITY_OBVIOUS) @Valid Bound personalityObvious,
            @Schema(nullable = true, description = RIGHT_TRADEMARK) @Valid Bound trademark,
            @Schema(nullable = true, description = RIGHT_PATENT) @Valid Bound patent,
            @Schema(nullable = true, description = RIGHT_OTHER) @Valid Bound other) {
    }

    /** The CONDUIT row (docs/procedure.md#timeliness): every right. */
    @Schema(name = "ConduitBands", additionalProperties = Schema.False.class,
            description = "Bands of conduits and infrastructure providers (forward, warn, "
            + "measure) by right.")
    public record ConduitBands(
            @Schema(nullable = true, description = RIGHT_COPYRIGHT) @Valid Bound copyright,
            @Schema(nullable = true, description = RIGHT_COPYRIGHT_OTHER) @Valid Bound copyrightOther,
            @Schema(nullable = true, description = RIGHT_PERSONALITY) @Valid Bound personality,
            @Schema(nullable = true, description = RIGHT_TRADEMARK) @Valid Bound trademark,
            @Schema(nullable = true, description = RIGHT_PATENT) @Valid Bound patent,
            @Schema(nullable = true, description = RIGHT_OTHER) @Valid Bound other) {
    }

    /** The ECOMMERCE row (docs/procedure.md#timeliness): IP rights only. */
    @Schema(name = "EcommerceBands", additionalProperties = Schema.False.class,
            description = "Bands of an e-commerce platform for IP rights (one E-Commerce Law "
            + "Art 42 procedure).")
    public record EcommerceBands(
            @Schema(nullable = true, description = RIGHT_COPYRIGHT) @Valid Bound copyright,
            @Schema(nullable = true, description = RIGHT_COPYRIGHT_OTHER) @Valid Bound copyrightOther,
            @Schema(nullable = true, description = RIGHT_TRADEMARK) @Valid Bound trademark,
            @Schema(nullable = true, description = RIGHT_PATENT) @Valid Bound patent) {
    }

    /** The LIVE row (docs/procedure.md#timeliness): copyright, other copyright powers and personality rights only. */
    @Schema(name = "LiveBands", additionalProperties = Schema.False.class,
            description = "Bands while a broadcast is live (copyright, other copyright powers and "
            + "personality rights only).")
    public record LiveBands(
            @Schema(nullable = true, description = RIGHT_COPYRIGHT) @Valid Bound copyright,
            @Schema(nullable = true, description = RIGHT_COPYRIGHT_OTHER) @Valid Bound copyrightOther,
            @Schema(nullable = true, description = RIGHT_PERSONALITY) @Valid Bound personality) {
    }

    /** One band: either bound may be given alone. */
    @Schema(name = "BandBounds", additionalProperties = Schema.False.class, description = """
            Hours from the start of the duty (more than 0, at most 8760, decimals allowed): prompt, the service's \
            clearly-in-time bound; late, the clearly-late bound. A bound not given keeps its configured value.""")
    public record Bound(
            @Schema(nullable = true, description = """
                    Hours by which the duty is clearly done in time; a handling after it and by late is contested \
                    (TIMELINESS, presumptively in time on host roles). A late episode's liable period starts here. \
                    Absent or null: the configured value.""")
            @DecimalMin(value = "0", inclusive = false, message = HOURS) @DecimalMax(value = "8760", message = HOURS)
            Double prompt,
            @Schema(nullable = true, description = """
                    Hours after which a duty not done is clearly late under every reading (before the batch \
                    multiplier and the holiday extension, which lengthen it). Absent or null: the configured value.""")
            @DecimalMin(value = "0", inclusive = false, message = HOURS) @DecimalMax(value = "8760", message = HOURS)
            Double late) {

        static final String HOURS = "must be more than 0 and at most 8760 hours";
    }

    /** The bound pair given for a class and right, or null. */
    Bound bound(TimelinessClass timelinessClass, BandRight right) {
        if (timelinessHours == null) {
            return null;
        }
        return switch (timelinessClass) {
            case HOST -> {
                HostBands h = timelinessHours.host();
                yield h == null ? null : switch (right) {
                    case COPYRIGHT -> h.copyright();
                    case COPYRIGHT_OTHER -> h.copyrightOther();
                    case PERSONALITY -> h.personality();
                    case PERSONALITY_OBVIOUS -> h.personalityObvious();
                    case TRADEMARK -> h.trademark();
                    case PATENT -> h.patent();
                    case OTHER -> h.other();
                };
            }
            case CONDUIT -> {
                ConduitBands h = timelinessHours.conduit();
                yield h == null ? null : switch (right) {
                    case COPYRIGHT -> h.copyright();
                    case COPYRIGHT_OTHER -> h.copyrightOther();
                    case PERSONALITY -> h.personality();
                    case TRADEMARK -> h.trademark();
                    case PATENT -> h.patent();
                    case OTHER -> h.other();
                    case PERSONALITY_OBVIOUS -> null;
                };
            }
            case ECOMMERCE -> {
                EcommerceBands h = timelinessHours.ecommerce();
                yield h == null ? null : switch (right) {
                    case COPYRIGHT -> h.copyright();
                    case COPYRIGHT_OTHER -> h.copyrightOther();
                    case TRADEMARK -> h.trademark();
                    case PATENT -> h.patent();
                    default -> null;
                };
            }
            case LIVE -> {
                LiveBands h = timelinessHours.live();
                yield h == null ? null : switch (right) {
                    case COPYRIGHT -> h.copyright();
                    case COPYRIGHT_OTHER -> h.copyrightOther();
                    case PERSONALITY -> h.personality();
                    default -> null;
                };
            }
        };
    }

    /**
     * The values out of range against the configured policy, with their paths (docs/request.md#rule-16): the ranges are the
     * constraint annotations of these records (which also give the contract its minimum and maximum), checked in the
     * order the records declare their components ({@link Ranges}); then, for each band whose bounds are in range,
     * prompt not above late (a bound not given taking its configured value).
     */
    List<Violation> violations(Policy base) {
        List<Violation> out = new ArrayList<>();
        Set<String> outOfRange = new TreeSet<>();
        for (Ranges.OutOfRange v : Ranges.ofRecord("policy", this)) {
            out.add(new Violation(v.path(), v.message()));
            outOfRange.add(v.path().substring(0, v.path().lastIndexOf('.')));
        }
        for (TimelinessClass timelinessClass : TimelinessClass.values()) {
            for (BandRight right : BandRight.values()) {
                if (!right.bandedIn(timelinessClass)) {
                    continue;
                }
                Bound bound = bound(timelinessClass, right);
                String path = "policy.timelinessHours." + timelinessClass.key() + "." + right.camel();
                if (bound == null || outOfRange.contains(path)) {
                    continue;
                }
                Band configured = base.band(timelinessClass, right);
                double prompt = bound.prompt() != null ? bound.prompt() : configured.prompt();
                double late = bound.late() != null ? bound.late() : configured.late();
                if (prompt > late) {
                    out.add(new Violation(path, "prompt (" + Band.hours(prompt) + " h) must not exceed late ("
                            + Band.hours(late) + " h); a bound not given keeps its configured value"));
                }
            }
        }
        return out;
    }

    /** The configured policy with this request's values put in its place. */
    Policy applyTo(Policy base) {
        Map<TimelinessClass, Map<BandRight, Band>> bands = new EnumMap<>(TimelinessClass.class);
        for (TimelinessClass timelinessClass : TimelinessClass.values()) {
            Map<BandRight, Band> row = new EnumMap<>(BandRight.class);
            for (BandRight right : BandRight.values()) {
                if (!right.bandedIn(timelinessClass)) {
                    continue;
                }
                Band configured = base.band(timelinessClass, right);
                Bound given = bound(timelinessClass, right);
                row.put(right, given == null ? configured : new Band(
                        given.prompt() != null ? given.prompt() : configured.prompt(),
                        given.late() != null ? given.late() : configured.late()));
            }
            bands.put(timelinessClass, row);
        }
        return new Policy(bands,
                or(largeBatchItems, base.largeBatchItems()),
                or(largeBatchMultiplier, base.largeBatchMultiplier()),
                or(counterNoticeDays, base.counterNoticeDays()),
                or(maxExcludedDelayWorkingDays, base.maxExcludedDelayWorkingDays()),
                or(tllKnowledgeIncludesShouldHaveKnown, base.tllKnowledgeIncludesShouldHaveKnown()),
                holidays == null ? base.holidays() : dates(holidays),
                adjustedWorkingDays == null ? base.adjustedWorkingDays() : dates(adjustedWorkingDays),
                or(conduitNoticeDutyBeforeCivilCode, base.conduitNoticeDutyBeforeCivilCode()),
                or(limitationYears, base.limitationYears()));
    }

    /**
     * The values the request's {@code policy} object gives, as {@code <key path>=<value>} in the order of its keys
     * ({@code prompt} before {@code late}): numbers in their shortest form, booleans and arrays as JSON, a date array
     * sorted without duplicates; null values are left out (they keep the configured value).
     */
    static List<String> overrides(JsonNode policy) {
        List<String> out = new ArrayList<>();
        if (policy == null || !policy.isObject()) {
            return out;
        }
        for (Map.Entry<String, JsonNode> field : policy.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (key.equals("timelinessHours")) {
                for (Map.Entry<String, JsonNode> cls : value.properties()) {
                    if (cls.getValue().isNull()) {
                        continue;
                    }
                    for (Map.Entry<String, JsonNode> right : cls.getValue().properties()) {
                        JsonNode pair = right.getValue();
                        String path = key + "." + cls.getKey() + "." + right.getKey();
                        for (String bound : new String[] {"prompt", "late"}) {
                            JsonNode h = pair.get(bound);
                            if (h != null && !h.isNull()) {
                                out.add(path + "." + bound + "=" + Band.hours(h.asDouble()));
                            }
                        }
                    }
                }
            } else if (value.isArray()) {
                Set<String> dates = new TreeSet<>();
                value.forEach(d -> dates.add(d.asText()));
                StringBuilder json = new StringBuilder("[");
                for (String date : dates) {
                    json.append(json.length() > 1 ? "," : "").append('"').append(date).append('"');
                }
                out.add(key + "=" + json.append(']'));
            } else {
                out.add(key + "=" + value.asText());
            }
        }
        return out;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Set<LocalDate> dates(List<LocalDate> dates) {
        return new LinkedHashSet<>(dates);
    }
}
