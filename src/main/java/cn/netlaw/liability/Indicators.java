package cn.netlaw.liability;

/**
 * Facts from which the engine may derive knowledge (Step 6). {@code null} means absent (default false). The
 * prior-notice indicators may describe listed notices too (3.0); the engine itself derives only K3a from a
 * listed re-appearance by the same user (Step 6).
 */
public record Indicators(
        Boolean algorithmicRecommendation,
        Boolean manualEditorialHandling,
        Boolean manualPrePublicationReview,
        Boolean prominentPlacement,
        Boolean hotOrWellKnownWork,
        Boolean infringementObvious,
        Boolean directEconomicBenefit,
        Boolean priorNoticeSameUserOrInformation,
        Boolean priorNoticeSameWork,
        Boolean reasonableTechnicalMeasures,
        Boolean warningLetterBeforeUpload) {

    public static final Indicators NONE = new Indicators(null, null, null, null, null, null, null, null, null, null,
            null);
}
