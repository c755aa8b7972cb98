package cn.netlaw.liability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 9 — the notice rule (通知规则), episode by episode in order of receipt; each notice is judged by the law at its
 * date (docs/procedure.md#acts-by-date, docs/request.md#episodes).
 *
 * <p>Civil Code 1195 (from 2021-01-01): 「网络用户利用网络服务实施侵权行为的，权利人有权通知网络服务提供者采取删除、屏蔽、断开链接等必要措施。
 * 通知应当包括构成侵权的初步证据及权利人的真实身份信息。」 (1) 「网络服务提供者接到通知后，应当及时将该通知转送相关网络用户，并根据构成侵权的初步证据
 * 和服务类型采取必要措施；未及时采取必要措施的，对损害的扩大部分与该网络用户承担连带责任。」 (2) (On receiving a notice the provider
 * shall promptly forward it to the user and take necessary measures according to the preliminary evidence and the
 * type of service; if it fails to do so in time, it is jointly and severally liable with the user for the enlarged
 * part of the damage.) TLL 36(2) (2010-07-01 to 2020-12-31): 「网络用户利用网络服务实施侵权行为的，被侵权人有权通知网络服务提供者
 * 采取删除、屏蔽、断开链接等必要措施。网络服务提供者接到通知后未及时采取必要措施的，对损害的扩大部分与该网络用户承担连带责任。」
 *
 * <p>Copyright: Reg 14 (the written notice and its content), Reg 15 (remove immediately and forward), SPC_NDR 13–14
 * (a provider that ignores a notice is deemed to know; timeliness factors). Personality: SPC_PR 2020 Art 4 (2014
 * texts Arts 5–6). E-Commerce Law 42. SPC Reply 2020 Art 2 (forwarding and measures for IP notices from 2020-09-14).
 */
final class NoticeRule {

    /** What the notice rule found, for Step 10. */
    record Outcome(boolean liable, boolean anyValid, boolean validHostPersonalityNotice, List<Provision> noticeIds) {
    }

    private NoticeRule() {
    }

    static Outcome apply(NormalCase c, Decision d, NoticeFindings findings, Policy policy) {
        if (d.outcomeOnly) {
            return outcome(c, d, findings, policy);
        }
        d.at(Step.NOTICE_RULE);
        boolean cc = d.regime == Regime.CIVIL_CODE;
        UniqueList<Provision> noticeIds = new UniqueList<>();
        UniqueList<Provision> invalidIds = new UniqueList<>();
        List<NoticeFindings.Event> events = new ArrayList<>(0);
        List<NoticeFindings.Finding> eventFindings = new ArrayList<>(0);
        boolean anyValid = false;
        List<NoticeFindings.Finding> all = findings.all();
        for (int i = 0; i < all.size(); i++) {
            NoticeFindings.Finding f = all.get(i);
            NormalCase.Episode e = f.episode();
            noticeFlags(f, d);
            if (!f.valid()) {
                invalidIds.addAll(f.validityIds());
                continue;
            }
            String notice = e.path();
            Object received = e.receivedAt();
            d.because(Reason.NOTICE_VALID, "notice", notice, "receivedAt", received, "actRegime", f.actRegime().name());
            if (f.skipped()) {
                // 9.2: no event, no forwarding duty, no notice ids
                d.because(Reason.NOTICE_RULE_NOT_APPLICABLE_CONDUIT_PRE_2021, "notice", notice);
                continue;
            }
            d.refer(f.validityId());
            anyValid = true;
            noticeIds.add(f.validityId());
            adequacyFlag(c, d);
            Bands.Deadlines band = f.deadlines();
            Object prompt = band == null ? null : band.prompt();
            Object late = band == null ? null : band.late();
            Object performed = f.performed();
            switch (f.timeliness()) {
                case MOOT -> d.because(Reason.CONTENT_ALREADY_DOWN_AT_NOTICE, "notice", notice, "receivedAt", received);
                case IN_TIME -> d.because(Reason.NOTICE_ACTED_ON_IN_TIME, "notice", notice, "receivedAt", received,
                        "deadline", prompt, "lateDeadline", late, "performed", performed);
                case ENDED_BEFORE_DEADLINE -> d.because(Reason.INFRINGEMENT_ENDED_BEFORE_DEADLINE, "notice",
                        notice, "receivedAt", received, "deadline", prompt);
                case CONTESTED_NOT_BREACHED -> d.because(Reason.CONDUIT_MEASURE_CONTESTED, "notice", notice,
                        "receivedAt", received, "lateDeadline", late);
                case LATE -> {
                    d.because(Reason.NOTICE_NOT_ACTED_ON_IN_TIME, "notice", notice, "receivedAt", received,
                            "deadline", prompt, "lateDeadline", late, "performed", performed);
                    for (NoticeFindings.Event ev : f.events()) {
                        events.add(ev);
                        eventFindings.add(f);
                    }
                }
                case PENDING, NOT_ASSESSED -> {
                }
            }
            for (Decision.PendingDuty p : f.pending()) {
                d.pending(p.prompt(), p.late(), p.source(), "notice", notice, "receivedAt", received);
            }
            if (band != null) {
                d.assume(AssumptionCode.TIMELINESS_THRESHOLD, band.label("NOTICE"));
                d.flag(ReviewFlag.DEFAULT_THRESHOLD_APPLIED);
            }
            NoticeFindings.Restoration r = f.restoration();
            if (r != null) {
                noticeIds.addAll(r.ids());
                d.because(r.reason(), "notice", notice, "restoredAt", r.at(), "periodEnd",
                        r.period() == null ? null : r.period().end(), "complainedAt",
                        e.counter() == null ? null : e.counter().rightsHolderComplainedOrSuedAt());
                d.refer(r.ids());
                if (c.copyright() && NormalCase.actRegime(r.at()) == Regime.CIVIL_CODE) {
                    d.because(Reason.CIVIL_CODE_1196_PREVAILS_OVER_REG_17, "notice", notice);
                    d.refer(Provision.CIVIL_CODE_1196_2, LegislationLaw.inForceOn(c.asOf()));
                }
                if (r.period() != null) {
                    DutiesTowardUser.reportPeriod(d, r.period(), notice, r.periodDays(), policy);
                }
                if (r.event()) {
                    events.add(new NoticeFindings.Event(r.at(), null, e.receivedAt(), null, null));
                    eventFindings.add(f);
                }
            }
        }
        if (!anyValid) {
            noticeIds.addAll(invalidIds);
        }
        boolean validHostPersonality = anyValid && c.personality() && c.role().isHost();

        // 9.5 — each event opens a liable period until the next "down" strictly after it, from any source; a late
        // event also ends no later than its own performance; a patent counter-notice period that ran its course ends it
        List<LiablePeriod> periods = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            NoticeFindings.Event ev = events.get(i);
            Instant until = c.timeline().nextDownAfter(ev.at());
            if (ev.performedBound() != null && ev.performedBound().isAfter(ev.at())) {
                until = Instants.min(until, ev.performedBound());
            }
            if (ev.notAfter() != null) {
                until = Instants.min(until, ev.notAfter());
            }
            Instant patentEnd = patentPeriodEnd(c, eventFindings.get(i).episode(), policy);
            if (patentEnd != null) {
                until = Instants.min(until, patentEnd);
                d.because(Reason.PATENT_PERIOD_ENDS_WITH_COUNTER_NOTICE_PERIOD, "notice",
                        eventFindings.get(i).episode().path(), "periodEnd", patentEnd);
            }
            if (until == null || until.isAfter(ev.at())) {
                periods.add(new LiablePeriod(ev.at(), until));
            }
        }
        if (periods.isEmpty()) {
            return new Outcome(false, anyValid, validHostPersonality, noticeIds);
        }
        List<LiablePeriod> merged = LiablePeriod.merge(periods);
        d.decide(Liability.INDIRECT, Rule.NOTICE_RULE, JointScope.EXPANDED_PART);
        d.expandedPeriods = merged;
        d.liablePeriods = merged;
        d.because(Reason.LIABLE_FOR_ENLARGED_DAMAGE, "from", merged.get(0).from(), "until",
                merged.get(merged.size() - 1).until(), "periods", merged.size());
        d.cite(cc ? Provision.CIVIL_CODE_1195_2 : Provision.TORT_LAW_36_2);
        if (c.ecl()) {
            d.cite(Provision.ECL_42_2);
        }
        if (c.copyright()) {
            if (cc) {
                d.cite(Provision.SPC_NDR_13, Provision.SPC_NDR_14);
            } else {
                d.cite(Provision.SPC_NDR_13_2012, Provision.SPC_NDR_14_2012);
                if (c.role().isHost()) {
                    d.cite(Provision.REG_14, Provision.REG_15);
                }
            }
            ConduitHarbour.hostLiable(c, d);
        } else if (c.personality()) {
            if (cc) {
                d.cite(Provision.SPC_PR_2020_4);
            } else {
                d.cite(Provision.SPC_PR_2014_5, Provision.SPC_PR_2014_6);
            }
        }
        if (c.ip()) {
            for (NoticeFindings.Event ev : events) {
                if (!ev.noticeReceivedAt().isBefore(Instants.SPC_REPLY_IN_FORCE)) {
                    d.cite(Provision.SPC_REPLY_2020_2);
                    break;
                }
            }
        }
        for (int i = 0; i < noticeIds.size(); i++) {
            d.cite(noticeIds.get(i));
        }
        return new Outcome(true, true, validHostPersonality, noticeIds);
    }

    /**
     * 9.5 — a PATENT episode with a valid counter-notice forwarded to the holder: once the counter-notice period has
     * ended at {@code asOf} without a complaint or suit notified before its end, any measure would have had to end, so
     * the liable periods its events open end there (the period's days chosen at the counter-notice's date,
     * docs/procedure.md#counter-notice-period).
     */
    /**
     * Step 9 in a run made only for its outcome (Step 12's re-runs): the same liability, rule, joint scope and periods
     * as {@link #apply}, from the same findings and by the same 9.5 construction, without recording findings,
     * citations, flags, assumptions or pending duties (none of which a run for the outcome keeps). The returned ids
     * are empty: they are only cited.
     */
    private static Outcome outcome(NormalCase c, Decision d, NoticeFindings findings, Policy policy) {
        List<NoticeFindings.Finding> all = findings.all();
        boolean anyValid = false;
        List<LiablePeriod> periods = null;
        for (int i = 0; i < all.size(); i++) {
            NoticeFindings.Finding f = all.get(i);
            if (!f.valid() || f.skipped()) {
                continue;
            }
            anyValid = true;
            if (f.timeliness() == NoticeFindings.Timeliness.LATE) {
                for (NoticeFindings.Event ev : f.events()) {
                    periods = period(c, ev, f.episode(), policy, periods);
                }
            }
            NoticeFindings.Restoration r = f.restoration();
            if (r != null && r.event()) {
                NoticeFindings.Event ev = new NoticeFindings.Event(r.at(), null, f.episode().receivedAt(), null, null);
                periods = period(c, ev, f.episode(), policy, periods);
            }
        }
        boolean validHostPersonality = anyValid && c.personality() && c.role().isHost();
        if (periods == null) {
            return new Outcome(false, anyValid, validHostPersonality, List.of());
        }
        List<LiablePeriod> merged = LiablePeriod.merge(periods);
        d.decide(Liability.INDIRECT, Rule.NOTICE_RULE, JointScope.EXPANDED_PART);
        d.expandedPeriods = merged;
        d.liablePeriods = merged;
        return new Outcome(true, true, validHostPersonality, List.of());
    }

    /** 9.5 for one event, as {@link #apply} makes it: added to {@code periods} (made when null) when not empty. */
    private static List<LiablePeriod> period(NormalCase c, NoticeFindings.Event ev, NormalCase.Episode e,
            Policy policy, List<LiablePeriod> periods) {
        Instant until = c.timeline().nextDownAfter(ev.at());
        if (ev.performedBound() != null && ev.performedBound().isAfter(ev.at())) {
            until = Instants.min(until, ev.performedBound());
        }
        if (ev.notAfter() != null) {
            until = Instants.min(until, ev.notAfter());
        }
        Instant patentEnd = patentPeriodEnd(c, e, policy);
        if (patentEnd != null) {
            until = Instants.min(until, patentEnd);
        }
        if (until != null && !until.isAfter(ev.at())) {
            return periods;
        }
        List<LiablePeriod> out = periods == null ? new ArrayList<>(2) : periods;
        out.add(new LiablePeriod(ev.at(), until));
        return out;
    }

    private static Instant patentPeriodEnd(NormalCase c, NormalCase.Episode e, Policy policy) {
        NormalCase.Counter counter = e.counter();
        if (c.rightType() != RightType.PATENT || counter == null || !counter.valid()
                || counter.forwardedToRightsHolderAt() == null) {
            return null;
        }
        CounterNoticePeriod period = CounterNoticePeriod.from(counter.forwardedToRightsHolderAt(),
                c.ecl(counter.receivedAt()), c, counter.excludedDelayWorkingDays(), policy);
        Instant complained = counter.rightsHolderComplainedOrSuedAt();
        if (c.asOf().isBefore(period.end()) || (complained != null && complained.isBefore(period.end()))) {
            return null;
        }
        return period.end();
    }

    /** Flags that arise wherever 9.1 is evaluated (every path that runs Step 11), and the questions 9.1–9.3 met. */
    static void noticeFlags(NoticeFindings.Finding f, Decision d) {
        noticeFlags(f, d, true);
    }

    /**
     * As {@link #noticeFlags(NoticeFindings.Finding, Decision)}; Step 11 passes {@code raise = false}: a question met
     * only there cannot change the outcome (the steps that decide it have run), so it is not raised for Step 12.
     */
    static void noticeFlags(NoticeFindings.Finding f, Decision d, boolean raise) {
        if (!d.recording) {
            return; // a run for the outcome records none of it (and takes its readings from the findings)
        }
        List<Reason> invalidity = f.invalidity();
        for (int i = 0; i < invalidity.size(); i++) {
            Reason r = invalidity.get(i);
            d.because(r, "notice", f.episode().path(), "receivedAt", f.episode().receivedAt());
            d.referIfCited(f.validityId());
        }
        if (f.repeat()) {
            d.flag(ReviewFlag.REPEAT_NOTICE_NEEDS_REVIEW);
        }
        if (f.formNeedsReview()) {
            d.flag(ReviewFlag.NOTICE_FORM_NEEDS_REVIEW);
        }
        if (f.evidenceNeedsReview()) {
            d.flag(ReviewFlag.NOTICE_EVIDENCE_NEEDS_REVIEW);
        }
        if (f.otherwiseValid() && f.episode().contentNotStated()) {
            d.flag(ReviewFlag.NOTICE_CONTENT_NOT_STATED);
        }
        if (raise) {
            for (NoticeFindings.Question q : f.questions()) {
                d.raise(q.question(), f.episode().path(), q.presumptive(), q.facts());
            }
        }
    }

    /**
     * 9.3 — whether the measure fits is a question of fact for patents, for other rights on an e-commerce platform,
     * and for every conduit and infrastructure provider.
     */
    private static void adequacyFlag(NormalCase c, Decision d) {
        if (c.rightType() == RightType.PATENT || !c.role().isHost()
                || (c.ecommercePlatform()
                && (c.rightType() == RightType.OTHER || c.rightType() == RightType.COPYRIGHT_OTHER))) {
            d.flag(ReviewFlag.MEASURE_ADEQUACY_NEEDS_REVIEW);
        }
    }
}
