package cn.netlaw.liability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 8 — the knowledge rule, checked before the notice rule; when both apply, KNOWLEDGE_RULE wins with its own scope.
 *
 * <p>Civil Code 1197 (from 2021-01-01): 「网络服务提供者知道或者应当知道网络用户利用其网络服务侵害他人民事权益，未采取必要措施的，与该网络用户
 * 承担连带责任。」 (A provider that knows or should know that a user infringes through its service and takes no
 * necessary measures is jointly and severally liable with the user.) TLL 36(3) (2010-07-01 to 2020-12-31):
 * 「网络服务提供者知道网络用户利用其网络服务侵害他人民事权益，未采取必要措施的，与该网络用户承担连带责任。」 — 知道, read as including 应知
 * (docs/procedure.md#tll-knowledge). E-Commerce Law 45: 知道或者应当知道 for IP on a platform.
 *
 * <p>The walk (3.0): from {@code knowledgeFrom} every time the content is up a duty arises — the first window without
 * reaction time when the knowledge rests on the provider's own acts or is the caller's finding at the outset, every
 * window at a HOST's own restoration without reaction time, every other window with its band
 * (docs/procedure.md#timeliness). A missed window opens a liable period from its prompt deadline until the content next
 * goes down; the first window missed on the conduct day charges the whole damage, later misses only the damage since
 * (docs/procedure.md#step-8).
 */
final class KnowledgeRule {
    private KnowledgeRule() {
    }

    /** The status of one window (or one part of a live window). */
    private enum Status { IN_TIME, PENDING, MISSED }

    /** Returns true when the provider is liable under the knowledge rule (the procedure returns). */
    static boolean apply(NormalCase c, Decision d, KnowledgeFinding.Finding k, Policy policy,
            NoticeFindings findings) {
        d.at(Step.KNOWLEDGE_RULE);
        boolean cc = d.regime == Regime.CIVIL_CODE;
        boolean counts;
        if (k.knowledge() == Knowledge.KNEW) {
            counts = true;
        } else if (k.knowledge() == Knowledge.SHOULD_HAVE_KNOWN) {
            if (cc || c.ecl() || c.copyright()) {
                counts = true;
            } else {
                counts = policy.tllKnowledgeIncludesShouldHaveKnown();
                d.assume(AssumptionCode.TLL_KNOWLEDGE_INCLUDES_SHOULD_HAVE_KNOWN, Boolean.toString(counts));
                if (counts) {
                    d.flag(ReviewFlag.TLL_CONSTRUCTIVE_KNOWLEDGE);
                } else {
                    d.because(Reason.CONSTRUCTIVE_KNOWLEDGE_NOT_COUNTED_TLL);
                }
            }
        } else {
            counts = false;
        }
        if (!counts) {
            return false;
        }
        Instant t0 = k.from();
        if (!t0.isBefore(c.stateEnd())) {
            d.because(Reason.INFRINGEMENT_ENDED_BEFORE_DEADLINE, "knowledgeFrom", t0, "stateEnd", c.stateEnd());
            return false;
        }
        Walk walk = new Walk(c, d, k, policy, findings);
        walk.run();
        if (!walk.missedAny) {
            return false;
        }
        boolean outsetForScope = !Moment.dayOf(t0).isAfter(Moment.dayOf(c.conductDate()));
        if (outsetForScope && walk.firstWindowMissed) {
            d.decide(Liability.INDIRECT, Rule.KNOWLEDGE_RULE, JointScope.WHOLE_DAMAGE);
        } else {
            d.decide(Liability.INDIRECT, Rule.KNOWLEDGE_RULE, JointScope.SINCE_KNOWLEDGE);
            d.liablePeriods = LiablePeriod.merge(walk.periods);
            List<LiablePeriod> p = d.liablePeriods;
            d.because(Reason.LIABLE_SINCE_KNOWLEDGE, "from", p.get(0).from(), "until", p.get(p.size() - 1).until(),
                    "periods", p.size());
        }
        d.cite(cc ? Provision.CIVIL_CODE_1197 : Provision.TORT_LAW_36_3);
        if (c.ecl()) {
            d.cite(Provision.ECL_45);
        }
        if (c.copyright()) {
            d.cite(Provision.SPC_NDR_7_3, Provision.SPC_NDR_8_1);
            ConduitHarbour.hostLiable(c, d);
        } else if (c.personality()) {
            d.cite(cc ? Provision.SPC_PR_2020_6 : Provision.SPC_PR_2014_9);
        }
        List<Provision> ruleIds = k.ruleIds();
        for (int i = 0; i < ruleIds.size(); i++) {
            d.cite(ruleIds.get(i));
        }
        return true;
    }

    /** The up/down walk from {@code t0} (Step 8). */
    private static final class Walk {
        private final NormalCase c;
        private final Decision d;
        private final KnowledgeFinding.Finding k;
        private final Policy policy;
        private final NoticeFindings findings;
        private final boolean host;
        private final boolean infrastructure;
        /** The caller's SHOULD_HAVE_KNOWN for an infrastructure provider: every missed window is contested. */
        private final boolean infrastructureShouldHaveKnown;
        final List<LiablePeriod> periods = new ArrayList<>();
        boolean missedAny;
        boolean firstWindowMissed;

        Walk(NormalCase c, Decision d, KnowledgeFinding.Finding k, Policy policy, NoticeFindings findings) {
            this.c = c;
            this.d = d;
            this.k = k;
            this.policy = policy;
            this.findings = findings;
            this.host = c.role().isHost();
            this.infrastructure = c.role().isInfrastructure();
            this.infrastructureShouldHaveKnown = infrastructure && k.knowledge() == Knowledge.SHOULD_HAVE_KNOWN;
        }

        void run() {
            Instant t0 = k.from();
            if (!host) {
                // whether suspending the customer is additionally required is a question of fact
                // (docs/procedure.md#roles)
                d.flag(ReviewFlag.MEASURE_ADEQUACY_NEEDS_REVIEW);
            }
            List<Instant> skipped = new ArrayList<>(0);
            List<Timeline.Turn> turns = c.timeline().upTurns(t0, c.stateEnd(), this::lawfullyRestored, skipped);
            List<Timeline.Turn> ups = new ArrayList<>(turns.size() + 1);
            if (c.timeline().upAt(t0)) {
                ups.add(new Timeline.Turn(t0, Timeline.Kind.CONDUCT_START, -1));
            }
            ups.addAll(turns);
            if (!skipped.isEmpty()) {
                d.flag(ReviewFlag.LAWFUL_RESTORATION_AFTER_KNOWLEDGE);
            }
            if (ups.isEmpty()) {
                d.because(Reason.CONTENT_ALREADY_DOWN_AT_KNOWLEDGE, "knowledgeFrom", t0);
                if (c.endGivenByCaller() && c.stateEnd().isAfter(t0)) {
                    d.flag(ReviewFlag.TIMELINE_CONTRADICTS_CONDUCT_END);
                }
                return;
            }
            boolean outsetForWindow = !k.derived() && k.knowledge().isKnowledge() && callerKnowledgeAtOutset();
            int i = 0;
            while (i < ups.size()) {
                Timeline.Turn turn = ups.get(i);
                Instant s = turn.at();
                boolean first = i == 0 && s.equals(t0);
                boolean restoredByHost = host && turn.kind() == Timeline.Kind.RESTORATION;
                boolean noWindow = (first && (k.ownActs() || outsetForWindow)) || restoredByHost;
                Instant m = window(s, turn, noWindow);
                if (m == STOP) {
                    return;
                }
                if (missedNow && first) {
                    firstWindowMissed = true;
                }
                if (m == null) {
                    return;
                }
                i++;
                while (i < ups.size() && !ups.get(i).at().isAfter(m)) {
                    i++;
                }
            }
        }

        /** Marks that the walk stops (a pending duty, or a window met by nothing). */
        private static final Instant STOP = Instant.MIN;
        private boolean missedNow;

        /**
         * Judges the window opened at {@code s}; returns its met instant {@code m} (the walk goes on after it), null when
         * there is none, or {@link #STOP}.
         */
        private Instant window(Instant s, Timeline.Turn turn, boolean noWindow) {
            missedNow = false;
            Instant mDown = metByDown(s);
            Instant mWarn = host ? null : metByWarning(s, turn);
            Instant m = Instants.min(mDown, mWarn);
            if (noWindow) {
                d.because(Reason.KNOWLEDGE_NO_REACTION_WINDOW, "knowledgeFrom", s,
                        "basis", turn.kind() == Timeline.Kind.RESTORATION ? "restoration"
                                : k.ownActs() ? "ownActs" : "outset");
                Status status = judge(s, s, m, null, null);
                return after(status, m);
            }
            Bands.Deadlines band = Bands.of(c, policy, s, 1);
            d.assume(AssumptionCode.TIMELINESS_THRESHOLD, band.label("KNOWLEDGE"));
            d.deadline(Chronology.Duty.KNOWLEDGE, -1, s, band.prompt(), band.late());
            d.flag(ReviewFlag.DEFAULT_THRESHOLD_APPLIED);
            if (infrastructure && mWarn != null && !mWarn.isAfter(band.late())
                    && (mDown == null || mDown.isAfter(band.late()))) {
                // met only by warning while the content stayed up past dL: was suspending the whole service required?
                Reading reading = d.raise(ContestedQuestion.CONDUIT_NECESSARY_MEASURE, "provider.knowledgeSince",
                        Reading.NOT_BREACHED, "kind", "suspension", "warnedAt", mWarn, "late", band.late());
                if (reading == Reading.BREACHED) {
                    m = mDown;
                }
            }
            Status status;
            Instant liveEnded = c.liveEndedAt();
            if (band.timelinessClass() == TimelinessClass.LIVE && liveEnded != null) {
                Instant mLive = Instants.min(m, liveEnded);
                status = judge(band.prompt(), band.late(), mLive, null, liveEnded);
                if (m == null || m.isAfter(liveEnded)) {
                    Bands.Deadlines replay = Bands.of(c, policy, s, 1, Bands.afterLive(c));
                    d.deadline(Chronology.Duty.KNOWLEDGE, -1, s, Instants.max(replay.prompt(), liveEnded),
                            Instants.max(replay.late(), liveEnded));
                    Status second = judge(Instants.max(replay.prompt(), liveEnded),
                            Instants.max(replay.late(), liveEnded), m, liveEnded, null);
                    status = worse(status, second);
                }
            } else {
                status = judge(band.prompt(), band.late(), m, null, null);
            }
            return after(status, m);
        }

        private Instant after(Status status, Instant m) {
            return switch (status) {
                case PENDING -> STOP;
                case IN_TIME, MISSED -> m;
            };
        }

        private static Status worse(Status a, Status b) {
            if (a == Status.MISSED || b == Status.MISSED) {
                return Status.MISSED;
            }
            if (a == Status.PENDING || b == Status.PENDING) {
                return Status.PENDING;
            }
            return Status.IN_TIME;
        }

        /**
         * One window (or one part of a live window) with deadlines dP, dL and met instant m. A missed part opens a
         * period from dP (not before {@code notBefore}) until m (not after {@code notAfter}).
         */
        private Status judge(Instant dP, Instant dL, Instant m, Instant notBefore, Instant notAfter) {
            Instant asOf = c.asOf();
            boolean between = m != null ? m.isAfter(dP) && !m.isAfter(dL) : asOf.isAfter(dP) && !asOf.isAfter(dL);
            Instant x = dL;
            if (host && between) {
                Reading reading = d.raise(ContestedQuestion.TIMELINESS, "provider.knowledgeSince", Reading.IN_TIME,
                        "kind", "knowledge", "prompt", dP, "late", dL, "met", m);
                if (reading == Reading.LATE) {
                    x = dP;
                }
            }
            if (m != null && !m.isAfter(x)) {
                if (endedByCaller(m)) {
                    // the state the caller said ended came to its end before the deadline (met by stateEnd)
                    d.because(Reason.INFRINGEMENT_ENDED_BEFORE_DEADLINE, "knowledgeFrom", k.from(), "deadline", dP,
                            "stateEnd", m);
                } else {
                    d.because(Reason.KNOWLEDGE_BUT_TIMELY_MEASURES, "knowledgeFrom", k.from(), "deadline", dP,
                            "performed", m);
                }
                return Status.IN_TIME;
            }
            if (m == null && !asOf.isAfter(x)) {
                d.pending(dP, dL, -1, "knowledgeFrom", k.from(), "duty", "knowledge");
                return Status.PENDING;
            }
            // missed: for a conduit, and for an infrastructure provider before 2021 (IP: before 2020-09-14) or on
            // the caller's should-have-known, whether warning or suspending was required is contested
            if (!host) {
                boolean determined = infrastructure && !infrastructureShouldHaveKnown
                        && (!dP.isBefore(Instants.CIVIL_CODE_IN_FORCE)
                        || (c.ip() && !dP.isBefore(Instants.SPC_REPLY_IN_FORCE)));
                if (!determined) {
                    Reading reading = d.raise(ContestedQuestion.CONDUIT_NECESSARY_MEASURE,
                            "provider.knowledgeSince", Reading.NOT_BREACHED, "kind", "knowledge", "late", dL);
                    if (reading == Reading.NOT_BREACHED) {
                        d.because(Reason.CONDUIT_MEASURE_CONTESTED, "knowledgeFrom", k.from(), "deadline", dL);
                        return m == null ? Status.PENDING : Status.IN_TIME;
                    }
                }
            }
            Instant from = Instants.max(dP, notBefore);
            Instant until = m == null ? null : notAfter == null ? m : Instants.min(m, notAfter);
            if (until == null && notAfter != null) {
                until = notAfter;
            }
            if (until != null && !until.isAfter(from)) {
                // nothing was up after the deadline (a live part cut at the broadcast's end): no damage period
                return Status.IN_TIME;
            }
            d.because(Reason.KNOWLEDGE_NOT_ACTED_ON_IN_TIME, "knowledge", k.knowledge().name(), "knowledgeFrom",
                    k.from(), "deadline", dP, "performed", m);
            periods.add(new LiablePeriod(from, until));
            missedAny = true;
            missedNow = true;
            return Status.MISSED;
        }

        /** Whether {@code m} is the end of the state the caller gave, with no "down" event of the content at it. */
        private boolean endedByCaller(Instant m) {
            return c.givenEnd() != null && m.equals(c.givenEnd()) && !c.timeline().hasDownAt(m);
        }

        /** The caller's knowledge at the outset for the window (Q27): at or before the upload instant, or a day before. */
        private boolean callerKnowledgeAtOutset() {
            Instant since = c.knowledgeSince();
            if (since == null) {
                return false;
            }
            if (c.knowledgeSinceBareDate()) {
                return Moment.dayOf(since).isBefore(Moment.dayOf(c.conductDate()));
            }
            return !since.isAfter(c.conductDate());
        }

        /** The first "down" after {@code s}, and the end of a state that has ended. */
        private Instant metByDown(Instant s) {
            Instant m = c.timeline().nextDownAfter(s);
            if (!c.continuing()) {
                m = Instants.min(m, c.stateEnd());
            }
            return m;
        }

        /**
         * CONDUIT and INFRASTRUCTURE: warning the customer or forwarding a notice at or after {@code s}; and {@code s}
         * itself when it is a restoration and the customer was already told (after {@code t0}, before {@code s}).
         */
        private Instant metByWarning(Instant s, Timeline.Turn turn) {
            Instant m = null;
            boolean toldBefore = false;
            Instant t0 = k.from();
            List<Instant> warnings = new ArrayList<>();
            if (c.userWarnedAt() != null) {
                warnings.add(c.userWarnedAt());
            }
            for (NormalCase.Episode e : c.episodes()) {
                if (e.forwardedAt() != null) {
                    warnings.add(e.forwardedAt());
                }
            }
            for (Instant w : warnings) {
                if (!w.isBefore(s)) {
                    m = Instants.min(m, w);
                } else if (!w.isBefore(t0)) {
                    toldBefore = true;
                }
            }
            if (turn.kind() == Timeline.Kind.RESTORATION && toldBefore) {
                m = Instants.min(m, s);
            }
            return m;
        }

        /** A restoration lawful under 9.4 does not restart the knowledge duty. */
        private boolean lawfullyRestored(int episode) {
            for (NoticeFindings.Finding f : findings.all()) {
                if (f.episode().index() == episode) {
                    return f.restoration() != null && f.restoration().lawful();
                }
            }
            return false;
        }
    }
}
