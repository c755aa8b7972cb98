package cn.netlaw.api.counterfactual;

import cn.netlaw.liability.AssumptionCode;
import cn.netlaw.liability.Budget;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.ExplanationStep;
import cn.netlaw.liability.JointScope;
import cn.netlaw.liability.Liability;
import cn.netlaw.liability.Moment;
import cn.netlaw.liability.Reason;
import cn.netlaw.liability.Regime;
import cn.netlaw.liability.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Counterfactuals: minimal changes to the request as sent that would change the outcome ({@code liability},
 * {@code rule}, {@code joint}, {@code jointScope}, {@code regime}). Each candidate is an RFC 6902 JSON Patch
 * ({@code add}/{@code replace}/{@code remove}) against the body the caller sent; it is applied and the patched request
 * is evaluated again by the same reader and engine, so every outcome offered is computed, never guessed. Candidates
 * explored: acting on each notice by its deadline or at once, forwarding, each validity element of each notice and
 * counter-notice, removing a restoration or a counter-notice or a whole notice, the provider's knowledge, each conduct
 * flag and indicator, the finding of infringement, the e-commerce platform, and the end of the state where it moves the
 * regime. The ones that change the outcome are offered, fewest operations first, at most {@value #MAX}. Each
 * evaluation is drawn from a {@link Budget}: when it says no, the search stops and the result says how far it got.
 */
public final class Counterfactuals {

    static final int MAX = 10;

    private static final List<String> PROVIDER_FLAGS = List.of("instigates", "participatesInContent",
            "userUploadProven", "altersContent", "selectsRecipients", "selectsTransmittedContent",
            "exposesToNonDesignatedRecipients", "substitutesSource", "substitutionNoUnreasonablePrejudice",
            "servesAfterOriginRemoval", "interferesWithOriginStats", "identifiesAsProvider");
    private static final List<String> TRUE_BY_DEFAULT = List.of("userUploadProven", "identifiesAsProvider",
            "measureEffective", "contentInfringing");
    /** Notice content: absent means not stated (treated as not shown, 9.1), so stating it is the change offered. */
    private static final List<String> NOTICE_CONTENT = List.of("includesIdentity", "includesPreliminaryEvidence",
            "locatesContent");
    private static final List<String> INDICATORS = List.of("infringementObvious", "hotOrWellKnownWork",
            "prominentPlacement", "algorithmicRecommendation", "manualEditorialHandling", "manualPrePublicationReview",
            "directEconomicBenefit", "priorNoticeSameUserOrInformation", "priorNoticeSameWork",
            "reasonableTechnicalMeasures", "warningLetterBeforeUpload");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One operation of an RFC 6902 patch. */
    public record Operation(String op, String path, JsonNode value) {
    }

    /** The five fields that make an outcome. */
    public record Outcome(Liability liability, Rule rule, boolean joint, JointScope jointScope, Regime regime) {
        static Outcome of(Classification c) {
            return new Outcome(c.liability(), c.rule(), c.joint(), c.jointScope(), c.regime());
        }
    }

    /** A change that would change the outcome: the patch, the recomputed outcome, and what it means. */
    public record Counterfactual(List<Operation> changes, Outcome outcome, String explanation) {
    }

    private record Candidate(List<Operation> changes, String key, Map<String, String> values) {
    }

    /**
     * What the search found, and how far it got: {@code explored} of {@code candidates} evaluated; {@code cutBy} null
     * when every candidate was tried or {@value #MAX} counterfactuals were found.
     */
    public record Result(List<Counterfactual> found, int candidates, int explored, Budget.Cut cutBy) {
        public Result {
            found = List.copyOf(found);
        }
    }

    private Counterfactuals() {
    }

    /**
     * Explores changes to {@code request} (the body as sent) and returns those that change the outcome of
     * {@code original}. {@code evaluate} reads and classifies a request body the same way the original was (empty when
     * the patched body is rejected).
     */
    public static Result explore(JsonNode request, Classification original,
            Function<JsonNode, Optional<Classification>> evaluate, Locale locale, Budget budget) {
        Outcome before = Outcome.of(original);
        List<Candidate> candidates = candidates(request, original);
        List<Counterfactual> found = new ArrayList<>();
        ResourceBundle texts = ResourceBundle.getBundle("messages.counterfactuals", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        int explored = 0;
        for (int ops = 1; ops <= 2 && found.size() < MAX; ops++) {
            for (Candidate candidate : candidates) {
                if (candidate.changes().size() != ops || found.size() >= MAX) {
                    continue;
                }
                if (!budget.spend()) {
                    return new Result(found, candidates.size(), explored, budget.cut());
                }
                explored++;
                JsonNode patched = apply(request, candidate.changes());
                Optional<Classification> after = evaluate.apply(patched);
                if (after.isPresent() && !Outcome.of(after.get()).equals(before)) {
                    Outcome outcome = Outcome.of(after.get());
                    found.add(new Counterfactual(candidate.changes(), outcome,
                            text(texts, candidate, outcome)));
                }
            }
        }
        return new Result(found, candidates.size(), explored, null);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static List<Candidate> candidates(JsonNode request, Classification original) {
        List<Candidate> out = new ArrayList<>();
        Map<String, String> deadlines = deadlines(original);
        JsonNode history = request.path("noticeHistory");
        String role = request.path("provider").path("role").asText();
        // conduits and infrastructure providers answer a notice by forwarding it (9.3)
        boolean conduit = List.of("ACCESS", "CACHING", "INFRASTRUCTURE").contains(role);
        boolean host = List.of("STORAGE", "SEARCH", "LINKING").contains(role);
        for (int i = 0; i < history.size(); i++) {
            JsonNode episode = history.get(i);
            String at = "/noticeHistory/" + i;
            String notice = Integer.toString(i + 1);
            String received = episode.path("receivedAt").asText();
            String deadline = deadlines.get("noticeHistory[" + i + "]");
            boolean restored = present(episode, "restoredAt");
            if (deadline != null && !restored) {
                out.add(candidate("measureByDeadline", Map.of("notice", notice, "value", deadline),
                        set(episode, at, "measuresTakenAt", TextNode.valueOf(deadline))));
                if (conduit) {
                    out.add(candidate("forwardByDeadline", Map.of("notice", notice, "value", deadline),
                            set(episode, at, "forwardedAt", TextNode.valueOf(deadline))));
                }
            }
            if (!restored && !received.equals(episode.path("measuresTakenAt").asText(null))) {
                out.add(candidate("measureAtOnce", Map.of("notice", notice, "value", received),
                        set(episode, at, "measuresTakenAt", TextNode.valueOf(received))));
            }
            if (present(episode, "measuresTakenAt") && !restored) {
                out.add(candidate("noMeasure", Map.of("notice", notice), remove(at, "measuresTakenAt")));
            }
            if (!received.equals(episode.path("forwardedAt").asText(null))) {
                out.add(candidate("forwardAtOnce", Map.of("notice", notice, "value", received),
                        set(episode, at, "forwardedAt", TextNode.valueOf(received))));
            }
            if (present(episode, "forwardedAt")) {
                out.add(candidate("noForwarding", Map.of("notice", notice), remove(at, "forwardedAt")));
            }
            if (restored) {
                out.add(candidate("noRestoration", Map.of("notice", notice), remove(at, "restoredAt")));
            }
            for (String element : NOTICE_CONTENT) {
                boolean stated = present(episode, element);
                boolean now = stated && episode.get(element).asBoolean();
                if (!stated || !now) {
                    out.add(candidate("notice." + element + ".true", Map.of("notice", notice),
                            set(episode, at, element, BooleanNode.TRUE)));
                }
                if (!stated || now) {
                    out.add(candidate("notice." + element + ".false", Map.of("notice", notice),
                            set(episode, at, element, BooleanNode.FALSE)));
                }
            }
            if (present(episode, "reappearedAt")) {
                boolean same = flag(episode, "reappearedBySameUser");
                out.add(candidate("notice.reappearedBySameUser." + !same, Map.of("notice", notice),
                        set(episode, at, "reappearedBySameUser", BooleanNode.valueOf(!same))));
            }
            for (String element : List.of("includesReason", "publishedChannel", "measureEffective", "newGrounds")) {
                boolean now = flag(episode, element);
                out.add(candidate("notice." + element + "." + !now, Map.of("notice", notice),
                        set(episode, at, element, BooleanNode.valueOf(!now))));
            }
            String channel = "PHONE".equals(episode.path("channel").asText()) ? "WRITTEN" : "PHONE";
            out.add(candidate("notice.channel", Map.of("notice", notice, "value", channel),
                    set(episode, at, "channel", TextNode.valueOf(channel))));
            JsonNode counter = episode.path("counterNotice");
            if (counter.isObject()) {
                String cat = at + "/counterNotice";
                out.add(candidate("noCounterNotice", Map.of("notice", notice), remove(at, "counterNotice")));
                for (String element : List.of("includesIdentity", "includesPreliminaryEvidence")) {
                    boolean now = flag(counter, element);
                    out.add(candidate("counter." + element + "." + !now, Map.of("notice", notice),
                            set(counter, cat, element, BooleanNode.valueOf(!now))));
                }
                if (present(counter, "rightsHolderComplainedOrSuedAt")) {
                    out.add(candidate("noComplaint", Map.of("notice", notice),
                            remove(cat, "rightsHolderComplainedOrSuedAt")));
                } else {
                    out.add(candidate("complaint", Map.of("notice", notice, "value", received),
                            set(counter, cat, "rightsHolderComplainedOrSuedAt", TextNode.valueOf(received))));
                }
            }
            out.add(candidate("noNotice", Map.of("notice", notice), List.of(new Operation("remove", at, null))));
        }

        JsonNode provider = request.path("provider");
        String knowledge = provider.path("knowledge").asText("NOT_ASSESSED");
        String since = provider.hasNonNull("knowledgeSince") ? null : conductDay(request, original);
        for (String k : List.of("KNEW", "SHOULD_HAVE_KNOWN", "NONE")) {
            if (k.equals(knowledge)) {
                continue;
            }
            List<Operation> ops = new ArrayList<>(set(provider, "/provider", "knowledge", TextNode.valueOf(k)));
            if (!k.equals("NONE") && since != null) {
                ops.addAll(set(provider, "/provider", "knowledgeSince", TextNode.valueOf(since)));
            } else if (k.equals("NONE") && provider.hasNonNull("knowledgeSince")) {
                ops.addAll(remove("/provider", "knowledgeSince"));
            }
            out.add(candidate("knowledge." + k, Map.of("value", since == null ? "" : since), ops));
        }
        for (String conduct : PROVIDER_FLAGS) {
            boolean now = flag(provider, conduct);
            out.add(candidate("provider." + conduct + "." + !now, Map.of(),
                    set(provider, "/provider", conduct, BooleanNode.valueOf(!now))));
        }
        if (present(provider, "selfInitiatedMeasureAt")) {
            out.add(candidate("noSelfInitiatedMeasure", Map.of(), remove("/provider", "selfInitiatedMeasureAt")));
        }
        JsonNode indicators = provider.path("indicators");
        for (String indicator : INDICATORS) {
            boolean now = flag(indicators, indicator);
            List<Operation> ops;
            if (indicators.isObject()) {
                ops = new ArrayList<>(set(indicators, "/provider/indicators", indicator, BooleanNode.valueOf(!now)));
            } else {
                ObjectNode object = JSON.objectNode().put(indicator, !now);
                ops = new ArrayList<>(set(provider, "/provider", "indicators", object));
            }
            if (!now && indicator.startsWith("priorNotice") && !provider.hasNonNull("indicatorsSince")) {
                ops.addAll(set(provider, "/provider", "indicatorsSince",
                        TextNode.valueOf(conductDay(request, original))));
            }
            out.add(candidate("provider.indicators." + indicator + "." + !now, Map.of(), ops));
        }

        boolean infringing = flag(request, "contentInfringing");
        out.add(candidate("contentInfringing." + !infringing, Map.of(),
                set(request, "", "contentInfringing", BooleanNode.valueOf(!infringing))));
        if (host) {
            boolean platform = flag(request, "ecommercePlatform");
            out.add(candidate("ecommercePlatform." + !platform, Map.of(),
                    set(request, "", "ecommercePlatform", BooleanNode.valueOf(!platform))));
        }
        regimeCandidates(request, original, out);
        return out;
    }

    /** Ends of the state that move the regime across 2010-07-01 or 2021-01-01 (docs/procedure.md#step-1). */
    private static void regimeCandidates(JsonNode request, Classification original, List<Candidate> out) {
        String end = switch (original.regime()) {
            case CIVIL_CODE -> "2020-12-31";
            case TORT_LIABILITY_LAW -> "2021-01-01";
            case OUT_OF_SCOPE -> "2010-07-01";
        };
        String conduct = conductDay(request, original);
        if (conduct == null || LocalDate.parse(conduct).isAfter(LocalDate.parse(end))) {
            return;
        }
        List<Operation> ops = new ArrayList<>(set(request, "", "conductEndDate", TextNode.valueOf(end)));
        if (request.path("ongoing").asBoolean(false)) {
            ops.addAll(remove("", "ongoing"));
        }
        out.add(candidate("conductEnd." + original.regime(), Map.of("value", end), ops));
    }

    /** The deadlines the original decision computed for each notice (late or pending), from its explanation. */
    private static Map<String, String> deadlines(Classification original) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ExplanationStep step : original.explanation()) {
            Object notice = step.values().get("notice");
            Object deadline = step.values().get("deadline");
            if (notice != null && deadline != null && (step.reason() == Reason.NOTICE_NOT_ACTED_ON_IN_TIME
                    || (step.reason() == Reason.DEADLINE_PENDING && !step.values().containsKey("duty")))) {
                out.putIfAbsent(notice.toString(),
                        deadline instanceof Instant instant ? Moment.render(instant) : deadline.toString());
            }
        }
        return out;
    }

    private static String conductDay(JsonNode request, Classification original) {
        if (request.hasNonNull("conductDate")) {
            return request.get("conductDate").asText().substring(0, 10);
        }
        return original.assumptions().stream().filter(a -> a.code() == AssumptionCode.CONDUCT_DATE_ASSUMED)
                .map(a -> a.value()).findFirst().orElse(null);
    }

    private static boolean present(JsonNode object, String field) {
        return object.hasNonNull(field);
    }

    /** The value of a boolean property as the engine reads it: absent or null means its default. */
    private static boolean flag(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return TRUE_BY_DEFAULT.contains(field);
        }
        return value.asBoolean();
    }

    private static List<Operation> set(JsonNode parent, String parentPath, String field, JsonNode value) {
        String op = parent.has(field) ? "replace" : "add";
        return List.of(new Operation(op, parentPath + "/" + field, value));
    }

    private static List<Operation> remove(String parentPath, String field) {
        return List.of(new Operation("remove", parentPath + "/" + field, null));
    }

    private static Candidate candidate(String key, Map<String, String> values, List<Operation> changes) {
        return new Candidate(List.copyOf(changes), key, values);
    }

    /** Applies add/replace/remove operations whose paths name object members or array elements. */
    static JsonNode apply(JsonNode request, List<Operation> changes) {
        JsonNode copy = request.deepCopy();
        for (Operation operation : changes) {
            int slash = operation.path().lastIndexOf('/');
            String parentPointer = operation.path().substring(0, slash);
            String last = operation.path().substring(slash + 1);
            JsonNode parent = parentPointer.isEmpty() ? copy : copy.at(parentPointer);
            if (parent instanceof ObjectNode object) {
                if (operation.op().equals("remove")) {
                    object.remove(last);
                } else {
                    object.set(last, operation.value());
                }
            } else if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode array
                    && operation.op().equals("remove")) {
                array.remove(Integer.parseInt(last));
            } else {
                throw new IllegalArgumentException("cannot apply " + operation);
            }
        }
        return copy;
    }

    private static String text(ResourceBundle texts, Candidate candidate, Outcome outcome) {
        String key = candidate.key();
        String template = texts.containsKey(key) ? texts.getString(key) : generic(texts, key);
        for (Map.Entry<String, String> value : candidate.values().entrySet()) {
            template = template.replace("{" + value.getKey() + "}", value.getValue());
        }
        String result = texts.getString("outcome")
                .replace("{liability}", texts.getString("liability." + outcome.liability()))
                .replace("{rule}", texts.getString("rule." + outcome.rule()))
                .replace("{scope}", texts.getString("scope." + outcome.jointScope()))
                .replace("{regime}", texts.getString("regime." + outcome.regime()));
        return texts.getString("if").replace("{change}", template).replace("{outcome}", result);
    }

    /** Flag keys end in the new value ({@code provider.instigates.true}); their text names the fact and its value. */
    private static String generic(ResourceBundle texts, String key) {
        int dot = key.lastIndexOf('.');
        String fact = key.substring(0, dot);
        String value = key.substring(dot + 1);
        String name = texts.containsKey("fact." + fact) ? texts.getString("fact." + fact) : fact;
        return texts.getString("flag." + value).replace("{fact}", name);
    }
}
