package cn.netlaw.liability;

/**
 * Facts from which the engine may derive knowledge (Step 6). {@code null} means absent (default false). The
 * indicators describe facts outside the listed notice history; listed episodes never feed them (§4.2).
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
        Boolean reasonableTechnicalMeasures) {

    public static final Indicators NONE = new Indicators(null, null, null, null, null, null, null, null, null, null);
}
