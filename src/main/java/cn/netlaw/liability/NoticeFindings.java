package cn.netlaw.liability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the notice history shows, episode by episode in order of receipt (decision-spec §4.4, Step 9.1–9.4): the
 * validity of each notice judged by the law at its date, its timeliness, and the lawfulness of each restoration.
 * Pure analysis: the steps that run (9, 10, 11) cite and flag from it; paths that return earlier ignore it.
 */
final class NoticeFindings {

    /** How an episode fared under 9.3. */
    enum Timeliness {
        /** The notice is invalid, barred, a repeat, or not subject to the notice rule: not assessed. */
        NOT_ASSESSED,
        /** Acted on by the deadline. */
        IN_TIME,
        /** Received while the content was down: treated as handled in time. */
        MOOT,
        /** Not acted on, but the content was down at the deadline. */
        ENDED_BEFORE_DEADLINE,
        /** The deadline has not passed at {@code asOf}. */
        PENDING,
        /** The content was up at the deadline and nothing was done by then. */
        LATE
    }

    /** The 9.4 assessment of a restoration at {@code at}. */
    record Restoration(Instant at, boolean lawful, boolean underReg17, List<Provision> ids, Reason reason,
            CounterNoticePeriod period, boolean event) {
        /** The length of the reasonable period applied, in calendar days. */
        int periodDays() {
            return period == null ? 0 : period.days();
        }
    }

    /** The findings on one episode. */
    record Finding(
            NormalCase.Episode episode,
            Regime actRegime,
            boolean valid,
            List<Reason> invalidity,
            Provision validityId,
            boolean formNeedsReview,
            boolean repeat,
            boolean notApplicableConduitPre2021,
            boolean upAtNotice,
            Threshold threshold,
            Instant deadline,
            Instant performed,
            Timeliness timeliness,
            Restoration restoration) {
    }

    /** A §6 threshold used for an episode or for knowledge. */
    record Threshold(String kind, RoleClass roleClass, RightType rightType, int hours, int items) {
        Instant after(Instant t) {
            return t.plus(Duration.ofHours(hours));
        }

        /**
         * The threshold as the assumption {@code TIMELINESS_THRESHOLD} states it, {@code NOTICE/HOST/COPYRIGHT: 24h}
         * ({@code (n items)} after a multiplied notice threshold): every field is written, so equal labels are equal
         * thresholds.
         */
        String label() {
            String label = kind + "/" + roleClass + "/" + rightType + ": " + hours + "h";
            return items == 0 ? label : label + " (" + items + " items)";
        }
    }

    private final List<Finding> findings;

    private NoticeFindings(List<Finding> findings) {
        this.findings = findings;
    }

    List<Finding> all() {
        return findings;
    }

    boolean anyValid() {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).valid()) {
                return true;
            }
        }
        return false;
    }

    /** {@code T(class, right, n)} of §6: hours from receipt, ×multiplier for a notice of more than n items. */
    static Threshold noticeThreshold(NormalCase c, int itemCount, Policy policy) {
        int hours = policy.hours(c.roleClass(), c.rightType());
        if (itemCount > policy.largeBatchItems()) {
            return new Threshold("NOTICE", c.roleClass(), c.rightType(), hours * policy.largeBatchMultiplier(),
                    itemCount);
        }
        return new Threshold("NOTICE", c.roleClass(), c.rightType(), hours, 0);
    }

    static NoticeFindings assess(NormalCase c, Policy policy) {
        List<NormalCase.Episode> episodes = c.episodes();
        Finding[] out = new Finding[episodes.size()];
        Instant lastReg17Restoration = null;
        Instant lastLawfulCounterNoticeRestoration = null;
        for (int i = 0; i < out.length; i++) {
            NormalCase.Episode e = episodes.get(i);
            Instant t = e.receivedAt();
            Regime r = NormalCase.actRegime(t);
            boolean ecl = c.ecl(t);

            // 9.1 validity, judged at t
            UniqueList<Reason> invalidity = new UniqueList<>();
            boolean repeat = false;
            if (t.isBefore(c.conductDate())) {
                invalidity.add(Reason.NOTICE_PRECEDES_CONDUCT);
            }
            if (lastReg17Restoration != null && lastReg17Restoration.isBefore(t) && r == Regime.TORT_LIABILITY_LAW
                    && c.copyright() && !ecl) {
                invalidity.add(Reason.NOTICE_BARRED_AFTER_REG_17_RESTORATION);
            }
            if (lastLawfulCounterNoticeRestoration != null && lastLawfulCounterNoticeRestoration.isBefore(t)
                    && !e.newGrounds()) {
                invalidity.add(Reason.NOTICE_REPEATS_AFTER_LAWFUL_RESTORATION);
                repeat = true;
            }
            boolean channelValid;
            if (e.channel() == NoticeChannel.PHONE) {
                channelValid = !c.copyright() && !ecl && e.publishedChannel();
            } else {
                channelValid = true;
            }
            if (!channelValid) {
                invalidity.add(Reason.NOTICE_INVALID_CHANNEL);
            }
            boolean formNeedsReview = c.copyright() && e.channel() == NoticeChannel.OTHER;
            if (!e.includesIdentity()) {
                invalidity.add(Reason.NOTICE_INVALID_MISSING_IDENTITY);
            }
            if (!e.locatesContent()) {
                invalidity.add(Reason.NOTICE_INVALID_NOT_LOCATABLE);
            }
            boolean evidence = e.includesPreliminaryEvidence()
                    || (c.personality() && r == Regime.TORT_LIABILITY_LAW && !ecl && e.includesReason());
            if (!evidence) {
                invalidity.add(Reason.NOTICE_INVALID_MISSING_EVIDENCE);
            }
            Provision validityId;
            if (ecl) {
                validityId = Provision.ECL_42_1;
            } else if (r == Regime.CIVIL_CODE) {
                validityId = Provision.CIVIL_CODE_1195_1;
            } else if (c.copyright()) {
                validityId = Provision.REG_14;
            } else if (c.personality()) {
                validityId = Provision.SPC_PR_2014_5;
            } else {
                validityId = Provision.TORT_LAW_36_2;
            }
            boolean valid = invalidity.isEmpty();

            // 9.2 applicability
            boolean skipped = valid && c.role().isConduit() && r == Regime.TORT_LIABILITY_LAW
                    && !policy.conduitNoticeDutyBeforeCivilCode();

            // 9.3 timeliness; the threshold and deadline of a valid notice about content that is up also serve the
            // forwarding duty of Step 11
            boolean up = valid && c.timeline().upAtNotice(t, e.index());
            Threshold threshold = up ? noticeThreshold(c, e.itemCount(), policy) : null;
            Instant deadline = up ? threshold.after(t) : null;
            Instant performed = null;
            Timeliness timeliness = Timeliness.NOT_ASSESSED;
            if (valid && !skipped) {
                if (!up) {
                    timeliness = Timeliness.MOOT;
                } else {
                    if (c.role().isConduit()) {
                        performed = Instants.min(e.forwardedAt(), e.effectiveMeasure());
                    } else if (c.rightType() == RightType.PATENT && policy.patentForwardingSuffices()) {
                        performed = Instants.min(e.forwardedAt(), e.effectiveMeasure());
                    } else {
                        performed = e.effectiveMeasure();
                    }
                    if (performed != null && !performed.isAfter(deadline)) {
                        timeliness = Timeliness.IN_TIME;
                    } else if (!c.timeline().upAt(deadline)) {
                        timeliness = Timeliness.ENDED_BEFORE_DEADLINE;
                    } else if (!c.asOf().isAfter(deadline)) {
                        timeliness = Timeliness.PENDING;
                    } else {
                        timeliness = Timeliness.LATE;
                    }
                }
            }

            // 9.4 restoration, judged at r = restoredAt
            Restoration restoration = null;
            if (valid && e.restoredAt() != null && e.measureEffective()) {
                restoration = restoration(c, e, policy);
                if (restoration.lawful()) {
                    if (restoration.underReg17()) {
                        lastReg17Restoration = restoration.at();
                    } else {
                        lastLawfulCounterNoticeRestoration = restoration.at();
                    }
                }
            }
            out[i] = new Finding(e, r, valid, invalidity.freeze(), validityId, formNeedsReview, repeat, skipped, up,
                    threshold, deadline, performed, timeliness, restoration);
        }
        return new NoticeFindings(UniqueList.adopt(out));
    }

    /**
     * 9.4 — is the restoration lawful, judged by the law at its date?
     *
     * <p>Reg 17 (TLL era, copyright, outside the E-Commerce Law): 「网络服务提供者接到服务对象的书面说明后，应当立即恢复被删除的作品…」
     * (on receiving the user's written explanation, the provider shall immediately restore the work); 「…权利人不得再通知网络服务提供者
     * 删除该作品…」 (the right holder may not notify again). Civil Code 1196(2), E-Commerce Law 43, SPC Reply Art 3: the
     * measure ends only after a valid declaration was forwarded and the reasonable period passed without a complaint
     * or suit.
     */
    private static Restoration restoration(NormalCase c, NormalCase.Episode e, Policy policy) {
        Instant r = e.restoredAt();
        Regime rr = NormalCase.actRegime(r);
        boolean ecl = c.ecl(r);
        NormalCase.Counter counter = e.counter();
        boolean validCounterBefore = counter != null && counter.valid() && !counter.receivedAt().isAfter(r);
        boolean event = c.timeline().upAt(r);
        if (rr == Regime.TORT_LIABILITY_LAW && c.copyright() && !ecl) {
            boolean lawful = validCounterBefore;
            return new Restoration(r, lawful, true, List.of(Provision.REG_16, Provision.REG_17),
                    lawful ? Reason.RESTORED_UNDER_REG_17 : Reason.RESTORED_WITHOUT_VALID_COUNTER_NOTICE, null,
                    !lawful && event);
        }
        if (rr == Regime.TORT_LIABILITY_LAW && !ecl && !(c.ip() && !r.isBefore(Instants.SPC_REPLY_IN_FORCE))) {
            return new Restoration(r, false, false, List.of(Provision.TORT_LAW_36_2),
                    Reason.RESTORED_NO_COUNTER_NOTICE_RULE_PRE_2021, null, event);
        }
        List<Provision> ids = new ArrayList<>();
        if (rr == Regime.CIVIL_CODE) {
            ids.add(Provision.CIVIL_CODE_1196_1);
            ids.add(Provision.CIVIL_CODE_1196_2);
            if (c.copyright()) {
                ids.add(LegislationLaw.inForceOn(c.asOf()));
            }
        }
        if (ecl) {
            ids.add(Provision.ECL_43_1);
            ids.add(Provision.ECL_43_2);
        }
        if (c.ip() && !r.isBefore(Instants.SPC_REPLY_IN_FORCE)) {
            ids.add(Provision.SPC_REPLY_2020_3);
        }
        Reason reason;
        CounterNoticePeriod period = null;
        boolean lawful = false;
        if (!validCounterBefore) {
            reason = Reason.RESTORED_WITHOUT_VALID_COUNTER_NOTICE;
        } else if (counter.forwardedToRightsHolderAt() == null) {
            reason = Reason.RESTORED_COUNTER_NOTICE_NOT_FORWARDED;
        } else {
            period = CounterNoticePeriod.from(counter.forwardedToRightsHolderAt(), ecl, c,
                    counter.excludedDelayWorkingDays(), policy);
            ids.addAll(period.ids());
            Instant complained = counter.rightsHolderComplainedOrSuedAt();
            if (complained != null && complained.isBefore(period.end())) {
                reason = Reason.RESTORED_DESPITE_COMPLAINT_OR_SUIT;
            } else if (r.isBefore(period.end())) {
                reason = Reason.RESTORED_BEFORE_REASONABLE_PERIOD_ENDED;
            } else {
                reason = Reason.RESTORED_AFTER_REASONABLE_PERIOD;
                lawful = true;
            }
        }
        return new Restoration(r, lawful, false, List.copyOf(ids), reason, period, !lawful && event);
    }
}
