package cn.netlaw.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The service's configuration under {@code liability.*} (decision-spec §11). The defaults are those of
 * {@code Policy.defaults()}: thresholds that are policy, not statute. Every key can also be given in its
 * environment-variable form, e.g. {@code LIABILITY_POLICY_TIMELINESS_HOURS_HOST_COPYRIGHT=12}.
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

        /** §6: hours from a valid notice (or from knowledgeFrom) within which the provider must act. */
        TimelinessHours timelinessHours();

        /** §6: a notice with more items than this gets {@link #largeBatchMultiplier()}. */
        @WithDefault("100")
        int largeBatchItems();

        @WithDefault("3")
        int largeBatchMultiplier();

        /** §7: reasonable period after a forwarded counter-notice outside the E-Commerce Law (Civil Code 1196(2)). */
        @WithDefault("15")
        int counterNoticeDays();

        /** §7: cap on the working days excluded under SPC Reply Art 3. */
        @WithDefault("20")
        int maxExcludedDelayWorkingDays();

        /** §9: whether 应知 counts under Tort Liability Law 36(3) for rights other than copyright. */
        @WithDefault("true")
        boolean tllKnowledgeIncludesShouldHaveKnown();

        /** §7: statutory holidays (+08:00 dates), rest days besides Saturdays and Sundays. Default none. */
        Optional<List<LocalDate>> holidays();

        /** §7: weekend days that are working days (调休). Default none. */
        Optional<List<LocalDate>> adjustedWorkingDays();

        /** 9.2: whether conduits must act on notices before 2021. */
        @WithDefault("true")
        boolean conduitNoticeDutyBeforeCivilCode();

        /** 9.3: whether forwarding alone answers a patent notice. */
        @WithDefault("false")
        boolean patentForwardingSuffices();

        /** Years after the end of the state at which LIMITATION_PERIOD_TO_CHECK is flagged. */
        @WithDefault("3")
        int limitationYears();
    }

    interface TimelinessHours {
        HostHours host();

        ConduitHours conduit();
    }

    /** §6, row HOST (STORAGE, SEARCH, LINKING): hours for the measure. */
    interface HostHours {
        @WithDefault("24")
        int copyright();

        @WithDefault("72")
        int copyrightOther();

        @WithDefault("48")
        int personality();

        @WithDefault("72")
        int trademark();

        @WithDefault("168")
        int patent();

        @WithDefault("72")
        int other();
    }

    /** §6, row CONDUIT (ACCESS, CACHING): hours to forward, warn or take a measure. */
    interface ConduitHours {
        @WithDefault("72")
        int copyright();

        @WithDefault("72")
        int copyrightOther();

        @WithDefault("72")
        int personality();

        @WithDefault("72")
        int trademark();

        @WithDefault("168")
        int patent();

        @WithDefault("72")
        int other();
    }
}
