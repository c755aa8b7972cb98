package cn.netlaw.api.classification;

import cn.netlaw.api.explanation.ExplanationEntry;
import cn.netlaw.api.explanation.Language;
import cn.netlaw.liability.AssumptionCode;
import cn.netlaw.liability.Certainty;
import cn.netlaw.liability.ContestedQuestion;
import cn.netlaw.liability.DutyBreach;
import cn.netlaw.liability.JointScope;
import cn.netlaw.liability.Knowledge;
import cn.netlaw.liability.Liability;
import cn.netlaw.liability.NotifierLiability;
import cn.netlaw.liability.PaidDeletionStatus;
import cn.netlaw.liability.Provision;
import cn.netlaw.liability.Reading;
import cn.netlaw.liability.Reason;
import cn.netlaw.liability.Regime;
import cn.netlaw.liability.ReviewFlag;
import cn.netlaw.liability.Rule;
import cn.netlaw.liability.SafeHarbourStatus;
import cn.netlaw.liability.SpecialRegime;
import cn.netlaw.liability.Step;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The result (docs/result.md), field by field and in its order, plus {@code decisionId} and
 * {@code rulesetVersion}: the contract's schema of the answer. Every field is always present (the explanation except
 * with {@code ?explain=none}, the counterfactuals only with {@code ?include=counterfactuals}); instants are rendered
 * ISO-8601 at +08:00 with seconds, and are {@code null} where there is none. The service writes the answer straight
 * from the engine's classification ({@link ClassificationWriter}), to the bytes these records serialise to.
 */
@Schema(name = "ClassificationResult", description = """
        The provider's civil liability for damages toward the claimant, with the provisions it rests on \
        (docs/result.md; the procedure: docs/procedure.md). Every property is always present (but explanation, left \
        out with ?explain=none, and counterfactuals, given only with ?include=counterfactuals); instants are \
        ISO-8601 at +08:00 and null where there is none. Where the law leaves a question open, the headline is the \
        presumptive reading (each question read as the burden of proof falls): certainty says whether another \
        reading would change it, contested names the questions and alternatives gives the outcomes under the other \
        readings. Same input, same answer, except decisionId.""")
@JsonPropertyOrder({
    "regime", "specialRegimes", "liability", "rule", "joint", "jointScope", "certainty", "contested", "alternatives",
    "exploration", "liablePeriods", "expandedFrom", "expandedUntil", "expandedPeriods", "knowledgeFrom", "effectiveKnowledge",
    "safeHarbour", "notifierLiability", "notifierLiabilityByNotice", "paidDeletionAgreement", "dutyBreaches", "actBy",
    "clearlyLateAt", "legalBasis", "reasons",
    "reviewFlags", "assumptions", "explanation", "decisionId", "rulesetVersion", "counterfactuals"
})
public record ClassificationResponse(
        @Schema(required = true, description = """
                The liability regime, fixed by the end of the infringing state. CIVIL_CODE: Civil Code Arts 1194-1197 \
                (state lasting past 2021-01-01); TORT_LIABILITY_LAW: Tort Liability Law Art 36 (state ended between \
                2010-07-01 and 2020-12-31); OUT_OF_SCOPE: the state ended on or before 2010-07-01 (General Principles \
                of Civil Law era, not classified).""")
        Regime regime,

        @Schema(required = true, description = """
                Special regimes layered on the general rule. NDR_REGULATION: the Regulation on the Protection of the \
                Right of Communication through Information Networks (COPYRIGHT); E_COMMERCE_LAW: E-Commerce Law Arts \
                42-45 (intellectual property on an e-commerce platform, state lasting past 2019-01-01).""")
        List<SpecialRegime> specialRegimes,

        @Schema(required = true, description = """
                DIRECT: the provider answers for its own infringement (自己责任, Civil Code 1194 / TLL 36(1)); INDIRECT: \
                the provider answers, jointly with the user, for the user's infringement because of its own fault \
                (instigation, knowledge, or failure to act on a notice); NONE: no liability for damages (injunctions, \
                removal and disclosure may still be owed); UNDETERMINED: out of scope.""")
        Liability liability,

        @Schema(required = true, description = """
                The rule that decided. DIRECT_INFRINGEMENT: the provider's own act; INSTIGATION: it induced or \
                encouraged the user (Civil Code 1169); KNOWLEDGE_RULE: it knew or should have known and did not act in \
                time (Civil Code 1197 / TLL 36(3)); NOTICE_RULE: it did not act in time on a valid notice, or restored \
                unlawfully (Civil Code 1195(2) / TLL 36(2)); SAFE_HARBOUR: a copyright harbour of the Regulation (Arts \
                20-23) is met; NO_FAULT: no fault shown; NO_PRIMARY_INFRINGEMENT: the user's content does not infringe; \
                OUT_OF_SCOPE: the state ended before 2010-07-01.""")
        Rule rule,

        @Schema(required = true,
                description = "Whether the provider is jointly and severally liable with the user (连带责任).")
        boolean joint,

        @Schema(required = true, description = """
                Scope of the joint liability. WHOLE_DAMAGE: the whole damage (instigation, co-provision, or knowledge \
                at the outset whose first window was missed); SINCE_KNOWLEDGE: the damage from the missed knowledge \
                deadline on, in liablePeriods (knowledge that arose later, or only a later window missed, Civil Code \
                1197); EXPANDED_PART: only the enlarged part of the damage (损害的扩大部分) in the liable periods (notice \
                rule, Civil Code 1195(2)); NONE: whenever joint is false.""")
        JointScope jointScope,

        @Schema(required = true, description = """
                DETERMINED: no question the law leaves to the court, raised for this case, changes the outcome when \
                decided the other way; CONTESTED: at least one does, and contested lists it; UNDETERMINED: the \
                service's exploration budget (liability.budget.*) ended before every raised question was decided the \
                other way, and none of those it did decide changes the outcome, so an unexplored one still may \
                (exploration says how far it got). The headline fields are the presumptive reading (each open \
                question read as the burden of proof falls). DETERMINED does not \
                exclude an outcome that two readings reach together where the second question arises only under the \
                first one's other reading (a stated limit).""")
        Certainty certainty,

        @Schema(required = true, description = """
                The open questions whose other reading alone changes the outcome, in the order the procedure met them. \
                [] when certainty is DETERMINED.""")
        List<ContestedEntry> contested,

        @Schema(required = true, description = """
                The outcomes under other readings, each computed by re-running the whole procedure with the listed \
                readings (every other question presumptive), never guessed: one per contested question, then all \
                contested questions together when there are two or more; outcomes equal to the headline or to an \
                earlier alternative are dropped; at most eight. [] when certainty is DETERMINED.""")
        List<AlternativeEntry> alternatives,

        @Schema(required = true, description = """
                How far the service explored the readings (and, with ?include=counterfactuals, the changes to the \
                request) within its budget of re-evaluations and time per request (liability.budget.*): never a \
                silent truncation.""")
        ExplorationEntry exploration,

        @Schema(required = true, description = """
                The periods the provider answers for, in time order (until null = continuing): under the notice rule \
                equal to expandedPeriods; under the knowledge rule with SINCE_KNOWLEDGE the periods from each missed \
                deadline to the next time the content went down; [] for WHOLE_DAMAGE and on every other path.""")
        List<LiablePeriod> liablePeriods,

        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true, required = true, description = """
                Start of the first liable period (notice rule only), else null.""")
        String expandedFrom,

        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true, required = true, description = """
                End of the last liable period (notice rule only); null when it continues, and on every other path.""")
        String expandedUntil,

        @Schema(required = true, description = """
                The enlarged-damage periods of the notice rule in time order, each from an event (a missed prompt \
                deadline or an unlawful restoration) to the next time the content went down; [] on every other path. \
                Kept for compatibility: liablePeriods gives the same periods under the notice rule.""")
        List<LiablePeriod> expandedPeriods,

        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true, required = true, description = """
                Start of the provider's knowledge: for the caller's finding max(knowledgeSince, conductDate); for \
                knowledge the service derived from the indicators, the earliest start of the knowledge rules that \
                fired (a repeat derived from a re-upload: the re-upload; the others: indicatorsSince, else \
                conductDate), not before conductDate. Set whenever effectiveKnowledge is SHOULD_HAVE_KNOWN or KNEW, \
                else null. Knowledge on the conduct day (+08:00) or before is knowledge at the outset: a missed first \
                window then gives WHOLE_DAMAGE, otherwise SINCE_KNOWLEDGE.""")
        String knowledgeFrom,

        @Schema(required = true, description = """
                The knowledge the decision rests on. NOT_ASSESSED: the procedure returned before knowledge was \
                assessed; NONE; SHOULD_HAVE_KNOWN (应知, constructive knowledge, the caller's finding or derived from the \
                indicators); KNEW (明知, actual knowledge).""")
        Knowledge effectiveKnowledge,

        @Schema(required = true, description = """
                The Regulation's copyright harbours (Arts 20-23; COPYRIGHT only). SATISFIED: their conditions are met \
                (a conduit may still be liable under a statute, flagged STATUTE_PREVAILS_OVER_REGULATION); \
                NOT_SATISFIED; NOT_APPLICABLE: not a COPYRIGHT case, an INFRASTRUCTURE provider (none of the \
                Regulation's service types, so no harbour), or the procedure returned before the harbours.""")
        SafeHarbourStatus safeHarbour,

        @Schema(required = true, description = """
                The notifiers' liability toward the user for wrongful notices (content not infringing), the most severe \
                of notifierLiabilityByNotice. NOT_APPLICABLE: not assessed (the content infringes, or no notices); NONE: \
                no liability (no measure was caused, or an IP notifier proved good faith); COMPENSATE: compensation \
                (Civil Code 1195(3) and its predecessors); DOUBLE_COMPENSATION: double damages for a malicious notice \
                under E-Commerce Law 42(3).""")
        NotifierLiability notifierLiability,

        @Schema(required = true, description = """
                One item per episode whose measure was taken, when the content does not infringe; [] otherwise.""")
        List<NoticeLiability> notifierLiabilityByNotice,

        @Schema(required = true, description = """
                A paid-deletion agreement. VOID: the agreement is void (personality rights); NOT_ASSESSED: flagged for \
                another right type; NOT_APPLICABLE: none was reported.""")
        PaidDeletionStatus paidDeletionAgreement,

        @Schema(required = true, description = """
                Breaches of procedural duties toward the user; they do not change the liability toward the claimant. \
                FORWARDING_NOT_DONE: a valid notice was not forwarded in time (Civil Code 1195(2); not for a search \
                service, nor for a conduit in the Tort Liability Law era); COUNTER_NOTICE_NOT_FORWARDED: a valid \
                counter-notice was not forwarded to the right holder; FAILED_TO_TERMINATE_MEASURES_AFTER_COUNTER_NOTICE: \
                the measure was kept past the prompt deadline after the counter-notice period ended without a \
                complaint or suit (Civil Code 1196(2)); \
                RESTORATION_NOT_IMMEDIATE_REG_17: copyright content not restored immediately after a valid \
                counter-notice under Regulation Art 17.""")
        List<DutyBreach> dutyBreaches,

        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true, required = true, description = """
                The earliest prompt deadline of a duty not yet performed whose late deadline has not passed at asOf (a \
                valid notice's measure, acting on knowledge, forwarding a notice, ending a measure after the \
                counter-notice period; a notice whose content was not stated counts as if valid). It may lie before \
                asOf: the duty is overdue, act now. The bound is the service's default, not law. null when no duty is \
                pending.""")
        String actBy,

        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true, required = true, description = """
                The late deadline of the duty that gives actBy: from then on the duty is late under every reading. \
                null when actBy is null.""")
        String clearlyLateAt,

        @Schema(required = true, description = """
                The provisions the result rests on, in order of addition, without duplicates; each id is an entry of the \
                provisions catalogue (law/provisions.yaml) that fits the right type and a regime the case reaches.""")
        List<Provision> legalBasis,

        @Schema(required = true,
                description = "Informative reason codes of the steps that ran (docs/vocabulary.md#reasons).")
        List<Reason> reasons,

        @Schema(required = true, description = """
                Points a lawyer should review. INFERRED_KNOWLEDGE: knowledge derived from the indicators; \
                KNOWLEDGE_INDICATORS_INCONCLUSIVE: indicators set but no knowledge rule fired; \
                CALLER_KNOWLEDGE_DIFFERS_FROM_INDICATORS: the caller said NONE but a knowledge rule would fire; \
                TLL_CONSTRUCTIVE_KNOWLEDGE: 应知 counted in the Tort Liability Law era by configuration; \
                DEFAULT_THRESHOLD_APPLIED: a timeliness band (the service's default, or one the request's policy \
                set: an engineering value, not law) decided a question or raised TIMELINESS; \
                MEASURE_ADEQUACY_NEEDS_REVIEW: whether the measure was adequate is a question of fact (a patent \
                notice, a conduit or infrastructure provider, a repeat infringer, a counter-notice without a measure); \
                STATUTE_PREVAILS_OVER_REGULATION: a conduit meeting Reg 20/21 is liable under a statute; \
                LIMITATION_PERIOD_TO_CHECK: the state ended more than the configured years before asOf (Civil Code \
                188); NOTICE_FORM_NEEDS_REVIEW: a copyright notice of form OTHER, given or defaulted, was accepted \
                although Reg 14 requires writing; REPEAT_NOTICE_NEEDS_REVIEW: a notice after a lawful restoration \
                stated no new grounds and was not counted; REAPPEARANCE_NEEDS_REVIEW: a re-appearance of the content \
                was assumed at a notice, or a prior-notice indicatorsSince put the content back up; \
                NOTICE_EVIDENCE_NEEDS_REVIEW: a Civil Code-era personality notice with reasons but no separate \
                evidence was presumed valid; NOTICE_CONTENT_NOT_STATED: a notice omitted includesIdentity, \
                includesPreliminaryEvidence or locatesContent and is treated as not shown: obtain the content; \
                TIMELINE_CONTRADICTS_CONDUCT_END: conductEndDate or ongoing runs past a timeline that was down when \
                knowledge began and never came back: supply the reappearedAt; LAWFUL_RESTORATION_AFTER_KNOWLEDGE: a \
                restoration lawful after a counter-notice did not restart the knowledge duty: check whether the \
                knowledge survived the counter-notice.""")
        List<ReviewFlag> reviewFlags,

        @Schema(required = true, description = """
                The defaults the decision depended on that the caller did not give, in order of addition.""")
        List<AssumptionMade> assumptions,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = """
                The reasoning, step by step in the order of the decision procedure (docs/procedure.md#steps): for \
                each finding the step, the reason code, a sentence saying what fact, which rule and article, and what \
                follows, and the provisions it cites. Written in the language negotiated from Accept-Language \
                (Chinese for any zh range, otherwise English), which the answer names in Content-Language. Always \
                present, except with ?explain=none (the lean answer, docs/api.md#lean-answers), which leaves it out.""")
        List<ExplanationEntry> explanation,

        @Schema(required = true, format = "uuid",
                description = "Identifier of this decision (a random UUID), for logs and audit.")
        String decisionId,

        @Schema(required = true, pattern = "^\\d+\\.\\d+/[0-9a-f]{6}$", description = """
                The specification version implemented and a short hash of the configured policy values (timeliness \
                bands, periods, calendar), e.g. 3.0/3f9a2c. Two decisions with the same rulesetVersion were made \
                under the same rules.""")
        String rulesetVersion,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, maxItems = 10, description = """
                Only with ?include=counterfactuals: minimal changes to the request as sent that would change the \
                outcome (liability, rule, joint, jointScope or regime), fewest operations first, at most ten. Each \
                change is an RFC 6902 JSON Patch against the request body; its outcome was computed by running the \
                engine on the patched request, never guessed.""")
        List<CounterfactualEntry> counterfactuals) {

    /** How far Step 12 and the counterfactuals got within the request's budget. */
    @Schema(name = "Exploration", description = """
            How far the exploration got: alternatives for the open questions (always), counterfactuals when asked for.""")
    @JsonPropertyOrder({"alternatives", "counterfactuals"})
    public record ExplorationEntry(
            @Schema(required = true, description = "Step 12: the open questions decided the other way.")
            AlternativesExploration alternatives,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(nullable = true, description = """
                    Only with ?include=counterfactuals: the candidate changes tried.""")
            CounterfactualsExploration counterfactuals) {
    }

    /** Step 12 within its budget. */
    @Schema(name = "AlternativesExploration", description = """
            The open questions raised in the presumptive run and how many were decided the other way; complete is \
            false, with cutBy, when the budget ended the exploration first (certainty is then UNDETERMINED unless a \
            question explored is already contested).""")
    @JsonPropertyOrder({"complete", "questionsRaised", "questionsExplored", "evaluations", "cutBy"})
    public record AlternativesExploration(
            @Schema(required = true, description = """
                    Whether every raised question was decided the other way and every alternative computed.""")
            boolean complete,
            @Schema(required = true, minimum = "0", description = "The open questions the presumptive run met.")
            int questionsRaised,
            @Schema(required = true, minimum = "0", description = "How many of them were decided the other way.")
            int questionsExplored,
            @Schema(required = true, minimum = "0", description = """
                    The re-runs of the whole procedure counted against the budget (one per question explored, one \
                    for all contested questions together, one for the notices whose content is not stated read as \
                    valid; a question whose other reading is exactly that last run's takes its outcome from it and \
                    counts all the same).""")
            int evaluations,
            @Schema(required = true, nullable = true, description = """
                    Why the exploration stopped early; null when complete. EVALUATION_BUDGET: the re-runs allowed for \
                    one decision (liability.budget.alternative-evaluations) were spent; TIME_BUDGET: the time allowed \
                    for one request (liability.budget.wall-time) had passed; SHUTDOWN: the service was shutting down.""",
                    enumeration = {"EVALUATION_BUDGET", "TIME_BUDGET", "SHUTDOWN"})
            String cutBy) {
    }

    /** The counterfactual candidates within their budget. */
    @Schema(name = "CounterfactualsExploration", description = """
            The candidate changes to the request and how many were evaluated; complete is false, with cutBy, when \
            the budget ended the search before every candidate was tried or ten counterfactuals were found.""")
    @JsonPropertyOrder({"complete", "candidates", "explored", "cutBy"})
    public record CounterfactualsExploration(
            @Schema(required = true, description = """
                    Whether every candidate was tried, or the ten counterfactuals the answer holds at most were found.""")
            boolean complete,
            @Schema(required = true, minimum = "0", description = "The candidate changes the request admits.")
            int candidates,
            @Schema(required = true, minimum = "0", description = "How many were evaluated.")
            int explored,
            @Schema(required = true, nullable = true, description = """
                    Why the search stopped early; null when complete. EVALUATION_BUDGET: the evaluations allowed for \
                    one decision's counterfactuals (liability.budget.counterfactual-evaluations) were spent; \
                    TIME_BUDGET: the time allowed for one request (liability.budget.wall-time) had passed; SHUTDOWN: \
                    the service was shutting down.""",
                    enumeration = {"EVALUATION_BUDGET", "TIME_BUDGET", "SHUTDOWN"})
            String cutBy) {
    }

    /** A question the law leaves open whose other reading changes the outcome. */
    @Schema(name = "ContestedPoint", description = """
            A question the law leaves to the court, raised for a subject, whose other reading alone changes the \
            outcome.""")
    @JsonPropertyOrder({"question", "subject", "detail"})
    public record ContestedEntry(
            @Schema(required = true, description = """
                    TIMELINESS: a handling (or a still-running duty) between the service's prompt and late bounds; \
                    courts weigh factors, no statute sets hours (presumptive IN_TIME). CONDUIT_NECESSARY_MEASURE: \
                    whether a conduit's, or an infrastructure provider's, failure to forward, warn or suspend breaches \
                    the necessary-measure duty (presumptive NOT_BREACHED). NOTICE_CONTENT: notice content not stated \
                    (presumptive INVALID: the claimant proves a qualified notice), or a Civil Code personality notice \
                    with reasons and no separate evidence (presumptive VALID). KNOWLEDGE_FROM_INDICATORS: an \
                    inconclusive indicator set, or a re-upload not known to be by the same user (presumptive \
                    NOT_SHOWN). PATENT_MEASURE: whether forwarding a patent notice in time was the necessary measure \
                    (presumptive FORWARDING_SUFFICED, Guiding Case 83).""")
            ContestedQuestion question,

            @Schema(required = true, description = """
                    What the question is about: noticeHistory[i] (the index in the request), provider.knowledgeSince \
                    (the knowledge duty, also where knowledge is derived) or provider.indicators.""",
                    example = "noticeHistory[0]")
            String subject,

            @Schema(required = true, description = "The question in words, in the negotiated language.")
            String detail) {
    }

    /** An outcome under other readings. */
    @Schema(name = "Alternative", description = """
            The outcome of re-running the procedure with the listed readings (every other question presumptive).""")
    @JsonPropertyOrder({"assuming", "outcome"})
    public record AlternativeEntry(
            @Schema(required = true, description = "The readings assumed.")
            List<ReadingEntry> assuming,
            @Schema(required = true, description = "The outcome under them.")
            AlternativeOutcome outcome) {
    }

    /** One reading an alternative assumes. */
    @Schema(name = "AssumedReading", description = "A question, its subject and the reading taken.")
    @JsonPropertyOrder({"question", "subject", "reading"})
    public record ReadingEntry(
            @Schema(required = true, description = "The question (see contested).") ContestedQuestion question,
            @Schema(required = true, example = "noticeHistory[0]", description = """
                    What the question is about: noticeHistory[i], provider.knowledgeSince or provider.indicators. One \
                    reading applies to a question and subject wherever the procedure meets them.""") String subject,
            @Schema(required = true, description = """
                    IN_TIME / LATE (TIMELINESS); NOT_BREACHED / BREACHED (CONDUIT_NECESSARY_MEASURE); INVALID / VALID \
                    (NOTICE_CONTENT); NOT_SHOWN / SHOULD_HAVE_KNOWN (KNOWLEDGE_FROM_INDICATORS); FORWARDING_SUFFICED / \
                    MEASURE_REQUIRED (PATENT_MEASURE).""") Reading reading) {
    }

    /** The outcome of an alternative: the five fields and the liable periods. */
    @Schema(name = "AlternativeOutcome", description = """
            regime, liability, rule, joint, jointScope and liablePeriods of the re-run.""")
    @JsonPropertyOrder({"regime", "liability", "rule", "joint", "jointScope", "liablePeriods"})
    public record AlternativeOutcome(
            @Schema(required = true, description = "The liability regime under these readings (see regime).")
            Regime regime,
            @Schema(required = true, description = "The liability under these readings (see liability).")
            Liability liability,
            @Schema(required = true, description = "The rule that decides under these readings (see rule).")
            Rule rule,
            @Schema(required = true, description = "Whether the liability is joint and several under these readings.")
            boolean joint,
            @Schema(required = true, description = "The scope of the joint liability under these readings (see jointScope).")
            JointScope jointScope,
            @Schema(required = true, description = """
                    The periods the provider would answer for under these readings, in time order (until null = \
                    continuing); [] for WHOLE_DAMAGE and no liability.""")
            List<LiablePeriod> liablePeriods) {
    }

    /** A change to the request that would change the outcome. */
    @Schema(name = "Counterfactual", description = """
            A minimal change to the request and the outcome the engine computes for the changed request.""")
    @JsonPropertyOrder({"changes", "outcome", "explanation"})
    public record CounterfactualEntry(
            @Schema(required = true, description = "An RFC 6902 JSON Patch against the request as sent.")
            List<PatchOperation> changes,
            @Schema(required = true, description = "The outcome of the patched request.")
            Outcome outcome,
            @Schema(required = true, description = "What the change means, in the negotiated language.")
            String explanation) {
    }

    /** One RFC 6902 operation. */
    @Schema(name = "PatchOperation", description = "One RFC 6902 JSON Patch operation (add, replace or remove).")
    @JsonPropertyOrder({"op", "path", "value"})
    public record PatchOperation(
            @Schema(required = true, enumeration = {"add", "replace", "remove"}) String op,
            @Schema(required = true, description = "JSON Pointer (RFC 6901) into the request.",
                    example = "/noticeHistory/0/measuresTakenAt") String path,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = """
                    The new value, any JSON value: a string, number, boolean, object or null (absent for remove).""")
            Object value) {
    }

    /** The five fields that make an outcome. */
    @Schema(name = "Outcome", description = "The outcome of a classification: liability, rule, joint scope, regime.")
    @JsonPropertyOrder({"liability", "rule", "joint", "jointScope", "regime"})
    public record Outcome(
            @Schema(required = true) Liability liability,
            @Schema(required = true) Rule rule,
            @Schema(required = true) boolean joint,
            @Schema(required = true) JointScope jointScope,
            @Schema(required = true) Regime regime) {
    }

    /** A liable period of the notice rule; {@code until} null = continuing. */
    @Schema(name = "LiablePeriod", description = """
            A period the provider answers for: under the notice rule an enlarged-damage period, under the knowledge \
            rule a period since a missed deadline.""")
    public record LiablePeriod(
            @Schema(type = SchemaType.STRING, format = "date-time", required = true,
                    description = "Start: a missed (prompt) deadline or an unlawful restoration.")
            String from,

            @Schema(type = SchemaType.STRING, format = "date-time", nullable = true, required = true,
                    description = "End: the next time the content went down; null while the period continues.")
            String until) {
    }

    /** The notifier's liability for one episode whose measure was taken (Step 3). */
    @Schema(name = "NoticeLiability",
            description = "The notifier's liability for one notice that caused a measure (docs/procedure.md#step-3).")
    public record NoticeLiability(
            @Schema(required = true, description = "Index of the episode in the request's noticeHistory (from 0).")
            int notice,

            @Schema(type = SchemaType.STRING, format = "date-time", required = true,
                    description = "The notice's receipt, which fixes the law it is judged by.")
            String receivedAt,

            @Schema(required = true, description = "The regime in force at the notice's date.")
            Regime regime,

            @Schema(required = true, description = """
                    NONE: no liability (good faith proven for an IP notice); COMPENSATE: compensation for the user's \
                    loss; DOUBLE_COMPENSATION: double damages for a malicious notice (E-Commerce Law 42(3)).""")
            NotifierLiability liability) {
    }

    /** A value the decision depended on that the caller did not give. */
    @Schema(name = "Assumption", description = "A default the decision depended on (docs/vocabulary.md#assumptions).")
    public record AssumptionMade(
            @Schema(required = true, description = """
                    What was assumed. AS_OF_ASSUMED: asOf from the clock; RIGHT_TYPE_ASSUMED: OTHER; \
                    CONTENT_INFRINGING_ASSUMED: the content infringes; CONDUCT_DATE_ASSUMED, CONDUCT_END_ASSUMED: start \
                    and end of the state; NOTICE_CONTENT_ASSUMED: notice validity elements not stated, treated as not \
                    shown as the burden of proof falls (value noticeHistory[i]: the fields); NOTICE_CHANNEL_ASSUMED: an \
                    omitted channel read as OTHER (form, not content); COUNTER_NOTICE_CONTENT_ASSUMED: omitted \
                    counter-notice elements read as present; INDICATORS_SINCE_ASSUMED: indicators from conductDate; \
                    TIMELINESS_THRESHOLD: the band applied, <PATH>/<CLASS>/<RIGHT>: <prompt>h/<late>h (the late figure \
                    after the batch multiplier and holiday extension); COUNTER_NOTICE_PERIOD_END: end of the \
                    counter-notice period; HOLIDAY_CALENDAR: the rest-day calendar used; SAME_DAY_DATE_READ_AS_REFERENCE: \
                    a bare date on the reference's day read as that instant; REAPPEARANCE_ASSUMED: the content taken to \
                    have reappeared at a notice; REPEAT_DERIVED: repeat knowledge derived from a re-upload by the same \
                    user after an earlier valid takedown (SPC_NDR_9(6)); POLICY_OVERRIDE: a value the request's policy \
                    set for this decision, <key path>=<value>, in the order of the request's keys. Codes this service \
                    adds: TIMELINESS_DEADLINE: the deadline a band gave a notice; COUNTER_NOTICE_PERIOD_DAYS: the \
                    reasonable period applied to a counter-notice; TLL_KNOWLEDGE_INCLUDES_SHOULD_HAVE_KNOWN: the \
                    configured reading of 知道 in Tort Liability Law 36(3), where it mattered.""")
            AssumptionCode code,

            @Schema(required = true, description = """
                    The value assumed: an instant, a date, or a text such as NOTICE/HOST/COPYRIGHT: 24h/72h, \
                    noticeHistory[0]: includesIdentity,locatesContent, timelinessHours.host.copyright.prompt=12 or \
                    WEEKENDS_ONLY.""")
            String value) {
    }
}
