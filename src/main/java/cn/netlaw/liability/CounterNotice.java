package cn.netlaw.liability;

import java.util.Objects;

/**
 * The user's declaration of non-infringement (docs/request.md#fields). Optional fields may be {@code null} (absent).
 */
public record CounterNotice(
        Moment receivedAt,
        Boolean includesIdentity,
        Boolean includesPreliminaryEvidence,
        Moment forwardedToRightsHolderAt,
        Moment rightsHolderComplainedOrSuedAt,
        Integer excludedDelayWorkingDays) {

    public CounterNotice {
        Objects.requireNonNull(receivedAt, "counterNotice.receivedAt is required");
    }
}
