package cn.netlaw.liability;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The decision procedure (docs/procedure.md, version {@value #SPEC_VERSION}): a pure evaluator. Precedence between
 * the rules is decided here, in one place: the first step that returns fixes liability, rule and joint scope.
 *
 * <ol start="0">
 *   <li>validate and normalise (docs/request.md) — {@link Normaliser};</li>
 *   <li>regime by the end of the infringing state — {@link RegimeRule};</li>
 *   <li>paid deletion (side output) — {@link PaidDeletionRule};</li>
 *   <li>no primary infringement — {@link NoPrimaryInfringementRule};</li>
 *   <li>direct liability — {@link DirectInfringementRule};</li>
 *   <li>instigation — {@link InstigationRule};</li>
 *   <li>effective knowledge — {@link KnowledgeFinding};</li>
 *   <li>Regulation status of a copyright conduit — {@link ConduitHarbour};</li>
 *   <li>knowledge rule, before the notice rule — {@link KnowledgeRule};</li>
 *   <li>notice rule — {@link NoticeRule};</li>
 *   <li>no liability: safe harbour or no fault — {@link NoLiabilityRule};</li>
 *   <li>duties toward the user, on every intermediary path — {@link DutiesTowardUser};</li>
 * </ol>
 * then the transitional articles and the limitation reminder — {@link TransitionalArticles}; and last, Step 12: the
 * questions the law leaves open, each read as the burden of proof falls for the headline, each re-run flipped to see
 * whether it changes the outcome ({@code contested}, {@code alternatives}).
 */
public final class LiabilityEngine {

    /** The version of the decision procedure (docs/procedure.md) this engine implements. */
    public static final String SPEC_VERSION = "3.0";

    /** The names of a PRESUMPTIVE_READING_CONTESTED finding's facts: a question about a notice, or another subject. */
    private static final String[] CONTESTED_NOTICE =
            {"question", "notice", "reading", "otherLiability", "otherRule", "otherScope"};
    private static final String[] CONTESTED_SUBJECT =
            {"question", "subject", "reading", "otherLiability", "otherRule", "otherScope"};

    /** At most this many alternatives are reported (Step 12). */
    static final int MAX_ALTERNATIVES = 8;

    private final Policy policy;
    private final Clock clock;

    public LiabilityEngine(Policy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Validates (docs/request.md#validation) and classifies (docs/procedure.md#steps) one case under the configured
     * policy.
     */
    public Evaluation evaluate(CaseFacts facts) {
        return evaluate(facts, policy, List.of(), true);
    }

    /**
     * Validates (docs/request.md#validation) and classifies (docs/procedure.md#steps) one case under the given policy;
     * the configured one is untouched.
     */
    public Evaluation evaluate(CaseFacts facts, Policy policy) {
        return evaluate(facts, policy, List.of(), true);
    }

    /**
     * As {@link #evaluate(CaseFacts, Policy)}; {@code policyOverrides} are the values a request's {@code policy} gave
     * ({@code <key path>=<value>}, reported as {@code POLICY_OVERRIDE}); with {@code explain = false} the result's
     * {@code explanation} is empty and nothing is spent on recording it (every other field is the same). Step 12 may
     * re-run the procedure as often as it needs.
     */
    public Evaluation evaluate(CaseFacts facts, Policy policy, List<String> policyOverrides, boolean explain) {
        return evaluate(facts, policy, policyOverrides, explain, Budget.of(Integer.MAX_VALUE));
    }

    /**
     * As {@link #evaluate(CaseFacts, Policy, List, boolean)}, with Step 12's re-runs drawn from {@code budget}: when it
     * says no, Step 12 stops, and the result's {@code exploration} says how far it got and why it stopped (a budget of
     * 0 evaluations decides the headline alone).
     */
    public Evaluation evaluate(CaseFacts facts, Policy policy, List<String> policyOverrides, boolean explain,
            Budget budget) {
        Objects.requireNonNull(budget, "budget");
        return evaluate(facts, policy, policyOverrides, explain, List.of(), budget);
    }

    /**
     * The case decided under the given readings of contested questions instead of the presumptive ones (every pair
     * not listed presumptive): what an alternative of Step 12 reports, for a caller that wants to see it in full.
     */
    public Evaluation evaluate(CaseFacts facts, Policy policy, List<String> policyOverrides, boolean explain,
            List<AssumedReading> readings) {
        return evaluate(facts, policy, policyOverrides, explain, readings, Budget.of(0));
    }

    /**
     * A classification and the case in time it was made on ({@link Chronology}, null when the case is rejected): what a
     * picture of the case draws (docs/result.md#timeline-picture).
     */
    public record Chart(Evaluation evaluation, Chronology chronology) {
    }

    /**
     * As {@link #evaluate(CaseFacts, Policy, List, boolean, Budget)}, with the normalised facts and the deadlines of
     * the presumptive run in time order.
     */
    public Chart chart(CaseFacts facts, Policy policy, List<String> policyOverrides, boolean explain, Budget budget) {
        Objects.requireNonNull(budget, "budget");
        return evaluate(facts, policy, policyOverrides, explain, List.of(), budget, true);
    }

    private Evaluation evaluate(CaseFacts facts, Policy policy, List<String> policyOverrides, boolean explain,
            List<AssumedReading> readings, Budget budget) {
        return evaluate(facts, policy, policyOverrides, explain, readings, budget, false).evaluation();
    }

    private Chart evaluate(CaseFacts facts, Policy policy, List<String> policyOverrides, boolean explain,
            List<AssumedReading> readings, Budget budget, boolean chart) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(policy, "policy");
        Decision d = new Decision(explain, Readings.of(readings));
        Normaliser.Outcome normalised = new Normaliser(d, policyOverrides).normalise(facts, clock.instant());
        if (normalised.normalCase() == null) {
            return new Chart(new Rejection(normalised.violations()), null);
        }
        NormalCase c = normalised.normalCase();
        run(c, d, policy);
        Classification classification = readings.isEmpty() ? step12(c, d, policy, budget)
                : d.classification(List.of(), List.of(), d.pendingDuties, Exploration.NONE);
        return new Chart(classification, chart ? Chronology.of(c, d) : null);
    }

    /** Steps 1–11 and Finally under the run's readings. */
    static void run(NormalCase c, Decision d, Policy policy) {
        d.asOf = c.asOf();
        decide(c, d, policy);
        if (d.recording) {
            TransitionalArticles.apply(c, d, policy);
        }
    }

    /**
     * Step 12 is not applied on Steps 1 and 4; on Steps 3 and 5 it finds nothing (their outcome is fixed before any
     * question is met), and a run that raised no question has nothing to flip.
     */
    static boolean contestable(Decision d) {
        return d.rule != Rule.OUT_OF_SCOPE && d.rule != Rule.DIRECT_INFRINGEMENT
                && d.rule != Rule.NO_PRIMARY_INFRINGEMENT && d.rule != Rule.INSTIGATION && !d.raised.isEmpty();
    }

    /**
     * Step 12 — every question raised in the presumptive run is flipped alone; those whose flip changes the outcome are
     * contested; the alternatives are their single flips and, with two or more, all of them flipped together,
     * duplicates and outcomes equal to the headline dropped, at most eight. A question raised only in a flipped run is
     * read presumptively there (a stated limit, docs/procedure.md#step-12). The headline's {@code actBy} /
     * {@code clearlyLateAt} also take the pending duties of each notice with content not stated from the run that
     * reads all of them VALID (9.1: the platform acts on the notice while its content is checked). That run is made
     * first, then the flips in the order the questions were raised, then the combined flip, each drawn from the
     * budget; where the budget says no, the exploration ends there and the explanation says so.
     */
    private static Classification step12(NormalCase c, Decision head, Policy policy, Budget budget) {
        InlineRun inline = inlineRun(c, head, policy, budget);
        List<Decision.PendingDuty> duties = inline == null ? head.pendingDuties : withInlineDuties(head, inline.run());
        Explored x = Explored.NOTHING;
        int raised = 0;
        if (contestable(head)) {
            raised = head.raised.size();
            x = explore(c, head, policy, budget, inline);
            head.at(Step.CONTESTED_QUESTIONS);
            for (int i = 0; i < x.contested.size(); i++) {
                ContestedPoint q = x.contested.get(i);
                Outcome other = x.others.get(i);
                head.becauseAnew(Reason.PRESUMPTIVE_READING_CONTESTED, Facts.ofTexts(
                        q.subject().startsWith("noticeHistory[") ? CONTESTED_NOTICE : CONTESTED_SUBJECT,
                        q.question().name(), q.subject(), q.presumptive().name(), other.liability().name(),
                        other.rule().name(), other.jointScope().name()));
            }
        }
        if (budget.cut() != null) {
            head.at(Step.CONTESTED_QUESTIONS);
            head.because(Reason.EXPLORATION_CUT_SHORT, "raised", Integer.toString(raised), "explored",
                    Integer.toString(x.explored), "cutBy", budget.cut().name());
        }
        Exploration exploration = new Exploration(raised, x.explored, budget.spent(), budget.cut());
        return head.classification(x.contested, x.alternatives, duties, exploration);
    }

    /**
     * What Step 12's flips found: the contested questions, the outcome of each one's flip (in the same order), the
     * alternatives, and the number of questions flipped. The lists are unmodifiable (a result takes them as they are).
     */
    private record Explored(List<ContestedPoint> contested, List<Outcome> others, List<Alternative> alternatives,
            int explored) {
        static final Explored NOTHING = new Explored(List.of(), List.of(), List.of(), 0);
    }

    /**
     * Step 12, items 1–3: the single flips of the raised questions, then all outcome-changing ones together, while
     * the budget allows. A single raised question (the usual case) is explored without collecting lists.
     */
    private static Explored explore(NormalCase c, Decision head, Policy policy, Budget budget, InlineRun inline) {
        Outcome headline = head.outcome();
        if (head.raised.size() == 1) {
            if (!budget.spend()) {
                return Explored.NOTHING;
            }
            ContestedPoint q = head.raised.firstEntry().getValue();
            List<AssumedReading> flip = List.of(new AssumedReading(q.question(), q.subject(), q.alternative()));
            Outcome outcome = outcome(c, head, policy, flip, inline);
            return outcome.equals(headline) ? new Explored(List.of(), List.of(), List.of(), 1)
                    : new Explored(List.of(q), List.of(outcome), List.of(new Alternative(flip, outcome)), 1);
        }
        List<ContestedPoint> contested = new ArrayList<>(2);
        List<Outcome> others = new ArrayList<>(2);
        List<Alternative> alternatives = new ArrayList<>(2);
        List<Outcome> seen = new ArrayList<>(2);
        seen.add(headline);
        List<AssumedReading> flips = new ArrayList<>(2);
        int explored = 0;
        for (ContestedPoint q : head.raised.values()) {
            if (!budget.spend()) {
                return new Explored(List.copyOf(contested), others, List.copyOf(alternatives), explored);
            }
            explored++;
            AssumedReading flip = new AssumedReading(q.question(), q.subject(), q.alternative());
            Outcome outcome = outcome(c, head, policy, List.of(flip), inline);
            if (!outcome.equals(headline)) {
                contested.add(q);
                others.add(outcome);
                flips.add(flip);
                if (!seen.contains(outcome) && alternatives.size() < MAX_ALTERNATIVES) {
                    seen.add(outcome);
                    alternatives.add(new Alternative(List.of(flip), outcome));
                }
            }
        }
        if (flips.size() >= 2 && alternatives.size() < MAX_ALTERNATIVES && budget.spend()) {
            Outcome together = outcome(c, head, policy, flips, inline);
            if (!seen.contains(together)) {
                alternatives.add(new Alternative(flips, together));
            }
        }
        return new Explored(List.copyOf(contested), others, List.copyOf(alternatives), explored);
    }

    /**
     * 9.1 inline use: the run that reads every notice with content not stated as VALID, made for its pending duties
     * when the headline has such notices and reports duties and the budget allows it; null otherwise.
     */
    private record InlineRun(List<AssumedReading> readings, Decision run) {
    }

    private static InlineRun inlineRun(NormalCase c, Decision head, Policy policy, Budget budget) {
        if (head.contentNotShown.isEmpty() || !recordsDuties(head) || !budget.spend()) {
            return null;
        }
        List<AssumedReading> contentValid = new ArrayList<>(head.contentNotShown.size());
        for (String path : head.contentNotShown) {
            contentValid.add(new AssumedReading(ContestedQuestion.NOTICE_CONTENT, path, Reading.VALID));
        }
        Decision valid = Decision.forDuties(Readings.of(contentValid));
        valid.base = head.noticeFindings;
        run(c, valid, policy);
        return new InlineRun(contentValid, valid);
    }

    /**
     * The pending duties of the headline, and those each notice with content not stated has in the run that reads
     * all of them VALID.
     */
    private static List<Decision.PendingDuty> withInlineDuties(Decision head, Decision valid) {
        List<Decision.PendingDuty> duties = new ArrayList<>(head.pendingDuties);
        java.util.Set<String> subjects = new java.util.HashSet<>(head.contentNotShown);
        java.util.Set<Decision.PendingDuty> present = new java.util.HashSet<>(duties);
        for (Decision.PendingDuty p : valid.pendingDuties) {
            if (p.source() >= 0 && subjects.contains(NormalCase.Episode.path(p.source())) && present.add(p)) {
                duties.add(p);
            }
        }
        return duties;
    }

    /** Steps 1 and 4 record no duties (docs/result.md#outputs-by-step). */
    private static boolean recordsDuties(Decision d) {
        return d.rule != Rule.OUT_OF_SCOPE && d.rule != Rule.DIRECT_INFRINGEMENT;
    }

    /**
     * A flip's outcome: that of the inline run when the flip reads exactly what it read (a whole run under the same
     * readings, so the same outcome; the flip is still counted), else {@link #outcome(NormalCase, Decision, Policy,
     * List)}.
     */
    private static Outcome outcome(NormalCase c, Decision head, Policy policy, List<AssumedReading> readings,
            InlineRun inline) {
        return inline != null && inline.readings().equals(readings) ? inline.run().outcome()
                : outcome(c, head, policy, readings);
    }

    /**
     * The outcome of Steps 1–10 under the given readings: a run that records nothing else, and starts from what the
     * presumptive run {@code head} found in the notice history.
     */
    static Outcome outcome(NormalCase c, Decision head, Policy policy, List<AssumedReading> readings) {
        if (!contestable(head)) {
            throw new IllegalArgumentException("Step 12 re-runs only a presumptive run that reached Step 6");
        }
        Decision d = new Decision(false, Readings.of(readings), true);
        d.base = head.noticeFindings;
        d.asOf = c.asOf();
        // Steps 1-5 depend on the facts alone (no question is read there), and the presumptive run passed them: the
        // re-run takes its regime and starts at the notice findings and Step 6
        d.regime = head.regime;
        NoticeFindings findings = findings(c, d, policy);
        KnowledgeFinding.Finding knowledge = head.knowledgeWithoutLiability;
        if (knowledge != null && noticeMeasuresOnly(readings)) {
            // Steps 6-8 read of the notice history only validity and restorations, which these readings leave as
            // they were: the presumptive run's knowledge finding and its "no liability under the knowledge rule" hold;
            // Step 7 reads the facts alone (Step 10 reads the harbour it finds)
            ConduitHarbour.apply(c, d);
            fromNoticeRule(c, d, policy, findings, knowledge);
        } else {
            fromKnowledge(c, d, policy, findings);
        }
        return d.outcome();
    }

    private static void decide(NormalCase c, Decision d, Policy policy) {
        if (!RegimeRule.apply(c, d)) {
            d.paidDeletionAgreement = c.paidDeletionAgreement()
                    ? PaidDeletionStatus.NOT_ASSESSED : PaidDeletionStatus.NOT_APPLICABLE;
            return;
        }
        PaidDeletionRule.apply(c, d);
        NoticeFindings findings = findings(c, d, policy);
        if (NoPrimaryInfringementRule.apply(c, d)) {
            duties(c, d, findings, policy);
            return;
        }
        if (DirectInfringementRule.apply(c, d)) {
            return;
        }
        if (InstigationRule.apply(c, d)) {
            duties(c, d, findings, policy);
            return;
        }
        fromKnowledge(c, d, policy, findings);
    }

    /** The notice history assessed under the run's readings (from the presumptive run's findings in a re-run). */
    private static NoticeFindings findings(NormalCase c, Decision d, Policy policy) {
        NoticeFindings findings = NoticeFindings.assess(c, policy, d.readings, d.base, !d.recording);
        d.noticeFindings = findings;
        if (d.recording) {
            for (NoticeFindings.Finding f : findings.all()) {
                for (NoticeFindings.Question q : f.questions()) {
                    if (q.question() == ContestedQuestion.NOTICE_CONTENT && q.presumptive() == Reading.INVALID) {
                        d.contentNotShown.add(f.episode().path());
                    }
                }
            }
        }
        return findings;
    }

    /** Steps 6–10 and Step 11: from effective knowledge on. */
    private static void fromKnowledge(NormalCase c, Decision d, Policy policy, NoticeFindings findings) {
        KnowledgeFinding.Finding knowledge = KnowledgeFinding.apply(c, d, findings);
        ConduitHarbour.apply(c, d);
        if (KnowledgeRule.apply(c, d, knowledge, policy, findings)) {
            duties(c, d, findings, policy);
            return;
        }
        d.knowledgeWithoutLiability = knowledge;
        fromNoticeRule(c, d, policy, findings, knowledge);
    }

    /** Steps 9–10 and Step 11, the knowledge rule having found no liability. */
    private static void fromNoticeRule(NormalCase c, Decision d, Policy policy, NoticeFindings findings,
            KnowledgeFinding.Finding knowledge) {
        NoticeRule.Outcome notices = NoticeRule.apply(c, d, findings, policy);
        if (!notices.liable()) {
            NoLiabilityRule.apply(c, d, knowledge.knowledge(), notices);
        }
        duties(c, d, findings, policy);
    }

    /**
     * The questions read only where 9.3 judges a notice's timeliness and measure ({@link NoticeFindings}): their
     * readings change that notice's timeliness, measure, events and pending duties, never its validity (9.1) nor a
     * restoration (9.4), which are all Steps 6–8 take from the notice history.
     */
    private static final java.util.Set<ContestedQuestion> NOTICE_MEASURE_QUESTIONS = java.util.EnumSet.of(
            ContestedQuestion.TIMELINESS, ContestedQuestion.PATENT_MEASURE,
            ContestedQuestion.CONDUIT_NECESSARY_MEASURE);

    /** Whether every reading is of a question about a notice's timeliness or measure. */
    private static boolean noticeMeasuresOnly(List<AssumedReading> readings) {
        for (int i = 0; i < readings.size(); i++) {
            AssumedReading r = readings.get(i);
            if (!NOTICE_MEASURE_QUESTIONS.contains(r.question()) || !r.subject().startsWith("noticeHistory[")) {
                return false;
            }
        }
        return true;
    }

    /** Step 11, on every intermediary path; it never changes the outcome, so a run for the outcome skips it. */
    private static void duties(NormalCase c, Decision d, NoticeFindings findings, Policy policy) {
        if (!d.outcomeOnly) {
            DutiesTowardUser.apply(c, d, findings, policy);
        }
    }
}
