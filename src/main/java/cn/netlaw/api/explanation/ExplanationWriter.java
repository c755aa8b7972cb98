package cn.netlaw.api.explanation;

import cn.netlaw.liability.ContestedPoint;
import cn.netlaw.liability.ContestedQuestion;
import cn.netlaw.liability.ExplanationStep;
import cn.netlaw.liability.Moment;
import cn.netlaw.liability.Reason;
import cn.netlaw.liability.Regime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Writes the engine's findings ({@link ExplanationStep}: step, reason, named facts, provisions cited) as sentences of a
 * legal memo, in English or Chinese, from the templates of the message bundles
 * {@code messages/explanations_en.properties} and {@code messages/explanations_zh.properties}: one template per
 * {@link Reason}, under the reason's name.
 *
 * <p>A template is text with
 * <ul>
 * <li>{@code {name}}: the fact of that name, written for a reader: instants at +08:00 as 2 April 2022 15:00 (+08:00) /
 * 2022年4月2日 15:00 (the bundle's {@code format.instant}), {@code conductDate} as a date, {@code notice}
 * ({@code noticeHistory[0]}) as its number counted from 1, {@code interpretation} as the instrument's name, closed
 * vocabularies (role, knowledge, actRegime, rightType, duty, basis, kind) by the bundle's {@code value.<name>.<VALUE>};
 * {@code {articles}} is the provisions the finding cites, as {@link Citations} writes them for the case's era (an
 * explanation names its regime in its first finding);</li>
 * <li>{@code [A|B|…]}: the first alternative all of whose own placeholders have a value, or nothing when none has. An
 * alternative may contain further brackets. {@code [, under {articles}]} thus disappears when the finding cites nothing,
 * and {@code [; it acted only on {performed}|; it has taken none]} reads by whether a measure was taken.</li>
 * </ul>
 * A placeholder outside brackets whose fact is missing is left as written, {@code {name}}; a test over the public
 * scenarios and generated cases proves that none is left.
 */
public final class ExplanationWriter {

    /** Facts that are dates by nature: written without a time of day. */
    private static final String DATE_ONLY = "conductDate";

    private final Citations citations;
    private final Map<Language, Bundle> bundles = new EnumMap<>(Language.class);

    public ExplanationWriter(Citations citations) {
        this.citations = Objects.requireNonNull(citations, "citations");
        for (Language language : Language.values()) {
            bundles.put(language, new Bundle(language));
        }
    }

    /** The explanation of a classification in the language, step by step in the order of the procedure. */
    public List<ExplanationEntry> write(List<ExplanationStep> steps, Language language) {
        Regime regime = regime(steps);
        List<ExplanationEntry> entries = new ArrayList<>(steps.size());
        for (ExplanationStep step : steps) {
            entries.add(new ExplanationEntry(step.step(), step.reason(), text(step, language, regime),
                    step.legalBasis()));
        }
        return List.copyOf(entries);
    }

    /** One finding as a sentence, the case's regime not known. */
    public String text(ExplanationStep step, Language language) {
        return text(step, language, null);
    }

    /** One finding as a sentence, in a case whose liability regime is {@code regime} (null: not known). */
    public String text(ExplanationStep step, Language language, Regime regime) {
        StringBuilder out = new StringBuilder(128);
        text(step, language, regime, out);
        return out.toString();
    }

    /**
     * One finding's sentence appended to {@code out}, in a case whose liability regime is {@code regime} (null: not
     * known): the answer's writer puts every text of an answer through one builder, and no text becomes a string.
     */
    public void text(ExplanationStep step, Language language, Regime regime, StringBuilder out) {
        Bundle bundle = bundles.get(language);
        Map<String, String> facts = HashMap.newHashMap(step.values().size() + 1);
        step.values().forEach((name, value) -> facts.put(name, bundle.fact(name, value, citations)));
        if (!step.legalBasis().isEmpty()) {
            facts.put("articles", citations.cite(step.legalBasis(), language, regime));
        }
        bundle.template(step.reason()).render(facts, out);
    }

    /** The liability regime an explanation names in its Step 1 finding; null when it names none (out of scope). */
    public static Regime regime(List<ExplanationStep> steps) {
        for (ExplanationStep step : steps) {
            switch (step.reason()) {
                case REGIME_CIVIL_CODE, CONTINUING_CONDUCT_CIVIL_CODE -> {
                    return Regime.CIVIL_CODE;
                }
                case REGIME_TORT_LIABILITY_LAW, CONTINUING_CONDUCT_TORT_LIABILITY_LAW -> {
                    return Regime.TORT_LIABILITY_LAW;
                }
                default -> {
                }
            }
        }
        return null;
    }

    /** The {@code detail} of a contested question: the template {@code contested.<QUESTION>} with its facts. */
    public String contested(ContestedPoint point, Language language) {
        StringBuilder out = new StringBuilder(128);
        contested(point, language, out);
        return out.toString();
    }

    /** The {@code detail} of a contested question appended to {@code out}. */
    public void contested(ContestedPoint point, Language language, StringBuilder out) {
        Bundle bundle = bundles.get(language);
        Map<String, String> facts = HashMap.newHashMap(point.facts().size() + 1);
        point.facts().forEach((name, value) -> facts.put(name, bundle.fact(name, value, citations)));
        bundle.contestedTemplate(point.question()).render(facts, out);
    }

    /** Whether both bundles hold a template for the reason (a test asks this of every reason). */
    static boolean hasTemplate(Reason reason, Language language) {
        try {
            return !language.messages().getString(reason.name()).isBlank();
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** The parsed templates and value labels of one language. */
    private static final class Bundle {
        private final Language language;
        private final ResourceBundle messages;
        private final Map<Reason, Template> templates = new EnumMap<>(Reason.class);
        /** The {@code detail} templates of the contested questions, {@code contested.<QUESTION>}, parsed once. */
        private final Map<ContestedQuestion, Template> contestedTemplates = new EnumMap<>(ContestedQuestion.class);
        private final MomentFormat instant;
        private final MomentFormat date;
        /**
         * The labels of closed vocabularies, {@code value.<name>.<VALUE>}, read once from the bundle, by name (letters
         * only: other names have no labels) and value, so that a fact is looked up without building its key.
         */
        private final Map<String, Map<String, String>> valueLabels = new HashMap<>();

        Bundle(Language language) {
            this.language = language;
            this.messages = language.messages();
            for (Reason reason : Reason.values()) {
                if (messages.containsKey(reason.name())) {
                    templates.put(reason, Template.parse(messages.getString(reason.name())));
                }
            }
            this.instant = new MomentFormat(messages.getString("format.instant"), language.locale());
            this.date = new MomentFormat(messages.getString("format.date"), language.locale());
            for (ContestedQuestion question : ContestedQuestion.values()) {
                String key = "contested." + question.name();
                contestedTemplates.put(question,
                        Template.parse(messages.containsKey(key) ? messages.getString(key) : question.name()));
            }
            for (String key : messages.keySet()) {
                int dot = key.indexOf('.', "value.".length());
                if (key.startsWith("value.") && dot > 0 && letters(key.substring("value.".length(), dot))) {
                    valueLabels.computeIfAbsent(key.substring("value.".length(), dot), name -> new HashMap<>())
                            .put(key.substring(dot + 1), messages.getString(key));
                }
            }
        }

        Template contestedTemplate(ContestedQuestion question) {
            return contestedTemplates.get(question);
        }

        Template template(Reason reason) {
            Template template = templates.get(reason);
            // A reason without a template still reads as something; a test keeps this from happening.
            return template != null ? template : Template.parse(reason.name() + "[ ({articles})]");
        }

        /** A fact as the text shows it: an instant at +08:00, or a text (an ISO instant among them) as below. */
        String fact(String name, Object fact, Citations citations) {
            if (fact instanceof Instant at) {
                return moment(name, at);
            }
            String value = fact.toString();
            if ("notice".equals(name)) {
                String index = noticeIndex(value);
                if (index != null) {
                    return Integer.toString(Integer.parseInt(index) + 1);
                }
            }
            if ("interpretation".equals(name)) {
                try {
                    return citations.instrument(value, language);
                } catch (IllegalArgumentException e) {
                    return value;
                }
            }
            if (value.length() > 10 && value.charAt(4) == '-' && value.charAt(10) == 'T') {
                Instant at = engineInstant(value);
                if (at != null) {
                    return moment(name, at);
                }
                try {
                    return moment(name, OffsetDateTime.parse(value).toInstant());
                } catch (DateTimeParseException e) {
                    return value;
                }
            }
            Map<String, String> labels = valueLabels.get(name);
            String label = labels == null ? null : labels.get(value);
            return label != null ? label : value;
        }

        /** An instant at +08:00, as a date for the conduct date and as date and time otherwise. */
        private String moment(String name, Instant at) {
            return (DATE_ONLY.equals(name) ? date : instant).format(at);
        }
    }

    /**
     * A parsed template: a sequence of text, placeholders and bracketed alternatives. Brackets nest; an unmatched
     * bracket is read as text.
     */
    record Template(List<Part> parts) {

        sealed interface Part {
        }

        record Text(String text) implements Part {
        }

        record Placeholder(String name) implements Part {
        }

        record Choice(List<Template> alternatives) implements Part {
        }

        static Template parse(String text) {
            return sequence(text, new int[] {0}, false);
        }

        /** Parses until the end, or (inside brackets) until the {@code |} or {@code ]} that ends the alternative. */
        private static Template sequence(String text, int[] at, boolean inChoice) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (at[0] < text.length()) {
                char c = text.charAt(at[0]);
                if (inChoice && (c == '|' || c == ']')) {
                    break;
                }
                if (c == '{') {
                    int close = text.indexOf('}', at[0]);
                    if (close > at[0] + 1 && letters(text.substring(at[0] + 1, close))) {
                        flush(literal, parts);
                        parts.add(new Placeholder(text.substring(at[0] + 1, close)));
                        at[0] = close + 1;
                        continue;
                    }
                }
                if (c == '[') {
                    int start = at[0];
                    at[0]++;
                    List<Template> alternatives = new ArrayList<>();
                    while (true) {
                        alternatives.add(sequence(text, at, true));
                        if (at[0] >= text.length()) {
                            // unmatched: the bracket was text
                            at[0] = start + 1;
                            literal.append('[');
                            alternatives = null;
                            break;
                        }
                        char end = text.charAt(at[0]++);
                        if (end == ']') {
                            break;
                        }
                    }
                    if (alternatives != null) {
                        flush(literal, parts);
                        parts.add(new Choice(List.copyOf(alternatives)));
                    }
                    continue;
                }
                literal.append(c);
                at[0]++;
            }
            flush(literal, parts);
            return new Template(List.copyOf(parts));
        }

        private static void flush(StringBuilder literal, List<Part> parts) {
            if (!literal.isEmpty()) {
                parts.add(new Text(literal.toString()));
                literal.setLength(0);
            }
        }

        /** Whether every placeholder of this sequence, outside its own brackets, has a fact. */
        boolean satisfiedBy(Map<String, String> facts) {
            for (Part part : parts) {
                if (part instanceof Placeholder p && !facts.containsKey(p.name())) {
                    return false;
                }
            }
            return true;
        }

        String render(Map<String, String> facts) {
            StringBuilder out = new StringBuilder(128);
            render(facts, out);
            return out.toString();
        }

        void render(Map<String, String> facts, StringBuilder out) {
            for (Part part : parts) {
                switch (part) {
                    case Text text -> out.append(text.text());
                    case Placeholder placeholder -> {
                        String fact = facts.get(placeholder.name());
                        if (fact != null) {
                            out.append(fact);
                        } else {
                            out.append('{').append(placeholder.name()).append('}');
                        }
                    }
                    case Choice choice -> {
                        for (Template alternative : choice.alternatives()) {
                            if (alternative.satisfiedBy(facts)) {
                                alternative.render(facts, out);
                                break;
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The instant of a value the engine wrote at +08:00 to the second ({@code 2022-04-04T09:00:00+08:00}, the common
     * shape), read without a formatter; null for any other shape.
     */
    static Instant engineInstant(String value) {
        if (value.length() != 25 || !value.endsWith("+08:00") || value.charAt(13) != ':' || value.charAt(16) != ':') {
            return null;
        }
        int year = number(value, 0, 4);
        int month = number(value, 5, 7);
        int day = number(value, 8, 10);
        int hour = number(value, 11, 13);
        int minute = number(value, 14, 16);
        int second = number(value, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return java.time.LocalDateTime.of(year, month, day, hour, minute, second).toInstant(Moment.CHINA);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The digits of {@code noticeHistory[<digits>]}, or null for any other text. */
    static String noticeIndex(String value) {
        String prefix = "noticeHistory[";
        int end = value.length() - 1;
        if (end <= prefix.length() || !value.startsWith(prefix) || value.charAt(end) != ']') {
            return null;
        }
        for (int i = prefix.length(); i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return value.substring(prefix.length(), end);
    }

    /** Whether {@code name} is one or more ASCII letters (the names of facts and placeholders). */
    static boolean letters(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }

    /** The decimal number of {@code text[from, to)}, or -1 if a character there is not a digit. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
