package cn.netlaw.api.classification;

import cn.netlaw.liability.Knowledge;
import cn.netlaw.liability.NoticeChannel;
import cn.netlaw.liability.RightType;
import cn.netlaw.liability.Role;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One case as the caller describes it (docs/request.md#fields). {@code null} on an optional property means the
 * property is absent and its default applies; {@code null} on a required property, or as an array element, is
 * rejected, and so is any property not listed here. Timestamps stay strings until {@link CaseReader} parses them
 * (docs/request.md#dates).
 */
@Schema(name = "ClassificationRequest", additionalProperties = Schema.False.class, description = """
        One piece of allegedly infringing content (or one infringing act) on one provider's service, with the \
        provider's role and conduct, the notices it received and how it handled them (docs/request.md). Only \
        `provider.role` is required: `{"provider":{"role":"STORAGE"}}` is a complete request. `null` on an optional \
        property means absent (the default applies); `null` on a required property or as an array element, and \
        unknown properties at any level, are rejected with 400. Each property's default is stated in its description \
        ("Absent: ..."), not as a schema default: the service applies it and reports it in `assumptions`, so a client \
        omits what it does not know rather than sending the default.""")
public record ClassificationRequest(
        @Schema(required = true,
                description = "The network service provider (网络服务提供者) whose liability is classified.")
        Provider provider,

        @Schema(nullable = true, description = """
                The notices the provider received about this content, each with the provider's handling of it and an \
                optional counter-notice (docs/request.md#episodes). Episodes concern the same content and are judged \
                in order of `receivedAt`; each notice by the law at its own date. `null` = `[]`; elements may not be \
                null. An object (the 1.0 shape) is rejected. Absent: [] (no notice).""")
        List<Episode> noticeHistory,

        @Schema(nullable = true, description = """
                The kind of right infringed. COPYRIGHT: the right of communication through information networks \
                (信息网络传播权) and the related rights' equivalent, where the Regulation and the SPC network-dissemination \
                provisions apply. COPYRIGHT_OTHER: other copyright powers (distribution of pirated copies, broadcasting): \
                general rules, plus the E-Commerce Law on a platform. PERSONALITY: personality rights (name, reputation, \
                privacy, portrait). TRADEMARK. PATENT. OTHER: any other right or interest, e.g. unfair competition. \
                Intellectual-property types are COPYRIGHT, COPYRIGHT_OTHER, TRADEMARK and PATENT. Absent: OTHER \
                (assumption RIGHT_TYPE_ASSUMED).""")
        RightType rightType,

        @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                Start of the infringing state on this service. Absent: 00:00 (+08:00) of the day of the earliest \
                receivedAt, reappearedAt, knowledgeSince, indicatorsSince, selfInitiatedMeasureAt, userWarnedAt, \
                liveEndedAt or conductEndDate day, else of the asOf day (assumption CONDUCT_DATE_ASSUMED).""" +
                Timestamps.FORM)
        String conductDate,

        @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                End of the infringing state on this service. A bare date means the last day of the state, inclusive \
                (24:00 at +08:00 of that day); a date-time means that instant. Absent: derived from the up/down \
                timeline of the notices and measures (docs/request.md#timeline, assumption CONDUCT_END_ASSUMED). Not \
                together with ongoing=true.""" + Timestamps.FORM)
        String conductEndDate,

        @Schema(nullable = true, description = """
                true: the infringing state continues at asOf. false: it has ended, so conductEndDate is required unless \
                the timeline derived from the notices and measures ends with the content down (400 otherwise). Absent \
                (null): derive the end from the timeline.""")
        Boolean ongoing,

        @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                The instant of assessment; the case is assumed pending at it. It may not precede any other timestamp of \
                the request. Absent: the evaluation instant of the service's clock at +08:00 (assumption \
                AS_OF_ASSUMED).""" + Timestamps.FORM)
        String asOf,

        @Schema(nullable = true, description = """
                The provider is an e-commerce platform operator (电子商务平台经营者): for intellectual-property rights and \
                a state lasting past 2019-01-01 the E-Commerce Law Arts 42-45 apply. Requires a host role (STORAGE, \
                SEARCH or LINKING), not a conduit or INFRASTRUCTURE. Absent: false.""")
        Boolean ecommercePlatform,

        @Schema(nullable = true, description = """
                The item is a broadcast in progress (a live stream): the harm happens during the broadcast, so duties \
                on COPYRIGHT, COPYRIGHT_OTHER and PERSONALITY are judged on the LIVE timeliness band (the service's \
                default 0.5 h / 2 h) while it is live, for every role. A stored replay is not live. Absent: false.""")
        Boolean liveContent,

        @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                The broadcast ended. Only with liveContent true; not before a conductDate the caller supplied. A duty \
                starting before it is judged on the LIVE band up to it and, for the replay, on the next band (the \
                e-commerce or the role's band); a duty starting at or after it uses the next band. A bare date means \
                24:00 (+08:00) of that day. Absent: live throughout the state.""" + Timestamps.FORM)
        String liveEndedAt,

        @Schema(nullable = true, description = """
                The caller's finding that the user's content infringes the right. false: no primary infringement, so \
                the provider owes nothing and a notifier whose notice caused a measure may be liable for a wrongful \
                notice. Absent: true (assumption CONTENT_INFRINGING_ASSUMED).""")
        Boolean contentInfringing,

        @Schema(nullable = true, description = """
                The victim paid the provider (or an agent) for deleting the content. Such an agreement is void for \
                personality rights (SPC personality-rights provisions); it never changes the provider's liability. \
                Absent: false.""")
        Boolean paidDeletionAgreement,

        @Schema(nullable = true, description = """
                Policy values for this decision only (thresholds, periods, calendar), named as in the service's \
                configuration; absent keeps the configured values. Echoed in assumptions as POLICY_OVERRIDE.""")
        RequestPolicy policy) {

    /** What the provider is and did (docs/request.md#fields). */
    @Schema(name = "Provider", additionalProperties = Schema.False.class,
            description = "What the provider is and what it did with the content (docs/request.md#fields).")
    public record Provider(
            @Schema(required = true, description = """
                    The provider's role for this content. ACCESS: genuine automatic access or transmission (自动接入/传输); \
                    CACHING: system caching, CDN (系统缓存); STORAGE: information storage space (信息存储空间): forums, \
                    video/UGC sites, net disks, wikis, app stores, e-commerce listings; SEARCH: search services; LINKING: \
                    linking services; INFRASTRUCTURE: cloud servers (IaaS), hosting infrastructure leased to a customer \
                    without a CDN function, mini-program frameworks: the provider cannot see or remove a single item, \
                    only suspend the customer's whole service; it is none of the Regulation's service types (no \
                    harbour), forwarding the notice or warning the customer is its necessary measure (Civil Code \
                    1195(2) 「根据…服务类型」), its timeliness band is the conduit's, the service never derives its \
                    knowledge, and the provider facts of the other roles (selectsRecipients, selectsTransmittedContent, \
                    exposesToNonDesignatedRecipients, substitutesSource, servesAfterOriginRemoval, \
                    interferesWithOriginStats, altersContent, userUploadProven, identifiesAsProvider) are ignored for \
                    it. Host roles: STORAGE, SEARCH, LINKING; conduit roles: ACCESS, CACHING. Cloud servers must not be \
                    sent as ACCESS.""")
            Role role,

            @Schema(nullable = true, description = """
                    The provider's knowledge of the infringement, independent of the listed notices. NOT_ASSESSED: the \
                    caller makes no finding and the service may derive knowledge from the indicators (host roles only); \
                    NONE: the provider did not know; SHOULD_HAVE_KNOWN: 应知 / 应当知道, constructive knowledge; KNEW: \
                    明知 / 知道, actual knowledge. NONE, SHOULD_HAVE_KNOWN and KNEW are the caller's finding and are kept; \
                    for INFRASTRUCTURE, SHOULD_HAVE_KNOWN only raises the contested question CONDUIT_NECESSARY_MEASURE. \
                    SHOULD_HAVE_KNOWN and KNEW require knowledgeSince. Absent: NOT_ASSESSED.""")
            Knowledge knowledge,

            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                    When the knowledge arose. Required with knowledge SHOULD_HAVE_KNOWN or KNEW; not allowed with NONE \
                    or NOT_ASSESSED. Knowledge counts from conductDate at the earliest.""" + Timestamps.FORM)
            String knowledgeSince,

            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                    From when the indicator facts held; with a prior-notice indicator, the time the repeat (the new \
                    upload or copy) appeared, and then required: it puts the content "up" again. Absent: conductDate \
                    (assumption INDICATORS_SINCE_ASSUMED when a knowledge rule fires).""" + Timestamps.FORM)
            String indicatorsSince,

            @Schema(nullable = true, description = """
                    The provider itself made the content available (direct infringement, Civil Code 1194). \
                    Absent: false.""")
            Boolean participatesInContent,

            @Schema(nullable = true, description = """
                    The provider made the content available in a division of labour with the user (SPC_NDR_4): joint \
                    direct liability for the whole damage. Requires participatesInContent=true. Absent: false.""")
            Boolean coProvidesWithUser,

            @Schema(nullable = true, description = """
                    The provider proved that the content came from a user (SPC_NDR_6). false: it is treated as the \
                    provider's own (direct infringement). Absent: true.""")
            Boolean userUploadProven,

            @Schema(nullable = true, description = """
                    The provider changed the content (Reg 20-22): direct infringement. Absent: false.""")
            Boolean altersContent,

            @Schema(nullable = true, description = """
                    ACCESS: the provider selected the recipients of the transmission (Reg 20(1)). Absent: false.""")
            Boolean selectsRecipients,

            @Schema(nullable = true, description = """
                    ACCESS: the provider selected or changed the transmitted content (Reg 20(1)). Absent: false.""")
            Boolean selectsTransmittedContent,

            @Schema(nullable = true, description = """
                    ACCESS: the provider failed to prevent persons other than the designated recipients from obtaining \
                    the work (Reg 20(2)). Absent: false.""")
            Boolean exposesToNonDesignatedRecipients,

            @Schema(nullable = true, description = """
                    SEARCH/LINKING: the provider's snapshots or thumbnails substitute for the source (SPC_NDR_5(1)). \
                    Absent: false.""")
            Boolean substitutesSource,

            @Schema(nullable = true, description = """
                    SEARCH/LINKING: the substitution neither affects the normal use of the work nor unreasonably \
                    prejudices the right holder (SPC_NDR_5(2)), so it is not direct infringement. Absent: false.""")
            Boolean substitutionNoUnreasonablePrejudice,

            @Schema(nullable = true, description = """
                    CACHING: the provider kept serving the cached copy after the origin removed it (Reg 21(3)). \
                    Absent: false.""")
            Boolean servesAfterOriginRemoval,

            @Schema(nullable = true, description = """
                    CACHING: the provider interfered with the origin's technical means of obtaining usage statistics \
                    (Reg 21(2)); this loses the harbour but is not direct infringement. Absent: false.""")
            Boolean interferesWithOriginStats,

            @Schema(nullable = true, description = """
                    STORAGE: the provider clearly identifies itself as a storage-space provider and publishes its name, \
                    contact person and network address (Reg 22(1)). Absent: true.""")
            Boolean identifiesAsProvider,

            @Schema(nullable = true, description = """
                    The provider induced or encouraged the user's infringement (教唆/帮助, Civil Code 1169): joint \
                    liability for the whole damage. Absent: false.""")
            Boolean instigates,

            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                    An effective measure (deletion, blocking, suspension) the provider took without a listed notice; it \
                    takes the content down.""" + Timestamps.FORM)
            String selfInitiatedMeasureAt,

            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                    CONDUIT and INFRASTRUCTURE: when the provider informed its customer and required it to stop, \
                    without a listed notice (the necessary measure on knowledge); ignored for host roles.""" +
                    Timestamps.FORM)
            String userWarnedAt,

            @Schema(nullable = true, description = """
                    Facts from which the service may derive constructive knowledge (docs/procedure.md#step-6, host \
                    roles only). Absent: every indicator false.""")
            Indicators indicators) {
    }

    /** Facts outside the listed notice history from which knowledge may be derived (Step 6). */
    @Schema(name = "Indicators", additionalProperties = Schema.False.class, description = """
            Facts from which knowledge may be derived (docs/procedure.md#step-6, host roles). The listed episodes \
            never set them; the service derives one indicator itself, repeat knowledge from a listed re-appearance by \
            the same user (reappearedBySameUser). A prior-notice indicator may describe a listed notice. Each absent \
            indicator is false.""")
    public record Indicators(
            @Schema(nullable = true, description = """
                    The provider automatically pushes the item to users who did not ask for it: feeds, charts, hot lists, \
                    "you may like". Ranking results for a user's own search query is not recommendation. \
                    Absent: false.""")
            Boolean algorithmicRecommendation,

            @Schema(nullable = true, description = """
                    A person selected, edited, modified, ranked or recommended the item. Absent: false.""")
            Boolean manualEditorialHandling,

            @Schema(nullable = true, description = """
                    A person reviewed or approved the item before publication. Absent: false.""")
            Boolean manualPrePublicationReview,

            @Schema(nullable = true, description = """
                    The provider's staff chose a prominent place for the item: home page, banners, editorial lists \
                    chosen by a person. Algorithmic charts, hot lists and feeds are algorithmicRecommendation, never \
                    prominentPlacement. Absent: false.""")
            Boolean prominentPlacement,

            @Schema(nullable = true, description = """
                    A hot film or drama, a current release, a famous work or a famous person. Absent: false.""")
            Boolean hotOrWellKnownWork,

            @Schema(nullable = true, description = """
                    The infringement is obvious (明显) from the item itself. Absent: false.""")
            Boolean infringementObvious,

            @Schema(nullable = true, description = """
                    The provider draws income tied to this item, e.g. advertising placed with it (SPC_NDR_11(2)); \
                    general advertising or service fees are not. Absent: false.""")
            Boolean directEconomicBenefit,

            @Schema(nullable = true, description = """
                    An earlier valid notice concerned the same user's repeat infringement or the same information \
                    (SPC_NDR_9(6)); it may be one listed in noticeHistory. Requires indicatorsSince (the time the \
                    repeat appeared). Absent: false.""")
            Boolean priorNoticeSameUserOrInformation,

            @Schema(nullable = true, description = """
                    An earlier valid notice concerned another copy of the same work; it may be one listed in \
                    noticeHistory. Requires indicatorsSince (the time the repeat appeared). Absent: false.""")
            Boolean priorNoticeSameWork,

            @Schema(nullable = true, description = """
                    The provider proved that it took reasonable, effective technical measures to prevent infringement \
                    (a defence against derived knowledge that does not rest on obviousness, placement or manual \
                    handling, SPC_NDR_8(3)). Absent: false.""")
            Boolean reasonableTechnicalMeasures,

            @Schema(nullable = true, description = """
                    The right holder warned the provider about this work (预警函) before the upload. With \
                    hotOrWellKnownWork it makes knowledge contested (KNOWLEDGE_FROM_INDICATORS, presumptively not \
                    shown); it never derives knowledge on its own. Absent: false.""")
            Boolean warningLetterBeforeUpload) {
    }

    /** One notice, the provider's handling of it and an optional counter-notice (docs/request.md#fields, #episodes). */
    @Schema(name = "NoticeEpisode", additionalProperties = Schema.False.class, description = """
            One notice from the right holder, the provider's handling of it and the user's optional counter-notice \
            (docs/request.md#fields, docs/request.md#episodes).""")
    public record Episode(
            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, required = true, description = """
                    Receipt of the notice by the provider. It never puts the content "up" by itself.""" + Timestamps.FORM)
            String receivedAt,

            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                    The content reappeared (re-upload, re-posting, relisting) before this notice; puts the content "up". \
                    Not after receivedAt, not before a conductDate the caller supplied.""" + Timestamps.FORM)
            String reappearedAt,

            @Schema(nullable = true, description = """
                    The re-appearance is by the same user as before (SPC_NDR_9(6), SPC_PR_2020_6(6)). After an earlier \
                    valid notice's effective measure it derives repeat knowledge (K3a, every right type, host roles); \
                    by another or an unknown user it derives nothing (a hot work, an obvious infringement or personality \
                    content: contested). Requires reappearedAt. Absent: false.""")
            Boolean reappearedBySameUser,

            @Schema(nullable = true, description = """
                    The notice states grounds that were not before the provider when an earlier measure was lawfully \
                    ended under Civil Code 1196, E-Commerce Law 43 or the SPC Reply Art 3 (a judgment, an authority's \
                    finding, new evidence). Without them such a repeated notice does not count. Absent: false.""")
            Boolean newGrounds,

            @Schema(nullable = true, description = """
                    How the notice reached the provider. WRITTEN: a letter or other written document; EMAIL; \
                    PLATFORM_FORM: the provider's online complaint form; PHONE: by telephone, valid only through a \
                    channel the provider published and never for COPYRIGHT or under the E-Commerce Law; OTHER: any other \
                    or unknown form (for COPYRIGHT accepted with the review flag NOTICE_FORM_NEEDS_REVIEW). The channel is \
                    form, not content. Absent: OTHER (assumption NOTICE_CHANNEL_ASSUMED).""")
            NoticeChannel channel,

            @Schema(nullable = true, description = """
                    The channel is one the provider published for complaints. Absent: false.""")
            Boolean publishedChannel,

            @Schema(nullable = true, description = """
                    The notice gives the notifier's real identity (name and contact). Absent: not stated, treated as not shown as the burden of proof falls (the question \
                    NOTICE_CONTENT, presumptively INVALID; assumption NOTICE_CONTENT_ASSUMED, flag \
                    NOTICE_CONTENT_NOT_STATED); the pending deadlines are still computed as if valid.""")
            Boolean includesIdentity,

            @Schema(nullable = true, description = """
                    The notice includes preliminary evidence of the infringement (初步证据). A Civil Code-era \
                    personality notice with reasons and no separate evidence is presumptively valid (contested). Absent: not stated, treated as not shown as the burden of proof falls (the question \
                    NOTICE_CONTENT, presumptively INVALID; assumption NOTICE_CONTENT_ASSUMED, flag \
                    NOTICE_CONTENT_NOT_STATED); the pending deadlines are still computed as if valid.""")
            Boolean includesPreliminaryEvidence,

            @Schema(nullable = true, description = """
                    The notice states reasons for removal (sufficient instead of evidence for personality rights in the \
                    Tort Liability Law era). Absent: false.""")
            Boolean includesReason,

            @Schema(nullable = true, description = """
                    The notice locates the content (network address or other information sufficient to find it). Absent: not stated, treated as not shown as the burden of proof falls (the question \
                    NOTICE_CONTENT, presumptively INVALID; assumption NOTICE_CONTENT_ASSUMED, flag \
                    NOTICE_CONTENT_NOT_STATED); the pending deadlines are still computed as if valid.""")
            Boolean locatesContent,

            @Schema(nullable = true, minimum = "1", description = """
                    Number of items the notice concerns, an integer of at least 1. A notice with more items than the \
                    configured large batch (default 100) gets a longer reaction time. Absent: 1.""")
            Integer itemCount,

            @Schema(nullable = true, description = """
                    The notice was knowingly wrongful (恶意): double compensation to the user under the E-Commerce Law. \
                    Not together with goodFaithProven. Absent: false.""")
            Boolean malicious,

            @Schema(nullable = true, description = """
                    The notifier proved good faith: no liability for an intellectual-property notice that proves wrong \
                    (SPC Reply Art 5). Not together with malicious. Absent: false.""")
            Boolean goodFaithProven,

            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                    The notice was forwarded to the user, customer or seller. Not before receivedAt (a bare date on the \
                    same day reads as receivedAt).""" + Timestamps.FORM)
            String forwardedAt,

            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                    The provider took its measure: deletion, blocking, disconnection, delisting, or for a conduit \
                    suspension. Not before receivedAt (a bare date on the same day reads as receivedAt); a measure \
                    before any notice is provider.selfInitiatedMeasureAt.""" + Timestamps.FORM)
            String measuresTakenAt,

            @Schema(nullable = true, description = """
                    The measure stopped access. false: the measure did not stop access and counts as not taken. \
                    Absent: true.""")
            Boolean measureEffective,

            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                    The measure was ended and the content restored. Requires measuresTakenAt and is not before \
                    it.""" + Timestamps.FORM)
            String restoredAt,

            @Schema(nullable = true, description = """
                    The user's declaration of non-infringement (反通知). It may precede the measure or come in an episode \
                    without one (then it counts only for the duty breaches). Absent: none.""")
            CounterNotice counterNotice) {
    }

    /** The user's declaration of non-infringement (docs/request.md#fields). */
    @Schema(name = "CounterNotice", additionalProperties = Schema.False.class,
            description = "The user's declaration that its content does not infringe (docs/request.md#fields).")
    public record CounterNotice(
            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, required = true, description = """
                    Receipt of the counter-notice by the provider; not before the episode's receivedAt.""" + Timestamps.FORM)
            String receivedAt,

            @Schema(nullable = true, description = """
                    The counter-notice gives the user's real identity. Absent: true (assumption \
                    COUNTER_NOTICE_CONTENT_ASSUMED).""")
            Boolean includesIdentity,

            @Schema(nullable = true, description = """
                    The counter-notice includes preliminary evidence of non-infringement. Absent: true (assumption \
                    COUNTER_NOTICE_CONTENT_ASSUMED).""")
            Boolean includesPreliminaryEvidence,

            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                    The counter-notice was forwarded to the right holder; taken as its arrival there. The reasonable \
                    period of Civil Code 1196(2) (or E-Commerce Law 43(2)) runs from it, before or after the measure. \
                    Not before counterNotice.receivedAt.""" + Timestamps.FORM)
            String forwardedToRightsHolderAt,

            @Schema(type = SchemaType.STRING, pattern = Timestamps.PATTERN, nullable = true, description = """
                    The right holder told the provider that it complained to an authority or sued; at any time, also \
                    before the counter-notice or its forwarding, but not before the episode's receivedAt. Notified \
                    before the period ends, it makes keeping the measure lawful.""" + Timestamps.FORM)
            String rightsHolderComplainedOrSuedAt,

            @Schema(nullable = true, minimum = "0", description = """
                    Working days of delay beyond the right holder's control that the period excludes (SPC Reply Art 3), \
                    capped by configuration (default 20). An integer of at least 0; above 0 only for \
                    intellectual-property right types. Absent: 0.""")
            Integer excludedDelayWorkingDays) {
    }
}
