package cn.netlaw.liability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the notice history shows, episode by episode in order of receipt (docs/procedure.md#step-9, 9.1–9.4), under the
 * readings of one run: the validity of each notice judged by the law at its date, its timeliness against its band,
 * and the lawfulness of each restoration. Pure analysis: the steps that run (6, 9, 10, 11) cite, flag and raise the
 * contested questions from it; paths that return earlier ignore it.
 */
final class NoticeFindings {

    /** How an episode fared under 9.3. */
    enum Timeliness {
        /** The notice is invalid, barred, a repeat, or not subject to the notice rule: not assessed. */
        NOT_ASSESSED,
        /** Acted on by the deadline (or between the bounds, read as in time). */
        IN_TIME,
        /** Received while the content was down: treated as handled in time. */
        MOOT,
        /** Not acted on, but the content was down at the deadline. */
        ENDED_BEFORE_DEADLINE,
        /** The duty is still running at {@code asOf}. */
        PENDING,
        /** Missed under the reading of this run: an event of 9.5. */
        LATE,
        /** A conduit's or an infrastructure provider's miss read as no breach (CONDUIT_NECESSARY_MEASURE). */
        CONTESTED_NOT_BREACHED
    }

    /** A contested question one episode met, raised by the step that reads the finding. */
    record Question(ContestedQuestion question, Reading presumptive, Object[] facts) {
    }

    /** An event of 9.5: a late episode (at dP) or an unlawful restoration, with the bound of its period. */
    record Event(Instant at, Instant performedBound, Instant noticeReceivedAt, Instant notBefore, Instant notAfter) {
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
            boolean otherwiseValid,
            List<Reason> invalidity,
            List<Provision> validityIds,
            boolean formNeedsReview,
            boolean evidenceNeedsReview,
            boolean repeat,
            boolean skipped,
            boolean upAtNotice,
            Bands.Deadlines deadlines,
            Instant performed,
            Timeliness timeliness,
            List<Event> events,
            List<Decision.PendingDuty> pending,
            List<Question> questions,
            Restoration restoration) {

        Provision validityId() {
            return validityIds.get(0);
        }
    }

    /** The questions whose readings the findings take (each about a notice, {@code noticeHistory[i]}). */
    /** The question of 9.1 (the others of {@link #READ_HERE} are read in 9.3). */
    private static final java.util.Set<ContestedQuestion> VALIDITY = java.util.EnumSet.of(
            ContestedQuestion.NOTICE_CONTENT);

    private static final java.util.Set<ContestedQuestion> READ_HERE = java.util.EnumSet.of(
            ContestedQuestion.NOTICE_CONTENT, ContestedQuestion.PATENT_MEASURE, ContestedQuestion.TIMELINESS,
            ContestedQuestion.CONDUIT_NECESSARY_MEASURE);

    private final List<Finding> findings;
    /**
     * The state the assessment carried into each episode: the latest lawful restoration under Reg 17 and under a
     * counter-notice before it (9.1's bars), what an episode's finding depends on besides the case and its own
     * readings.
     */
    private final Instant[] reg17Before;
    private final Instant[] counterNoticeBefore;

    private NoticeFindings(List<Finding> findings, Instant[] reg17Before, Instant[] counterNoticeBefore) {
        this.findings = findings;
        this.reg17Before = reg17Before;
        this.counterNoticeBefore = counterNoticeBefore;
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

    static NoticeFindings assess(NormalCase c, Policy policy, Readings readings) {
        return assess(c, policy, readings, null, false);
    }

    /**
     * As {@link #assess(NormalCase, Policy, Readings)}, starting from {@code base}, the findings of the same case under
     * the same policy and the presumptive readings (Step 12's re-runs): an episode whose readings this run does not
     * change and that the assessment enters in the same state is found as it was there, and the deadlines and the
     * restoration of the others, which no reading changes, are taken from it. The findings are the same as without
     * {@code base}. With {@code forOutcome} (a run made only for its outcome, which raises no question) the findings
     * it makes afresh list no questions.
     */
    static NoticeFindings assess(NormalCase c, Policy policy, Readings readings, NoticeFindings base,
            boolean forOutcome) {
        List<NormalCase.Episode> episodes = c.episodes();
        Finding[] out = new Finding[episodes.size()];
        Instant[] reg17Before = new Instant[out.length];
        Instant[] counterNoticeBefore = new Instant[out.length];
        Instant lastReg17Restoration = null;
        Instant lastLawfulCounterNoticeRestoration = null;
        for (int i = 0; i < out.length; i++) {
            NormalCase.Episode e = episodes.get(i);
            reg17Before[i] = lastReg17Restoration;
            counterNoticeBefore[i] = lastLawfulCounterNoticeRestoration;
            Finding was = base == null ? null : base.findings.get(i);
            boolean sameState = was != null && java.util.Objects.equals(base.reg17Before[i], lastReg17Restoration)
                    && java.util.Objects.equals(base.counterNoticeBefore[i], lastLawfulCounterNoticeRestoration);
            boolean readHere = sameState && readings.concerns(e.path(), READ_HERE);
            // entered in the same state and read as there: found as it was; read otherwise only in its measures (a
            // run for the outcome): its validity (9.1, 9.2) and the state at receipt as they were, 9.3 judged again;
            // the restoration (9.4) no reading changes
            if (sameState && (!readHere || (forOutcome && !readings.concerns(e.path(), VALIDITY)))) {
                out[i] = readHere ? measuresAgain(c, policy, readings, was) : was;
                Restoration restoration = was.restoration();
                if (restoration != null && restoration.lawful()) {
                    if (restoration.underReg17()) {
                        lastReg17Restoration = restoration.at();
                    } else {
                        lastLawfulCounterNoticeRestoration = restoration.at();
                    }
                }
                continue;
            }
            Instant t = e.receivedAt();
            Regime r = NormalCase.actRegime(t);
            boolean ecl = c.ecl(t);
            String path = e.path();
            List<Question> questions = forOutcome ? null : new ArrayList<>(0);

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
            // channel is form: PHONE fails Reg 14 (written) and ECL 42; elsewhere only a published phone channel
            if (e.channel() == NoticeChannel.PHONE && (c.copyright() || ecl || !e.publishedChannel())) {
                invalidity.add(Reason.NOTICE_INVALID_CHANNEL);
            }
            boolean formNeedsReview = c.copyright() && e.channel() == NoticeChannel.OTHER;
            if (Boolean.FALSE.equals(e.includesIdentity())) {
                invalidity.add(Reason.NOTICE_INVALID_MISSING_IDENTITY);
            }
            if (Boolean.FALSE.equals(e.locatesContent())) {
                invalidity.add(Reason.NOTICE_INVALID_NOT_LOCATABLE);
            }
            boolean tllReasons = c.personality() && r == Regime.TORT_LIABILITY_LAW && !ecl && e.includesReason();
            // 3.0: a Civil Code personality notice with reasons and no separate evidence (stated false or not stated)
            boolean reasonsPoint = c.personality() && r == Regime.CIVIL_CODE && !ecl && e.includesReason()
                    && !Boolean.TRUE.equals(e.includesPreliminaryEvidence());
            if (Boolean.FALSE.equals(e.includesPreliminaryEvidence()) && !tllReasons && !reasonsPoint) {
                invalidity.add(Reason.NOTICE_INVALID_MISSING_EVIDENCE);
            }
            boolean otherwiseValid = invalidity.isEmpty();
            boolean evidenceNeedsReview = false;
            if (otherwiseValid) {
                // Content not stated: treated as not shown (presumptive INVALID), unless only the evidence of a
                // reasons point is unstated (presumptive VALID); the question is raised only where it decides.
                boolean identityOpen = e.includesIdentity() == null;
                boolean locatesOpen = e.locatesContent() == null;
                boolean evidenceOpen = e.includesPreliminaryEvidence() == null && !tllReasons;
                boolean contentOpen = identityOpen || locatesOpen || (evidenceOpen && !reasonsPoint);
                if (contentOpen) {
                    if (questions != null) {
                        questions.add(new Question(ContestedQuestion.NOTICE_CONTENT, Reading.INVALID,
                                new Object[] {"notice", path, "receivedAt", t, "kind", "notStated"}));
                    }
                    Reading reading = readings.of(ContestedQuestion.NOTICE_CONTENT, path, Reading.INVALID);
                    if (reading == Reading.INVALID) {
                        invalidity.add(Reason.NOTICE_INVALID_CONTENT_NOT_SHOWN);
                    } else if (reasonsPoint) {
                        evidenceNeedsReview = true;
                    }
                } else if (reasonsPoint) {
                    if (questions != null) {
                        questions.add(new Question(ContestedQuestion.NOTICE_CONTENT, Reading.VALID,
                                new Object[] {"notice", path, "receivedAt", t, "kind", "reasonsWithoutEvidence"}));
                    }
                    Reading reading = readings.of(ContestedQuestion.NOTICE_CONTENT, path, Reading.VALID);
                    if (reading == Reading.VALID) {
                        evidenceNeedsReview = true;
                    } else {
                        invalidity.add(Reason.NOTICE_INVALID_MISSING_EVIDENCE);
                    }
                }
            }
            List<Provision> validityIds = validityIds(c, r, ecl);
            boolean valid = invalidity.isEmpty();

            // 9.2 applicability: a TLL-era copyright notice to a conduit is skipped unless configured otherwise
            boolean skipped = valid && c.role().isConduit() && r == Regime.TORT_LIABILITY_LAW && c.copyright()
                    && !policy.conduitNoticeDutyBeforeCivilCode();

            // 9.3 timeliness; the deadlines of a valid notice about content that is up also serve Step 11
            boolean up = valid && c.timeline().upAtNotice(t, e.index());
            Bands.Deadlines deadlines = !up ? null
                    : was != null && was.deadlines() != null ? was.deadlines() : Bands.of(c, policy, t, e.itemCount());
            Timeliness timeliness = Timeliness.NOT_ASSESSED;
            Instant performed = null;
            List<Event> events = List.of();
            List<Decision.PendingDuty> pending = List.of();
            if (valid && !skipped) {
                if (!up) {
                    timeliness = Timeliness.MOOT;
                } else {
                    Judged judged = judge(c, policy, readings, e, r, deadlines, questions);
                    timeliness = judged.timeliness;
                    performed = judged.performed;
                    events = judged.events;
                    pending = judged.pending;
                }
            }

            // 9.4 restoration (HOST roles), judged at r = restoredAt; an ineffective measure's restoration is disregarded
            Restoration restoration = null;
            if (valid && c.role().isHost() && e.restoredAt() != null && e.measureEffective()) {
                restoration = was != null && was.restoration() != null ? was.restoration() : restoration(c, e, policy);
                if (restoration.lawful()) {
                    if (restoration.underReg17()) {
                        lastReg17Restoration = restoration.at();
                    } else {
                        lastLawfulCounterNoticeRestoration = restoration.at();
                    }
                }
            }
            out[i] = new Finding(e, r, valid, otherwiseValid, invalidity.freeze(), validityIds, formNeedsReview,
                    evidenceNeedsReview, repeat, skipped, up, deadlines, performed, timeliness, events, pending,
                    questions == null ? List.of() : questions, restoration);
        }
        return new NoticeFindings(UniqueList.adopt(out), reg17Before, counterNoticeBefore);
    }

    /**
     * {@code was} with its 9.3 judgement made again under {@code readings} (a run for the outcome: no questions are
     * listed), everything else as it was.
     */
    private static Finding measuresAgain(NormalCase c, Policy policy, Readings readings, Finding was) {
        if (!was.valid() || was.skipped() || !was.upAtNotice()) {
            return was; // 9.3 not reached, or moot: nothing read there
        }
        Judged judged = judge(c, policy, readings, was.episode(), was.actRegime(), was.deadlines(), null);
        return new Finding(was.episode(), was.actRegime(), was.valid(), was.otherwiseValid(), was.invalidity(),
                was.validityIds(), was.formNeedsReview(), was.evidenceNeedsReview(), was.repeat(), was.skipped(),
                was.upAtNotice(), was.deadlines(), judged.performed, judged.timeliness, judged.events, judged.pending,
                List.of(), was.restoration());
    }

    /**
     * The validity id (9.1): ECL 42(1) on a platform, Civil Code 1195(1) from 2021, else Reg 14 (copyright),
     * SPC_PR_2014_5 (personality) or TLL 36(2). An invalid COPYRIGHT notice to a HOST role in the Civil Code era also
     * cites Reg 14, its content rule (used only for invalid notices). Reg 14 is never cited for a conduit or an
     * infrastructure provider (9.2): their TLL-era notices are judged under TLL 36(2).
     */
    private static List<Provision> validityIds(NormalCase c, Regime r, boolean ecl) {
        if (ecl) {
            return List.of(Provision.ECL_42_1);
        }
        if (r == Regime.CIVIL_CODE) {
            return c.copyright() && c.role().isHost()
                    ? List.of(Provision.CIVIL_CODE_1195_1, Provision.REG_14) : List.of(Provision.CIVIL_CODE_1195_1);
        }
        if (c.copyright() && c.role().isHost()) {
            return List.of(Provision.REG_14);
        }
        if (c.personality()) {
            return List.of(Provision.SPC_PR_2014_5);
        }
        return List.of(Provision.TORT_LAW_36_2);
    }

    /** The 9.3 judgement of one episode about content that was up at its receipt. */
    private static final class Judged {
        Timeliness timeliness = Timeliness.IN_TIME;
        Instant performed;
        List<Event> events = new ArrayList<>(1);
        List<Decision.PendingDuty> pending = new ArrayList<>(1);
        boolean endedBeforeDeadline;
        boolean late;
        boolean contested;
    }

    /**
     * 9.3 — the table of docs/procedure.md#notice-timeliness: in time at dP; pending; between the bounds (TIMELINESS on
     * HOST roles); late at dL (HOST: late; CONDUIT and INFRASTRUCTURE: determined or CONDUIT_NECESSARY_MEASURE). A duty
     * that starts while a broadcast is live is judged in two parts (docs/procedure.md#timeliness-classes): on LIVE up
     * to {@code liveEndedAt}, then the replay on the next class.
     */
    private static Judged judge(NormalCase c, Policy policy, Readings readings, NormalCase.Episode e, Regime r,
            Bands.Deadlines deadlines, List<Question> questions) {
        Judged j = new Judged();
        Instant t = e.receivedAt();
        String path = e.path();
        boolean host = c.role().isHost();
        Instant measure = e.effectiveMeasure();
        Instant performed;
        if (!host) {
            // forwarding (or warning) is the necessary measure; a measure the provider lifted counts as not taken
            performed = e.restoredAt() != null ? e.forwardedAt() : Instants.min(e.forwardedAt(), measure);
        } else if (c.rightType() == RightType.PATENT && e.forwardedAt() != null
                && !e.forwardedAt().isAfter(deadlines.late())
                && (measure == null || measure.isAfter(e.forwardedAt()))) {
            // Guiding Case 83: forwarding a qualified patent notice may be the necessary measure
            if (questions != null) {
                questions.add(new Question(ContestedQuestion.PATENT_MEASURE, Reading.FORWARDING_SUFFICED,
                        new Object[] {"notice", path, "forwardedAt", e.forwardedAt(), "measuresTakenAt", measure}));
            }
            performed = readings.of(ContestedQuestion.PATENT_MEASURE, path, Reading.FORWARDING_SUFFICED)
                    == Reading.FORWARDING_SUFFICED ? e.forwardedAt() : measure;
        } else {
            performed = measure;
        }
        j.performed = performed;
        boolean ownMeasureLifted = !host && e.restoredAt() != null;
        Instant liveEnded = c.liveEndedAt();
        if (deadlines.timelinessClass() == TimelinessClass.LIVE && liveEnded != null) {
            judgePart(c, policy.conduitNoticeDutyBeforeCivilCode(), readings, e, r, deadlines, performed, ownMeasureLifted, liveEnded, null, j, questions);
            // the replay: the content still up after the broadcast, judged on the next class from the same start
            boolean metByEnd = (performed != null && !performed.isAfter(liveEnded))
                    || !up(c, liveEnded, e, ownMeasureLifted);
            if (!metByEnd) {
                Bands.Deadlines replay = Bands.of(c, policy, t, e.itemCount(), Bands.afterLive(c));
                judgePart(c, policy.conduitNoticeDutyBeforeCivilCode(), readings, e, r, replay, performed, ownMeasureLifted, null, liveEnded, j, questions);
            }
        } else {
            judgePart(c, policy.conduitNoticeDutyBeforeCivilCode(), readings, e, r, deadlines, performed, ownMeasureLifted, null, null, j, questions);
        }
        if (j.late) {
            j.timeliness = Timeliness.LATE;
        } else if (!j.pending.isEmpty()) {
            j.timeliness = Timeliness.PENDING;
        } else if (j.contested) {
            j.timeliness = Timeliness.CONTESTED_NOT_BREACHED;
        } else if (j.endedBeforeDeadline) {
            j.timeliness = Timeliness.ENDED_BEFORE_DEADLINE;
        }
        return j;
    }

    /**
     * One part of a duty. {@code metAt} (the live part): the part counts as met at that instant, and its periods end
     * there at the latest. {@code notBefore} (the replay part): its deadlines are not before that instant.
     */
    private static void judgePart(NormalCase c, boolean conduitDutyBeforeCivilCode, Readings readings,
            NormalCase.Episode e, Regime r,
            Bands.Deadlines band, Instant performed, boolean ownMeasureLifted, Instant metAt, Instant notBefore,
            Judged j, List<Question> questions) {
        String path = e.path();
        Instant t = e.receivedAt();
        Instant dP = Instants.max(band.prompt(), notBefore);
        Instant dL = Instants.max(band.late(), notBefore);
        boolean host = c.role().isHost();
        Instant asOf = c.asOf();
        boolean inP = inTimeAt(c, dP, e, performed, ownMeasureLifted, metAt);
        if (inP) {
            if (performed == null || performed.isAfter(dP)) {
                j.endedBeforeDeadline = true;
            }
            return;
        }
        if (!asOf.isAfter(dP)) {
            j.pending.add(new Decision.PendingDuty(dP, dL, e.index()));
            return;
        }
        boolean inL = inTimeAt(c, dL, e, performed, ownMeasureLifted, metAt);
        boolean pendL = !inL && !asOf.isAfter(dL);
        if (inL || pendL) {
            if (!host) {
                if (pendL) {
                    j.pending.add(new Decision.PendingDuty(dP, dL, e.index()));
                }
                return;
            }
            if (questions != null) {
                questions.add(new Question(ContestedQuestion.TIMELINESS, Reading.IN_TIME,
                        new Object[] {"notice", path, "receivedAt", t, "prompt", dP, "late", dL, "performed",
                            performed}));
            }
            if (readings.of(ContestedQuestion.TIMELINESS, path, Reading.IN_TIME) == Reading.IN_TIME) {
                if (pendL) {
                    j.pending.add(new Decision.PendingDuty(dP, dL, e.index()));
                }
                return;
            }
            j.late = true;
            j.events.add(new Event(dP, performed, t, notBefore, metAt));
            return;
        }
        // late at dL
        boolean determined;
        if (host) {
            determined = true;
        } else if (c.role().isInfrastructure()) {
            determined = r == Regime.CIVIL_CODE || (c.ip() && !t.isBefore(Instants.SPC_REPLY_IN_FORCE));
        } else {
            determined = r == Regime.TORT_LIABILITY_LAW && conduitDutyBeforeCivilCode;
        }
        if (!determined) {
            if (questions != null) {
                questions.add(new Question(ContestedQuestion.CONDUIT_NECESSARY_MEASURE, Reading.NOT_BREACHED,
                        new Object[] {"notice", path, "receivedAt", t, "late", dL, "forwardedAt", e.forwardedAt(),
                            "kind", "notice"}));
            }
            if (readings.of(ContestedQuestion.CONDUIT_NECESSARY_MEASURE, path, Reading.NOT_BREACHED)
                    == Reading.NOT_BREACHED) {
                j.contested = true;
                return;
            }
        }
        j.late = true;
        Instant at = dP;
        if (ownMeasureLifted && !c.timeline().upAt(dP)) {
            // the lifted measure counts as not taken from the restoration on: missed from when the content is up again
            Instant back = c.timeline().nextUpAfter(dP);
            at = back == null ? dP : back;
        }
        j.events.add(new Event(at, performed, t, notBefore, metAt));
    }

    /**
     * In time at D: performed by D, or the content down at D (another episode's measure, a self-initiated measure,
     * the end of the state); for a conduit or infrastructure provider that lifted its own measure, that measure does
     * not count; a live part is met at the end of the broadcast.
     */
    private static boolean inTimeAt(NormalCase c, Instant d, NormalCase.Episode e, Instant performed,
            boolean ownMeasureLifted, Instant metAt) {
        if (performed != null && !performed.isAfter(d)) {
            return true;
        }
        if (metAt != null && !d.isBefore(metAt)) {
            return true;
        }
        return !up(c, d, e, ownMeasureLifted);
    }

    private static boolean up(NormalCase c, Instant d, NormalCase.Episode e, boolean ownMeasureLifted) {
        return ownMeasureLifted ? c.timeline().upAtIgnoring(d, e.index()) : c.timeline().upAt(d);
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
                // the sequence as it happened: notified before the restoration, or after it (still in the period)
                reason = complained.isAfter(r) ? Reason.RESTORED_BEFORE_REASONABLE_PERIOD_ENDED
                        : Reason.RESTORED_DESPITE_COMPLAINT_OR_SUIT;
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
