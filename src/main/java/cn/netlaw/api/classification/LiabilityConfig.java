package cn.netlaw.api.classification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The service's configuration under {@code liability.*} (docs/procedure.md#policy). The defaults are those of
 * {@code Policy.defaults()}: thresholds that are policy, not statute. Every key can also be given in its
 * environment-variable form, e.g. {@code LIABILITY_POLICY_TIMELINESS_HOURS_HOST_COPYRIGHT=12}. The ranges are
 * constraint annotations, checked at start by {@code ConfigRanges}: every value out of range is reported, not only the
 * first.
 */
@ConfigMapping(prefix = "liability")
public interface LiabilityConfig {

    /**
     * Fixes the evaluation instant for every request (ISO-8601 date-time with offset), for reproducible tests and
     * replays; unset, the system clock is used. {@code asOf} defaults to it.
     */
    Optional<OffsetDateTime> evaluationTime();

    PolicyConfig policy();

    /** {@code liability.policy.*}: the values of {@code cn.netlaw.liability.Policy}. */
    interface PolicyConfig {

        /**
         * docs/procedure.md#timeliness: timeliness bands in hours, {@code timeliness-hours.<class>.<right>.prompt} and
         * {@code .late}; a bound not set keeps the documented default ({@code Policy.defaultBands()}).
         */
        TimelinessHours timelinessHours();

        /**
         * docs/procedure.md#timeliness: a notice with more items than this gets {@link #largeBatchMultiplier()} on its
         * late bound.
         */
        @WithDefault("100")
        @Min(1) @Max(1_000_000)
        int largeBatchItems();

        @WithDefault("3")
        @Min(1) @Max(100)
        int largeBatchMultiplier();

        /**
         * docs/procedure.md#periods: reasonable period after a forwarded counter-notice outside the E-Commerce Law
         * (Civil Code 1196(2)).
         */
        @WithDefault("15")
        @Min(1) @Max(365)
        int counterNoticeDays();

        /** docs/procedure.md#periods: cap on the working days excluded under SPC Reply Art 3. */
        @WithDefault("20")
        @Min(0) @Max(365)
        int maxExcludedDelayWorkingDays();

        /**
         * docs/procedure.md#tll-knowledge: whether 应知 counts under Tort Liability Law 36(3) for rights other than
         * copyright.
         */
        @WithDefault("true")
        boolean tllKnowledgeIncludesShouldHaveKnown();

        /**
         * docs/procedure.md#timeliness, docs/procedure.md#periods: statutory holidays (+08:00 dates), rest days besides
         * Saturdays and Sundays. Default none.
         */
        Optional<List<LocalDate>> holidays();

        /** docs/procedure.md#periods: weekend days that are working days (调休). Default none. */
        Optional<List<LocalDate>> adjustedWorkingDays();

        /** 9.2: whether Tort Liability Law-era copyright notices to conduits are judged (3.0 default: false). */
        @WithDefault("false")
        boolean conduitNoticeDutyBeforeCivilCode();

        /** Years after the end of the state at which LIMITATION_PERIOD_TO_CHECK is flagged. */
        @WithDefault("3")
        @Min(1) @Max(30)
        int limitationYears();
    }

    /** docs/procedure.md#timeliness: the bands by class. */
    interface TimelinessHours {
        HostBands host();

        ConduitBands conduit();

        EcommerceBands ecommerce();

        LiveBands live();
    }

    /** HOST (STORAGE, SEARCH, LINKING): the measure. */
    interface HostBands {
        BandConfig copyright();

        BandConfig copyrightOther();

        BandConfig personality();

        BandConfig personalityObvious();

        BandConfig trademark();

        BandConfig patent();

        BandConfig other();
    }

    /** CONDUIT (ACCESS, CACHING, INFRASTRUCTURE): forward, warn or measure. */
    interface ConduitBands {
        BandConfig copyright();

        BandConfig copyrightOther();

        BandConfig personality();

        BandConfig trademark();

        BandConfig patent();

        BandConfig other();
    }

    /** ECOMMERCE (an e-commerce platform, an IP right). */
    interface EcommerceBands {
        BandConfig copyright();

        BandConfig copyrightOther();

        BandConfig trademark();

        BandConfig patent();
    }

    /** LIVE (a broadcast in progress). */
    interface LiveBands {
        BandConfig copyright();

        BandConfig copyrightOther();

        BandConfig personality();
    }

    /** One band: hours, more than 0, at most 8760, prompt not above late; unset keeps the default. */
    interface BandConfig {
        Optional<@DecimalMin(value = "0", inclusive = false, message = "must be more than 0 hours")
                @DecimalMax(value = "8760", message = "must be at most 8760 hours") Double> prompt();

        Optional<@DecimalMin(value = "0", inclusive = false, message = "must be more than 0 hours")
                @DecimalMax(value = "8760", message = "must be at most 8760 hours") Double> late();
    }
}
