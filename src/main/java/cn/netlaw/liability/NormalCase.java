package cn.netlaw.liability;

import java.time.Instant;
import java.util.List;

/**
 * A validated case with every default filled in (docs/request.md#fields) and every instant read as
 * docs/request.md#dates says (same-day bare dates resolved), plus the derived values of Step 0: {@code asOf},
 * {@code conductDate}, {@code stateEnd} and the timeline.
 *
 * @param episodes   the notice episodes in order of receipt (stable); {@link Episode#index()} is the input index
 * @param continuing the state continues at {@code asOf} (no known end)
 * @param givenEnd   the end of the state the caller gave ({@code conductEndDate}), or null
 */
record NormalCase(
        Role role,
        RightType rightType,
        Knowledge knowledge,
        Instant knowledgeSince,
        boolean knowledgeSinceBareDate,
        Instant indicatorsSince,
        boolean participatesInContent,
        boolean coProvidesWithUser,
        boolean userUploadProven,
        boolean altersContent,
        boolean selectsRecipients,
        boolean selectsTransmittedContent,
        boolean exposesToNonDesignatedRecipients,
        boolean substitutesSource,
        boolean substitutionNoUnreasonablePrejudice,
        boolean servesAfterOriginRemoval,
        boolean interferesWithOriginStats,
        boolean identifiesAsProvider,
        boolean instigates,
        Instant selfInitiatedMeasureAt,
        Instant userWarnedAt,
        Signals signals,
        List<Episode> episodes,
        Instant conductDate,
        Instant givenEnd,
        Instant stateEnd,
        boolean continuing,
        boolean endGivenByCaller,
        Instant asOf,
        boolean ecommercePlatform,
        boolean liveContent,
        Instant liveEndedAt,
        boolean contentInfringing,
        boolean paidDeletionAgreement,
        Timeline timeline) {

    /** The indicators of Step 6, defaults applied. */
    record Signals(
            boolean algorithmicRecommendation,
            boolean manualEditorialHandling,
            boolean manualPrePublicationReview,
            boolean prominentPlacement,
            boolean hotOrWellKnownWork,
            boolean infringementObvious,
            boolean directEconomicBenefit,
            boolean priorNoticeSameUserOrInformation,
            boolean priorNoticeSameWork,
            boolean reasonableTechnicalMeasures,
            boolean warningLetterBeforeUpload) {

        boolean anySet() {
            return anyOtherThanTechnicalMeasures() || reasonableTechnicalMeasures;
        }

        boolean anyOtherThanTechnicalMeasures() {
            return algorithmicRecommendation || manualEditorialHandling || manualPrePublicationReview
                    || prominentPlacement || hotOrWellKnownWork || infringementObvious || directEconomicBenefit
                    || priorNoticeSameUserOrInformation || priorNoticeSameWork || warningLetterBeforeUpload;
        }

        /** A prior-notice indicator is set: {@code indicatorsSince} is then when the repeat appeared (an "up" event). */
        boolean priorNotice() {
            return priorNoticeSameUserOrInformation || priorNoticeSameWork;
        }
    }

    /**
     * One notice episode, defaults applied, instants as read. The three content elements are {@code null} when the
     * caller did not state them (9.1: not stated, treated as not shown under the presumptive reading).
     */
    record Episode(
            int index,
            Instant receivedAt,
            Instant reappearedAt,
            boolean reappearedBySameUser,
            boolean newGrounds,
            NoticeChannel channel,
            boolean publishedChannel,
            Boolean includesIdentity,
            Boolean includesPreliminaryEvidence,
            boolean includesReason,
            Boolean locatesContent,
            int itemCount,
            boolean malicious,
            boolean goodFaithProven,
            Instant forwardedAt,
            Instant measuresTakenAt,
            boolean measureEffective,
            Instant restoredAt,
            Counter counter) {

        /** Some of identity, preliminary evidence and location was not stated (9.1). */
        boolean contentNotStated() {
            return includesIdentity == null || includesPreliminaryEvidence == null || locatesContent == null;
        }

        /** The measure, when it was taken and stopped access ({@code measureEffective=false}: treated as not taken). */
        Instant effectiveMeasure() {
            return measureEffective ? measuresTakenAt : null;
        }

        /** The episode's path in the request, {@code noticeHistory[i]}. */
        String path() {
            return path(index);
        }

        private static final String[] PATHS = new String[64];
        private static final String[] COUNTER_NOTICE_PATHS = new String[PATHS.length];

        static {
            for (int i = 0; i < PATHS.length; i++) {
                PATHS[i] = "noticeHistory[" + i + "]";
                COUNTER_NOTICE_PATHS[i] = PATHS[i] + ".counterNotice";
            }
        }

        static String path(int index) {
            return index < PATHS.length ? PATHS[index] : "noticeHistory[" + index + "]";
        }

        static String counterNoticePath(int index) {
            return index < PATHS.length ? COUNTER_NOTICE_PATHS[index] : path(index) + ".counterNotice";
        }

    }

    /** A counter-notice, defaults applied, instants as read. */
    record Counter(
            Instant receivedAt,
            boolean includesIdentity,
            boolean includesPreliminaryEvidence,
            Instant forwardedToRightsHolderAt,
            Instant rightsHolderComplainedOrSuedAt,
            int excludedDelayWorkingDays) {

        /**
         * Identity and preliminary evidence: one rule for notices and counter-notices (docs/procedure.md#restorations).
         */
        boolean valid() {
            return includesIdentity && includesPreliminaryEvidence;
        }
    }

    RoleClass roleClass() {
        return role.roleClass();
    }

    /** A role that forwards or warns rather than removes: CONDUIT or INFRASTRUCTURE. */
    boolean forwardingRole() {
        return !role.isHost();
    }

    boolean copyright() {
        return rightType == RightType.COPYRIGHT;
    }

    boolean personality() {
        return rightType == RightType.PERSONALITY;
    }

    boolean ip() {
        return rightType.isIntellectualProperty();
    }

    /**
     * {@code ecl(t)}: an e-commerce platform, an IP right, and an instant after 2019-01-01 (the notation of the steps'
     * comments).
     */
    boolean ecl(Instant t) {
        return ecommercePlatform && ip() && t.isAfter(Instants.E_COMMERCE_LAW_IN_FORCE);
    }

    /** {@code ecl}: the E-Commerce Law governs the case (the state lasted past 2019-01-01). */
    boolean ecl() {
        return ecl(stateEnd);
    }

    /** {@code R(t)}: the act regime at instant t (the notation of the steps' comments). */
    static Regime actRegime(Instant t) {
        return t.isBefore(Instants.CIVIL_CODE_IN_FORCE) ? Regime.TORT_LIABILITY_LAW : Regime.CIVIL_CODE;
    }
}
