package cn.netlaw.generative;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.CaseReader;
import cn.netlaw.api.classification.ClassificationWriter;
import cn.netlaw.liability.Alternative;
import cn.netlaw.liability.AssumptionCode;
import cn.netlaw.liability.Certainty;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.Evaluation;
import cn.netlaw.liability.JointScope;
import cn.netlaw.liability.Knowledge;
import cn.netlaw.liability.Liability;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.LiablePeriod;
import cn.netlaw.liability.Moment;
import cn.netlaw.liability.NotifierLiability;
import cn.netlaw.liability.Outcome;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Reason;
import cn.netlaw.liability.Regime;
import cn.netlaw.liability.Rejection;
import cn.netlaw.liability.RightType;
import cn.netlaw.liability.Rule;
import cn.netlaw.liability.SafeHarbourStatus;
import cn.netlaw.scenarios.Catalogue;
import cn.netlaw.scenarios.ScenarioJudge;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Generative tests of the engine: requests drawn by {@link CaseGenerator} from a fixed seed, each checked against
 * invariants that follow from the procedure (docs/procedure.md). The first failing input is reported in full, with the
 * relation it broke. Relations checked (with the part of the procedure they follow from):
 *
 * <ol>
 *   <li>I1 every request gets an evaluation, a classification or a rejection naming fields
 *       (docs/procedure.md#overview; docs/request.md#validation), never an exception;</li>
 *   <li>I2 {@code joint} iff {@code jointScope != NONE} (docs/vocabulary.md#liability);</li>
 *   <li>I3 {@code EXPANDED_PART} iff {@code NOTICE_RULE}, and liable periods exist only then
 *       (docs/result.md#outputs-by-step, 9.5);</li>
 *   <li>I4 {@code DIRECT} iff {@code DIRECT_INFRINGEMENT} (docs/result.md#outputs-by-step, Step 4);</li>
 *   <li>I5 the regime follows the end of the state: {@code OUT_OF_SCOPE} iff it ended by 2010-07-01, the Civil Code
 *       iff it lasted past 2021-01-01; {@code UNDETERMINED} iff out of scope (Step 1,
 *       docs/procedure.md#law-in-time);</li>
 *   <li>I6 liable periods are in time order, neither overlap nor touch, start no later than {@code asOf}, and only
 *       the last may continue (9.5);</li>
 *   <li>I7 {@code knowledgeFrom} is given iff the effective knowledge is SHOULD_HAVE_KNOWN or KNEW
 *       (docs/result.md);</li>
 *   <li>I8 {@code safeHarbour} is NOT_APPLICABLE outside COPYRIGHT (docs/result.md#outputs-by-step);</li>
 *   <li>I9 {@code actBy} is never before {@code asOf}, and null on Steps 1 and 4 (docs/result.md#pending-duties);</li>
 *   <li>I10 no duty breaches on Steps 1 and 4; a notifier's liability only on Step 3
 *       (docs/result.md#outputs-by-step);</li>
 *   <li>I11 every emitted id is catalogued, of the case's right type and of a regime the case reaches
 *       (docs/scenarios.md#judging);</li>
 *   <li>I12 the same input gives the same answer (docs/result.md#general);</li>
 *   <li>I13 acting earlier never makes the provider worse off: moving the only measure of a single-episode history
 *       to the notice's receipt never raises liability, and forwarding at receipt never adds a duty breach (9.3,
 *       Step 11); not asserted for a notice received before the conduct began, whose measure is no action on the
 *       content (docs/request.md#timeline: the content is "up" from {@code conductDate});</li>
 *   <li>I14 more knowledge never lowers liability: NONE ≤ SHOULD_HAVE_KNOWN ≤ KNEW with the same date (Step 8);</li>
 *   <li>I15 the explanation accounts for the result: the ids its steps cite are exactly the result's legal basis,
 *       and every reason code is the reason of a step;</li>
 *   <li>I16 a decision made without recording its explanation ({@code evaluate(facts, policy, false)}, the engine
 *       benchmark's path) is the same decision: every field of the result equal, the explanation empty; a rejection
 *       the same rejection.</li>
 * </ol>
 */
class GenerativeInvariantsTest {

    private static final int CASES = 100_000;
    private static final long SEED = 20261128L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final LiabilityEngine engine =
            new LiabilityEngine(Policy.defaults(), Clock.fixed(CaseGenerator.CLOCK, ZoneOffset.UTC));
    private final CaseReader reader = new CaseReader();
    private final ClassificationWriter writer = new ClassificationWriter();
    private final Catalogue catalogue = Catalogue.load();

    @Test
    void every_drawn_case_satisfies_the_invariants_of_the_decision_procedure() throws Exception {
        CaseGenerator generator = new CaseGenerator(SEED);
        int classified = 0;
        int rejected = 0;
        int[] rules = new int[Rule.values().length];
        int[] regimes = new int[Regime.values().length];
        int[] questions = new int[cn.netlaw.liability.ContestedQuestion.values().length];
        int[] scopes = new int[JointScope.values().length];
        for (int i = 0; i < CASES; i++) {
            ObjectNode request = generator.next();
            List<String> broken = new ArrayList<>();
            Evaluation evaluation;
            try {
                evaluation = evaluate(request);
            } catch (RuntimeException e) {
                throw new AssertionError("I1 case " + i + " threw " + e + " for " + request, e);
            }
            if (evaluation instanceof Rejection r) {
                rejected++;
                if (!unexplained(request).equals(r)) {
                    broken.add("I16 the rejection differs without the explanation");
                }
                if (r.violations().stream().anyMatch(v -> v.field().isBlank() || v.message().isBlank())) {
                    broken.add("I1 a rejection must name the field and the problem: " + r);
                }
            } else {
                Classification c = (Classification) evaluation;
                classified++;
                rules[c.rule().ordinal()]++;
                regimes[c.regime().ordinal()]++;
                scopes[c.jointScope().ordinal()]++;
                c.contested().forEach(q -> questions[q.question().ordinal()]++);
                check(request, c, broken);
                if (!broken.isEmpty()) {
                    throw new AssertionError("case " + i + " broke " + broken + "\nrequest: " + request
                            + "\nresult: " + json(c));
                }
                if (!evaluate(request.deepCopy()).equals(c)) {
                    broken.add("I12 a second evaluation differs");
                }
                sameWithoutExplanation(request, c, broken);
                alternativesReproduce(request, c, broken);
                earlierActionNeverWorse(request, c, broken);
                moreKnowledgeNeverLowers(request, broken);
            }
            if (!broken.isEmpty()) {
                throw new AssertionError("case " + i + " broke " + broken + "\nrequest: " + request);
            }
        }
        // the generator must reach every regime and every rule, or the relations above prove little
        assertThat(classified).isGreaterThan(CASES / 2);
        assertThat(rejected).isPositive();
        for (Rule rule : Rule.values()) {
            assertThat(rules[rule.ordinal()]).as("cases decided by %s", rule).isPositive();
        }
        for (Regime regime : Regime.values()) {
            assertThat(regimes[regime.ordinal()]).as("cases under %s", regime).isPositive();
        }
        for (JointScope scope : JointScope.values()) {
            assertThat(scopes[scope.ordinal()]).as("cases with scope %s", scope).isPositive();
        }
        for (cn.netlaw.liability.ContestedQuestion q : cn.netlaw.liability.ContestedQuestion.values()) {
            assertThat(questions[q.ordinal()]).as("cases where %s is contested", q).isPositive();
        }
    }

    private Evaluation evaluate(JsonNode request) {
        CaseReader.Reading reading = reader.read(request);
        if (reading instanceof CaseReader.Invalid invalid) {
            throw new AssertionError("the generator drew a request the reader rejects: " + invalid.violations()
                    + "\n" + request);
        }
        return engine.evaluate(((CaseReader.Facts) reading).facts());
    }

    private Evaluation unexplained(JsonNode request) {
        return engine.evaluate(((CaseReader.Facts) reader.read(request)).facts(), engine.policy(), List.of(),
                false);
    }

    /** I16: every component of the classification but the explanation is equal; that one is empty. */
    private void sameWithoutExplanation(JsonNode request, Classification c, List<String> broken) {
        if (!(unexplained(request) instanceof Classification u)) {
            broken.add("I16 without the explanation the case is not classified");
            return;
        }
        if (!u.explanation().isEmpty()) {
            broken.add("I16 an explanation was recorded with explain=false");
        }
        for (java.lang.reflect.RecordComponent component : Classification.class.getRecordComponents()) {
            if (component.getName().equals("explanation")) {
                continue;
            }
            try {
                Object explained = component.getAccessor().invoke(c);
                Object plain = component.getAccessor().invoke(u);
                if (!java.util.Objects.equals(explained, plain)) {
                    broken.add("I16 " + component.getName() + " differs without the explanation: " + plain
                            + " instead of " + explained);
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    private JsonNode json(Classification c) throws java.io.IOException {
        return MAPPER.readTree(writer.write(c, UUID.randomUUID(), "2.3/test"));
    }

    private void check(ObjectNode request, Classification c, List<String> broken) throws Exception {
        Instant asOf = asOf(request, c);
        Instant stateEnd = stateEnd(request, c, asOf);
        boolean copyright = "COPYRIGHT".equals(request.path("rightType").asText(null));
        if (c.joint() == (c.jointScope() == JointScope.NONE)) {
            broken.add("I2 joint iff a joint scope");
        }
        if ((c.jointScope() == JointScope.EXPANDED_PART) != (c.rule() == Rule.NOTICE_RULE)
                || c.expandedPeriods().isEmpty() == (c.rule() == Rule.NOTICE_RULE)) {
            broken.add("I3 the enlarged part and its periods belong to the notice rule");
        }
        if (c.rule() == Rule.NOTICE_RULE ? !c.liablePeriods().equals(c.expandedPeriods())
                : (c.jointScope() == JointScope.SINCE_KNOWLEDGE) == c.liablePeriods().isEmpty()) {
            broken.add("I3 liablePeriods: the notice rule's periods, or SINCE_KNOWLEDGE's, else none");
        }
        for (LiablePeriod p : c.liablePeriods()) {
            if (c.jointScope() == JointScope.SINCE_KNOWLEDGE && p.from().isBefore(c.knowledgeFrom())) {
                broken.add("I19 a SINCE_KNOWLEDGE period starts before knowledgeFrom");
            }
        }
        if ((c.liability() == Liability.DIRECT) != (c.rule() == Rule.DIRECT_INFRINGEMENT)) {
            broken.add("I4 DIRECT iff DIRECT_INFRINGEMENT");
        }
        Regime expected = !stateEnd.isAfter(Moment.parse("2010-07-01").instant()) ? Regime.OUT_OF_SCOPE
                : stateEnd.isAfter(Moment.parse("2021-01-01").instant()) ? Regime.CIVIL_CODE
                : Regime.TORT_LIABILITY_LAW;
        if (c.regime() != expected) {
            broken.add("I5 regime " + c.regime() + " but the state ended " + stateEnd);
        }
        if ((c.regime() == Regime.OUT_OF_SCOPE) != (c.liability() == Liability.UNDETERMINED)
                || (c.regime() == Regime.OUT_OF_SCOPE) != (c.rule() == Rule.OUT_OF_SCOPE)) {
            broken.add("I5 UNDETERMINED / OUT_OF_SCOPE go together");
        }
        List<LiablePeriod> periods = c.expandedPeriods();
        for (int i = 0; i < periods.size(); i++) {
            LiablePeriod p = periods.get(i);
            if (p.from().isAfter(asOf)) {
                broken.add("I6 a liable period starts after asOf");
            }
            if (i < periods.size() - 1 && (p.until() == null || !p.until().isBefore(periods.get(i + 1).from()))) {
                broken.add("I6 liable periods overlap, touch or are out of order");
            }
        }
        boolean knows = c.effectiveKnowledge() == Knowledge.SHOULD_HAVE_KNOWN
                || c.effectiveKnowledge() == Knowledge.KNEW;
        if (knows != (c.knowledgeFrom() != null)) {
            broken.add("I7 knowledgeFrom iff knowledge");
        }
        if (!copyright && c.safeHarbour() != SafeHarbourStatus.NOT_APPLICABLE) {
            broken.add("I8 safe harbour outside copyright");
        }
        boolean step1or4 = c.rule() == Rule.OUT_OF_SCOPE || c.rule() == Rule.DIRECT_INFRINGEMENT;
        if (c.actBy() != null && (c.clearlyLateAt().isBefore(asOf) || c.actBy().isAfter(c.clearlyLateAt())
                || step1or4)) {
            broken.add("I9 actBy " + c.actBy() + " / clearlyLateAt " + c.clearlyLateAt() + " with asOf " + asOf);
        }
        if ((c.certainty() == Certainty.CONTESTED) == c.contested().isEmpty()
                || (step1or4 && (!c.contested().isEmpty() || !c.alternatives().isEmpty()))
                || c.contested().isEmpty() != c.alternatives().isEmpty()) {
            broken.add("I17 CONTESTED exactly when a question is contested, never on Steps 1 and 4, with alternatives");
        }
        java.util.Set<Outcome> outcomes = new java.util.HashSet<>();
        outcomes.add(c.outcome());
        for (Alternative a : c.alternatives()) {
            if (!outcomes.add(a.outcome())) {
                broken.add("I17 an alternative repeats the headline or an earlier alternative: " + a);
            }
        }
        if (step1or4 && !c.dutyBreaches().isEmpty()) {
            broken.add("I10 duty breaches on Step 1 or 4");
        }
        if (c.rule() != Rule.NO_PRIMARY_INFRINGEMENT && c.notifierLiability() != NotifierLiability.NOT_APPLICABLE) {
            broken.add("I10 a notifier's liability outside Step 3");
        }
        java.util.Set<cn.netlaw.liability.Provision> explained = new java.util.HashSet<>();
        c.explanation().forEach(step -> explained.addAll(step.legalBasis()));
        if (!explained.equals(new java.util.HashSet<>(c.legalBasis()))) {
            broken.add("I15 the explanation cites " + explained + " but the result " + c.legalBasis());
        }
        if (c.explanation().stream().map(step -> step.reason()).collect(java.util.stream.Collectors.toSet())
                .size() != new java.util.HashSet<>(c.reasons()).size()) {
            broken.add("I15 every reason is explained by a step");
        }
        List<String> catalogueProblems = ScenarioJudge.catalogueCheck(request, json(c), catalogue);
        if (!catalogueProblems.isEmpty()) {
            broken.add("I11 " + catalogueProblems);
        }
    }

    /** I18: forcing an alternative's readings reproduces its outcome exactly. */
    private void alternativesReproduce(JsonNode request, Classification c, List<String> broken) {
        CaseReader.Facts facts = (CaseReader.Facts) reader.read(request);
        for (Alternative a : c.alternatives()) {
            Evaluation forced = engine.evaluate(facts.facts(), engine.policy(), List.of(), false, a.assuming());
            if (!(forced instanceof Classification f) || !f.outcome().equals(a.outcome())) {
                broken.add("I18 forcing " + a.assuming() + " does not give " + a.outcome());
            }
        }
    }

    private void earlierActionNeverWorse(ObjectNode request, Classification c, List<String> broken) {
        JsonNode history = request.path("noticeHistory");
        if (history.size() != 1) {
            return;
        }
        ObjectNode episode = (ObjectNode) history.get(0);
        if (c.reasons().contains(Reason.NOTICE_PRECEDES_CONDUCT) || (request.hasNonNull("conductDate")
                && Moment.parse(episode.get("receivedAt").asText()).instant()
                        .isBefore(Moment.parse(request.get("conductDate").asText()).instant()))) {
            // a measure before the content came up is no action on it (docs/request.md#timeline: "up" from conductDate)
            return;
        }
        JsonNode indicators = request.path("provider").path("indicators");
        if ((indicators.path("priorNoticeSameUserOrInformation").asBoolean(false)
                || indicators.path("priorNoticeSameWork").asBoolean(false))
                && request.path("provider").hasNonNull("indicatorsSince")) {
            // the repeat's appearance (indicatorsSince) is an "up" event (docs/request.md#timeline, 3.0): an earlier
            // removal does not cover a copy that appears after it, which the later removal did
            return;
        }
        if (episode.hasNonNull("measuresTakenAt") && !episode.hasNonNull("restoredAt")) {
            ObjectNode earlier = request.deepCopy();
            ((ObjectNode) earlier.path("noticeHistory").get(0)).set("measuresTakenAt", episode.get("receivedAt"));
            Evaluation e = evaluate(earlier);
            if (e instanceof Classification sooner && severity(sooner) > severity(c)) {
                broken.add("I13 removing at receipt raised liability from " + c.liability() + "/" + c.rule()
                        + " to " + sooner.liability() + "/" + sooner.rule());
            }
        }
        ObjectNode forwarded = request.deepCopy();
        ((ObjectNode) forwarded.path("noticeHistory").get(0)).set("forwardedAt", episode.get("receivedAt"));
        Evaluation f = evaluate(forwarded);
        if (f instanceof Classification sooner && !c.dutyBreaches().containsAll(sooner.dutyBreaches())) {
            broken.add("I13 forwarding at receipt added a duty breach: " + sooner.dutyBreaches());
        }
    }

    private void moreKnowledgeNeverLowers(ObjectNode request, List<String> broken) {
        JsonNode provider = request.path("provider");
        if (!provider.hasNonNull("knowledgeSince")) {
            return;
        }
        int previous = -1;
        for (Knowledge k : List.of(Knowledge.NONE, Knowledge.SHOULD_HAVE_KNOWN, Knowledge.KNEW)) {
            ObjectNode variant = request.deepCopy();
            ObjectNode p = (ObjectNode) variant.path("provider");
            p.put("knowledge", k.name());
            if (k == Knowledge.NONE) {
                p.remove("knowledgeSince");
            }
            Evaluation e = evaluate(variant);
            if (!(e instanceof Classification c)) {
                return;
            }
            int s = severity(c);
            if (s < previous) {
                broken.add("I14 knowledge " + k + " lowered liability to " + c.liability() + "/" + c.rule());
            }
            previous = s;
        }
    }

    /** NONE and UNDETERMINED < the enlarged part < the damage since knowledge < the whole damage < direct. */
    private static int severity(Classification c) {
        return switch (c.liability()) {
            case NONE, UNDETERMINED -> 0;
            case INDIRECT -> switch (c.jointScope()) {
                case EXPANDED_PART -> 1;
                case SINCE_KNOWLEDGE -> 2;
                default -> 3;
            };
            case DIRECT -> 4;
        };
    }

    private static Instant asOf(JsonNode request, Classification c) {
        String given = c.assumptions().stream().filter(a -> a.code() == AssumptionCode.SAME_DAY_DATE_READ_AS_REFERENCE
                && a.value().equals("asOf")).findAny().map(a -> (String) null).orElse("given");
        if (request.hasNonNull("asOf")) {
            Instant parsed = Moment.parse(request.get("asOf").asText()).instant();
            return given == null ? parsed.plusSeconds(86_399) : parsed;
        }
        return CaseGenerator.CLOCK;
    }

    /**
     * The end of the state as docs/request.md#timeline defines it, from the request and the assumption the engine
     * reported.
     */
    private static Instant stateEnd(JsonNode request, Classification c, Instant asOf) {
        if (request.path("ongoing").asBoolean(false)) {
            return asOf;
        }
        if (request.hasNonNull("conductEndDate")) {
            Moment end = Moment.parse(request.get("conductEndDate").asText());
            return end.bareDate() ? end.instant().plusSeconds(86_400) : end.instant();
        }
        return c.assumptions().stream().filter(a -> a.code() == AssumptionCode.CONDUCT_END_ASSUMED)
                .map(a -> a.value().equals("ONGOING_AT_AS_OF") ? asOf : OffsetDateTime.parse(a.value()).toInstant())
                .findFirst().orElse(asOf);
    }

    @SuppressWarnings("unused")
    private static boolean isCopyright(RightType r) {
        return r == RightType.COPYRIGHT;
    }
}
