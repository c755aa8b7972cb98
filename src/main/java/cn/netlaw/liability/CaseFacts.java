package cn.netlaw.liability;

import java.util.List;
import java.util.Objects;

/**
 * One case as the caller describes it (docs/request.md). {@code null} on an optional field means absent; the
 * engine fills the defaults of docs/request.md#fields and reports them as assumptions.
 */
public record CaseFacts(
        ProviderFacts provider,
        List<NoticeEpisode> noticeHistory,
        RightType rightType,
        Moment conductDate,
        Moment conductEndDate,
        Boolean ongoing,
        Moment asOf,
        Boolean ecommercePlatform,
        Boolean liveContent,
        Moment liveEndedAt,
        Boolean contentInfringing,
        Boolean paidDeletionAgreement) {

    public CaseFacts {
        Objects.requireNonNull(provider, "provider is required");
        noticeHistory = noticeHistory == null ? List.of() : List.copyOf(noticeHistory);
    }

    /** The minimal request: a provider of the given role, everything else absent. */
    public static CaseFacts minimal(Role role) {
        return new CaseFacts(ProviderFacts.of(role), List.of(), null, null, null, null, null, null, null, null, null,
                null);
    }
}
