package cn.netlaw.liability;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A fluent sketch of a case for rule tests: only the facts a test is about are written down, everything else stays
 * absent so that the defaults of docs/request.md#fields apply.
 */
final class CaseSketch {
    static final String CLOCK = "2025-06-30T12:00:00+08:00";

    Role role = Role.STORAGE;
    RightType rightType;
    Knowledge knowledge;
    Moment knowledgeSince;
    Moment indicatorsSince;
    Boolean participates;
    Boolean coProvides;
    Boolean userUploadProven;
    Boolean alters;
    Boolean selectsRecipients;
    Boolean exposes;
    Boolean substitutes;
    Boolean noPrejudice;
    Boolean servesAfterOriginRemoval;
    Boolean interferesWithOriginStats;
    Boolean identifiesAsProvider;
    Boolean instigates;
    Moment selfInitiatedMeasureAt;
    Moment userWarnedAt;
    Indicators indicators;
    final List<NoticeEpisode> notices = new ArrayList<>();
    Moment conductDate;
    Moment conductEndDate;
    Boolean ongoing;
    Moment asOf;
    Boolean ecommercePlatform;
    Boolean liveContent;
    Moment liveEndedAt;
    Boolean contentInfringing;
    Boolean paidDeletion;

    static CaseSketch of(Role role, RightType rightType) {
        CaseSketch s = new CaseSketch();
        s.role = role;
        s.rightType = rightType;
        return s;
    }

    static Moment at(String text) {
        return Moment.parse(text);
    }

    CaseSketch conduct(String from) {
        conductDate = at(from);
        return this;
    }

    CaseSketch notice(NoticeSketch n) {
        notices.add(n.build());
        return this;
    }

    CaseFacts build() {
        ProviderFacts p = new ProviderFacts(role, knowledge, knowledgeSince, indicatorsSince, participates, coProvides,
                userUploadProven, alters, selectsRecipients, null, exposes, substitutes, noPrejudice,
                servesAfterOriginRemoval, interferesWithOriginStats, identifiesAsProvider, instigates,
                selfInitiatedMeasureAt, userWarnedAt, indicators);
        return new CaseFacts(p, notices, rightType, conductDate, conductEndDate, ongoing, asOf, ecommercePlatform,
                liveContent, liveEndedAt, contentInfringing, paidDeletion);
    }

    Evaluation evaluate() {
        return evaluate(Policy.defaults());
    }

    Evaluation evaluate(Policy policy) {
        return engine(policy).evaluate(build());
    }

    Classification classify() {
        Evaluation e = evaluate();
        if (e instanceof Classification c) {
            return c;
        }
        throw new AssertionError("expected a classification, got " + e);
    }

    Rejection reject() {
        Evaluation e = evaluate();
        if (e instanceof Rejection r) {
            return r;
        }
        throw new AssertionError("expected a rejection, got " + e);
    }

    static LiabilityEngine engine(Policy policy) {
        return new LiabilityEngine(policy,
                Clock.fixed(OffsetDateTime.parse(CLOCK).toInstant(), ZoneOffset.UTC));
    }

    /** One notice episode; the validity elements stay absent (default true) unless set. */
    static final class NoticeSketch {
        Moment receivedAt;
        Moment reappearedAt;
        Boolean reappearedBySameUser;
        Boolean newGrounds;
        NoticeChannel channel = NoticeChannel.EMAIL;
        Boolean publishedChannel;
        Boolean identity = true;
        Boolean evidence = true;
        Boolean reason;
        Boolean locates = true;
        Integer itemCount;
        Boolean malicious;
        Boolean goodFaith;
        Moment forwardedAt;
        Moment measuresTakenAt;
        Boolean measureEffective;
        Moment restoredAt;
        CounterNotice counter;

        static NoticeSketch received(String at) {
            NoticeSketch n = new NoticeSketch();
            n.receivedAt = CaseSketch.at(at);
            return n;
        }

        NoticeSketch forwarded(String at) {
            forwardedAt = CaseSketch.at(at);
            return this;
        }

        NoticeSketch reappeared(String at, boolean sameUser) {
            reappearedAt = CaseSketch.at(at);
            reappearedBySameUser = sameUser;
            return this;
        }

        NoticeSketch removed(String at) {
            measuresTakenAt = CaseSketch.at(at);
            return this;
        }

        NoticeSketch restored(String at) {
            restoredAt = CaseSketch.at(at);
            return this;
        }

        NoticeSketch counter(String receivedAt, String forwardedAt, String complainedAt) {
            counter = new CounterNotice(CaseSketch.at(receivedAt), true, true,
                    forwardedAt == null ? null : CaseSketch.at(forwardedAt),
                    complainedAt == null ? null : CaseSketch.at(complainedAt), null);
            return this;
        }

        NoticeEpisode build() {
            return new NoticeEpisode(receivedAt, reappearedAt, reappearedBySameUser, newGrounds, channel, publishedChannel, identity,
                    evidence, reason, locates, itemCount, malicious, goodFaith, forwardedAt, measuresTakenAt,
                    measureEffective, restoredAt, counter);
        }
    }
}
