package cn.netlaw.liability;

import java.util.Objects;

/**
 * What the provider is and did (docs/request.md#fields). Every field but {@code role} may be {@code null}, meaning
 * absent: the default of docs/request.md#fields applies.
 */
public record ProviderFacts(
        Role role,
        Knowledge knowledge,
        Moment knowledgeSince,
        Moment indicatorsSince,
        Boolean participatesInContent,
        Boolean coProvidesWithUser,
        Boolean userUploadProven,
        Boolean altersContent,
        Boolean selectsRecipients,
        Boolean selectsTransmittedContent,
        Boolean exposesToNonDesignatedRecipients,
        Boolean substitutesSource,
        Boolean substitutionNoUnreasonablePrejudice,
        Boolean servesAfterOriginRemoval,
        Boolean interferesWithOriginStats,
        Boolean identifiesAsProvider,
        Boolean instigates,
        Moment selfInitiatedMeasureAt,
        Moment userWarnedAt,
        Indicators indicators) {

    public ProviderFacts {
        Objects.requireNonNull(role, "provider.role is required");
    }

    /** A provider of the given role with every other fact absent. */
    public static ProviderFacts of(Role role) {
        return new ProviderFacts(role, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }
}
