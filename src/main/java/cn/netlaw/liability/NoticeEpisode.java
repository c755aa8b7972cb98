package cn.netlaw.liability;

import java.util.Objects;

/**
 * One notice, the provider's handling of it and an optional counter-notice (docs/request.md#fields, #episodes).
 * Optional fields may be {@code null} (absent).
 */
public record NoticeEpisode(
        Moment receivedAt,
        Moment reappearedAt,
        Boolean reappearedBySameUser,
        Boolean newGrounds,
        NoticeChannel channel,
        Boolean publishedChannel,
        Boolean includesIdentity,
        Boolean includesPreliminaryEvidence,
        Boolean includesReason,
        Boolean locatesContent,
        Integer itemCount,
        Boolean malicious,
        Boolean goodFaithProven,
        Moment forwardedAt,
        Moment measuresTakenAt,
        Boolean measureEffective,
        Moment restoredAt,
        CounterNotice counterNotice) {

    public NoticeEpisode {
        Objects.requireNonNull(receivedAt, "noticeHistory[].receivedAt is required");
    }
}
