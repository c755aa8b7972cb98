package cn.netlaw.api.classification;

import cn.netlaw.api.counterfactual.Counterfactuals;
import cn.netlaw.api.explanation.Citations;
import cn.netlaw.api.explanation.ExplanationWriter;
import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.provisions.ProvisionCatalogue;
import cn.netlaw.liability.Alternative;
import cn.netlaw.liability.AssumedReading;
import cn.netlaw.liability.Assumption;
import cn.netlaw.liability.Budget;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.ContestedPoint;
import cn.netlaw.liability.Exploration;
import cn.netlaw.liability.ExplanationStep;
import cn.netlaw.liability.LiablePeriod;
import cn.netlaw.liability.Moment;
import cn.netlaw.liability.NoticeNotifierLiability;
import cn.netlaw.liability.Outcome;
import cn.netlaw.liability.Regime;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes a {@link Classification} as the result JSON (docs/result.md) straight into a Jackson {@link JsonGenerator}:
 * the fields in the documented order, every field present (nulls are written, never dropped), instants ISO-8601 at
 * +08:00 with seconds always shown, the explanation's texts in the requested language, plus {@code decisionId},
 * {@code rulesetVersion} and, when asked for, the counterfactuals. The bytes are those the response records
 * ({@link ClassificationResponse} and its parts, which define the contract's schema) serialise to, byte for byte; no
 * record, list or text string is made on the way (writing through the records cost about half of an answer's work:
 * bench/README.md, "Issue 17"). Plain Java, usable without a container.
 */
public final class ClassificationWriter {

    /** Problems of a batch's items are written by databind; nothing is flushed between the items of a batch. */
    private final ObjectMapper mapper = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();
    private final JsonFactory factory = mapper.getFactory();
    private final ExplanationWriter explanations;

    /** A writer whose explanations cite the service's catalogue ({@link ProvisionCatalogue#standard()}). */
    public ClassificationWriter() {
        this(new ExplanationWriter(new Citations(ProvisionCatalogue.standard())));
    }

    public ClassificationWriter(ExplanationWriter explanations) {
        this.explanations = explanations;
    }

    /** The result JSON (UTF-8) of one decision, explained in English. */
    public byte[] write(Classification classification, UUID decisionId, String rulesetVersion) {
        return write(classification, decisionId, rulesetVersion, Language.ENGLISH);
    }

    /** The result JSON (UTF-8) of one decision, explained in the language. */
    public byte[] write(Classification classification, UUID decisionId, String rulesetVersion, Language language) {
        return write(classification, decisionId, rulesetVersion, language, null);
    }

    /** The result JSON (UTF-8) of one decision with its counterfactuals (null: not requested). */
    public byte[] write(Classification classification, UUID decisionId, String rulesetVersion, Language language,
                        Counterfactuals.Result counterfactuals) {
        return write(classification, decisionId, rulesetVersion, language, counterfactuals, true);
    }

    /**
     * The result JSON (UTF-8) of one decision with its counterfactuals (null: not requested); without the
     * {@code explanation} property when {@code explained} is false ({@code ?explain=none}).
     */
    public byte[] write(Classification classification, UUID decisionId, String rulesetVersion, Language language,
                        Counterfactuals.Result counterfactuals, boolean explained) {
        Output bytes = new Output();
        try (JsonGenerator json = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
            write(json, classification, decisionId.toString(), rulesetVersion, language, counterfactuals, explained);
        } catch (IOException e) {
            throw new UncheckedIOException("the result could not be rendered", e);
        }
        return bytes.toByteArray();
    }

    /** The result JSON of a classification as {@link Classifier} made it. */
    byte[] write(Classifier.Classified classified) {
        return write(classified.classification(), classified.decisionId(), classified.rulesetVersion(),
                classified.asked().language(), classified.counterfactuals(), classified.asked().explanation());
    }

    /** The results of a batch, made one at a time as they are written. */
    interface BatchResults {
        /** The next item's answer, or null when there is none (or the rest is not wanted). */
        Classifier.Answer next();
    }

    /**
     * Writes a batch's answer, {@code {"results": [...]}}, to {@code output} as its results are made: item i as
     * {@code {"index": i, "status": 200, "classification": ...}} with the classification as {@link #write} writes it,
     * or {@code {"index": i, "status": 400, "problem": ...}} (ClassificationBatchResponse). Nothing but the
     * generator's buffer is held, so memory does not grow with the answer; the generator passes its buffer on each
     * time it fills. This is the batch's answer decided on one thread, item after item; the service decides on
     * several ({@link BatchAnswers}), to the same bytes, and the tests hold the two together.
     */
    void writeBatch(OutputStream output, BatchResults results) throws IOException {
        try (JsonGenerator json = factory.createGenerator(output)) {
            json.writeStartObject();
            arrayField(json, Names.RESULTS);
            int index = 0;
            for (Classifier.Answer answer = results.next(); answer != null; answer = results.next()) {
                writeItem(json, index++, answer);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** A generator writing UTF-8 to {@code output}, as the batch's; nothing is flushed until it fills or closes. */
    JsonGenerator generator(OutputStream output) throws IOException {
        return factory.createGenerator(output);
    }

    /**
     * One item of a batch's results, {@code {"index": i, "status": 200, "classification": ...}} or
     * {@code {"index": i, "status": 400, "problem": ...}}, as the next value of {@code json}.
     */
    void writeItem(JsonGenerator json, int index, Classifier.Answer answer) throws IOException {
        json.writeStartObject();
        field(json, Names.INDEX, index);
        switch (answer) {
            case Classifier.Classified c -> {
                field(json, Names.STATUS, 200);
                json.writeFieldName(Names.CLASSIFICATION);
                write(json, c.classification(), c.decisionId().toString(), c.rulesetVersion(),
                        c.asked().language(), c.counterfactuals(), c.asked().explanation());
            }
            case Classifier.Refused refused -> {
                Problem problem = refused.problem();
                field(json, Names.STATUS, problem.status());
                json.writeFieldName(Names.PROBLEM);
                mapper.writeValue(json, problem);
            }
        }
        json.writeEndObject();
    }

    /** The result object of one decision, written into {@code json}. */
    private void write(JsonGenerator json, Classification c, String decisionId, String rulesetVersion,
                       Language language, Counterfactuals.Result counterfactuals, boolean explained)
            throws IOException {
        Texts texts = Texts.of(json);
        try {
            write(json, texts, c, decisionId, rulesetVersion, language, counterfactuals, explained);
        } finally {
            texts.json = null;
        }
    }

    private void write(JsonGenerator json, Texts texts, Classification c, String decisionId, String rulesetVersion,
                       Language language, Counterfactuals.Result counterfactuals, boolean explained)
            throws IOException {
        json.writeStartObject();
        field(json, Names.REGIME, c.regime());
        enums(json, Names.SPECIAL_REGIMES, c.specialRegimes());
        field(json, Names.LIABILITY, c.liability());
        field(json, Names.RULE, c.rule());
        field(json, Names.JOINT, c.joint());
        field(json, Names.JOINT_SCOPE, c.jointScope());
        field(json, Names.CERTAINTY, c.certainty());
        arrayField(json, Names.CONTESTED);
        for (int i = 0; i < c.contested().size(); i++) {
            ContestedPoint point = c.contested().get(i);
            json.writeStartObject();
            field(json, Names.QUESTION, point.question());
            field(json, Names.SUBJECT, point.subject());
            json.writeFieldName(Names.DETAIL);
            explanations.contested(point, language, texts.start());
            texts.write();
            json.writeEndObject();
        }
        json.writeEndArray();
        arrayField(json, Names.ALTERNATIVES);
        for (int i = 0; i < c.alternatives().size(); i++) {
            alternative(json, c.alternatives().get(i));
        }
        json.writeEndArray();
        exploration(json, c.exploration(), counterfactuals);
        periods(json, Names.LIABLE_PERIODS, c.liablePeriods());
        instantField(json, Names.EXPANDED_FROM, c.expandedFrom());
        instantField(json, Names.EXPANDED_UNTIL, c.expandedUntil());
        periods(json, Names.EXPANDED_PERIODS, c.expandedPeriods());
        instantField(json, Names.KNOWLEDGE_FROM, c.knowledgeFrom());
        field(json, Names.EFFECTIVE_KNOWLEDGE, c.effectiveKnowledge());
        field(json, Names.SAFE_HARBOUR, c.safeHarbour());
        field(json, Names.NOTIFIER_LIABILITY, c.notifierLiability());
        arrayField(json, Names.NOTIFIER_LIABILITY_BY_NOTICE);
        for (int i = 0; i < c.notifierLiabilityByNotice().size(); i++) {
            NoticeNotifierLiability notice = c.notifierLiabilityByNotice().get(i);
            json.writeStartObject();
            field(json, Names.NOTICE, notice.notice());
            instantField(json, Names.RECEIVED_AT, notice.receivedAt());
            field(json, Names.REGIME, notice.regime());
            field(json, Names.LIABILITY, notice.liability());
            json.writeEndObject();
        }
        json.writeEndArray();
        field(json, Names.PAID_DELETION_AGREEMENT, c.paidDeletionAgreement());
        enums(json, Names.DUTY_BREACHES, c.dutyBreaches());
        instantField(json, Names.ACT_BY, c.actBy());
        instantField(json, Names.CLEARLY_LATE_AT, c.clearlyLateAt());
        enums(json, Names.LEGAL_BASIS, c.legalBasis());
        enums(json, Names.REASONS, c.reasons());
        enums(json, Names.REVIEW_FLAGS, c.reviewFlags());
        arrayField(json, Names.ASSUMPTIONS);
        for (int i = 0; i < c.assumptions().size(); i++) {
            Assumption assumption = c.assumptions().get(i);
            json.writeStartObject();
            field(json, Names.CODE, assumption.code());
            field(json, Names.VALUE, assumption.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (explained) {
            arrayField(json, Names.EXPLANATION);
            List<ExplanationStep> steps = c.explanation();
            Regime regime = ExplanationWriter.regime(steps);
            for (int i = 0; i < steps.size(); i++) {
                ExplanationStep step = steps.get(i);
                json.writeStartObject();
                field(json, Names.STEP, step.step());
                field(json, Names.REASON, step.reason());
                json.writeFieldName(Names.TEXT);
                explanations.text(step, language, regime, texts.start());
                texts.write();
                enums(json, Names.LEGAL_BASIS, step.legalBasis());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        field(json, Names.DECISION_ID, decisionId);
        field(json, Names.RULESET_VERSION, rulesetVersion);
        if (counterfactuals != null) {
            counterfactuals(json, counterfactuals.found());
        }
        json.writeEndObject();
    }

    private static void alternative(JsonGenerator json, Alternative alternative) throws IOException {
        json.writeStartObject();
        arrayField(json, Names.ASSUMING);
        for (int i = 0; i < alternative.assuming().size(); i++) {
            AssumedReading reading = alternative.assuming().get(i);
            json.writeStartObject();
            field(json, Names.QUESTION, reading.question());
            field(json, Names.SUBJECT, reading.subject());
            field(json, Names.READING, reading.reading());
            json.writeEndObject();
        }
        json.writeEndArray();
        Outcome outcome = alternative.outcome();
        objectField(json, Names.OUTCOME);
        field(json, Names.REGIME, outcome.regime());
        field(json, Names.LIABILITY, outcome.liability());
        field(json, Names.RULE, outcome.rule());
        field(json, Names.JOINT, outcome.joint());
        field(json, Names.JOINT_SCOPE, outcome.jointScope());
        periods(json, Names.LIABLE_PERIODS, outcome.liablePeriods());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void exploration(JsonGenerator json, Exploration e, Counterfactuals.Result counterfactuals)
            throws IOException {
        objectField(json, Names.EXPLORATION);
        objectField(json, Names.ALTERNATIVES);
        field(json, Names.COMPLETE, e.complete());
        field(json, Names.QUESTIONS_RAISED, e.questionsRaised());
        field(json, Names.QUESTIONS_EXPLORED, e.questionsExplored());
        field(json, Names.EVALUATIONS, e.evaluations());
        field(json, Names.CUT_BY, cut(e.cutBy()));
        json.writeEndObject();
        if (counterfactuals != null) {
            objectField(json, Names.COUNTERFACTUALS);
            field(json, Names.COMPLETE, counterfactuals.cutBy() == null);
            field(json, Names.CANDIDATES, counterfactuals.candidates());
            field(json, Names.EXPLORED, counterfactuals.explored());
            field(json, Names.CUT_BY, cut(counterfactuals.cutBy()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void counterfactuals(JsonGenerator json, List<Counterfactuals.Counterfactual> found) throws IOException {
        arrayField(json, Names.COUNTERFACTUALS);
        for (int i = 0; i < found.size(); i++) {
            Counterfactuals.Counterfactual counterfactual = found.get(i);
            json.writeStartObject();
            arrayField(json, Names.CHANGES);
            for (int j = 0; j < counterfactual.changes().size(); j++) {
                Counterfactuals.Operation operation = counterfactual.changes().get(j);
                json.writeStartObject();
                field(json, Names.OP, operation.op());
                field(json, Names.PATH, operation.path());
                if (operation.value() != null) {
                    json.writeFieldName(Names.VALUE);
                    mapper.writeTree(json, operation.value());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            Counterfactuals.Outcome outcome = counterfactual.outcome();
            objectField(json, Names.OUTCOME);
            field(json, Names.LIABILITY, outcome.liability());
            field(json, Names.RULE, outcome.rule());
            field(json, Names.JOINT, outcome.joint());
            field(json, Names.JOINT_SCOPE, outcome.jointScope());
            field(json, Names.REGIME, outcome.regime());
            json.writeEndObject();
            field(json, Names.EXPLANATION, counterfactual.explanation());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void enums(JsonGenerator json, SerializableString name, List<? extends Enum<?>> values) throws IOException {
        arrayField(json, name);
        for (int i = 0; i < values.size(); i++) {
            json.writeString(Names.constant(values.get(i)));
        }
        json.writeEndArray();
    }

    private static void periods(JsonGenerator json, SerializableString name, List<LiablePeriod> periods) throws IOException {
        arrayField(json, name);
        for (int i = 0; i < periods.size(); i++) {
            LiablePeriod period = periods.get(i);
            json.writeStartObject();
            instantField(json, Names.FROM, period.from());
            instantField(json, Names.UNTIL, period.until());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void instantField(JsonGenerator json, SerializableString name, Instant instant) throws IOException {
        field(json, name, instant(instant));
    }

    private static void field(JsonGenerator json, SerializableString name, String value) throws IOException {
        json.writeFieldName(name);
        json.writeString(value);
    }

    private static void field(JsonGenerator json, SerializableString name, Enum<?> value) throws IOException {
        json.writeFieldName(name);
        json.writeString(Names.constant(value));
    }

    private static void field(JsonGenerator json, SerializableString name, boolean value) throws IOException {
        json.writeFieldName(name);
        json.writeBoolean(value);
    }

    private static void field(JsonGenerator json, SerializableString name, int value) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(value);
    }

    private static void arrayField(JsonGenerator json, SerializableString name) throws IOException {
        json.writeFieldName(name);
        json.writeStartArray();
    }

    private static void objectField(JsonGenerator json, SerializableString name) throws IOException {
        json.writeFieldName(name);
        json.writeStartObject();
    }

    /**
     * The bytes of one answer: the generator hands its buffer over when it fills and when it closes (once, for an
     * answer within its 8,000 bytes), and the first hand-over is kept as the answer itself, so that an answer is one
     * array of its own length (a growing builder and its final copy were a third of the bytes the writing allocated).
     */
    private static final class Output extends OutputStream {
        private byte[] bytes = new byte[0];
        private int length;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] source, int offset, int count) {
            if (length + count > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(length + count, bytes.length * 2));
            }
            System.arraycopy(source, offset, bytes, length, count);
            length += count;
        }

        byte[] toByteArray() {
            return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        }
    }

    /**
     * The texts of one answer, each made in one builder and written from one character buffer, so that no text
     * becomes a string of its own. Both are kept per thread (an event loop or a worker writes one answer at a time)
     * and reused for every text of every answer the thread writes; one that grew past {@value #KEPT} characters for an
     * unusually long text is not kept.
     */
    private static final class Texts {
        private static final int KEPT = 16 * 1024;
        private static final ThreadLocal<Texts> OF_THREAD = ThreadLocal.withInitial(Texts::new);

        private final StringBuilder text = new StringBuilder(1024);
        private char[] chars = new char[1024];
        private JsonGenerator json;

        /** The texts of the thread, writing into {@code json} until the answer is written. */
        static Texts of(JsonGenerator json) {
            Texts texts = OF_THREAD.get();
            if (texts.text.capacity() > KEPT || texts.chars.length > KEPT) {
                texts = new Texts();
                OF_THREAD.set(texts);
            }
            texts.json = json;
            return texts;
        }

        /** The builder, emptied for the next text. */
        StringBuilder start() {
            text.setLength(0);
            return text;
        }

        /** Writes the text made since {@link #start()} as a JSON string. */
        void write() throws IOException {
            int length = text.length();
            if (chars.length < length) {
                chars = new char[Math.max(length, chars.length * 2)];
            }
            text.getChars(0, length, chars, 0);
            json.writeString(chars, 0, length);
        }
    }

    /**
     * The result's property names and enum constants, each encoded once, as the quoted UTF-8 bytes the generator
     * copies into its buffer, instead of being checked for characters to escape and encoded again in every answer
     * (writing an answer takes 15 % less CPU time so: bench/README.md, "Seventh session").
     */
    static final class Names {
        static final SerializedString REGIME = new SerializedString("regime");
        static final SerializedString LIABILITY = new SerializedString("liability");
        static final SerializedString RULE = new SerializedString("rule");
        static final SerializedString JOINT_SCOPE = new SerializedString("jointScope");
        static final SerializedString CERTAINTY = new SerializedString("certainty");
        static final SerializedString QUESTION = new SerializedString("question");
        static final SerializedString EFFECTIVE_KNOWLEDGE = new SerializedString("effectiveKnowledge");
        static final SerializedString SAFE_HARBOUR = new SerializedString("safeHarbour");
        static final SerializedString NOTIFIER_LIABILITY = new SerializedString("notifierLiability");
        static final SerializedString PAID_DELETION_AGREEMENT = new SerializedString("paidDeletionAgreement");
        static final SerializedString CODE = new SerializedString("code");
        static final SerializedString STEP = new SerializedString("step");
        static final SerializedString REASON = new SerializedString("reason");
        static final SerializedString READING = new SerializedString("reading");
        static final SerializedString SUBJECT = new SerializedString("subject");
        static final SerializedString VALUE = new SerializedString("value");
        static final SerializedString DECISION_ID = new SerializedString("decisionId");
        static final SerializedString RULESET_VERSION = new SerializedString("rulesetVersion");
        static final SerializedString CUT_BY = new SerializedString("cutBy");
        static final SerializedString OP = new SerializedString("op");
        static final SerializedString PATH = new SerializedString("path");
        static final SerializedString EXPLANATION = new SerializedString("explanation");
        static final SerializedString JOINT = new SerializedString("joint");
        static final SerializedString COMPLETE = new SerializedString("complete");
        static final SerializedString INDEX = new SerializedString("index");
        static final SerializedString STATUS = new SerializedString("status");
        static final SerializedString NOTICE = new SerializedString("notice");
        static final SerializedString QUESTIONS_RAISED = new SerializedString("questionsRaised");
        static final SerializedString QUESTIONS_EXPLORED = new SerializedString("questionsExplored");
        static final SerializedString EVALUATIONS = new SerializedString("evaluations");
        static final SerializedString CANDIDATES = new SerializedString("candidates");
        static final SerializedString EXPLORED = new SerializedString("explored");
        static final SerializedString RESULTS = new SerializedString("results");
        static final SerializedString CONTESTED = new SerializedString("contested");
        static final SerializedString ALTERNATIVES = new SerializedString("alternatives");
        static final SerializedString NOTIFIER_LIABILITY_BY_NOTICE = new SerializedString("notifierLiabilityByNotice");
        static final SerializedString ASSUMPTIONS = new SerializedString("assumptions");
        static final SerializedString ASSUMING = new SerializedString("assuming");
        static final SerializedString COUNTERFACTUALS = new SerializedString("counterfactuals");
        static final SerializedString CHANGES = new SerializedString("changes");
        static final SerializedString OUTCOME = new SerializedString("outcome");
        static final SerializedString EXPLORATION = new SerializedString("exploration");
        static final SerializedString CLASSIFICATION = new SerializedString("classification");
        static final SerializedString PROBLEM = new SerializedString("problem");
        static final SerializedString DETAIL = new SerializedString("detail");
        static final SerializedString TEXT = new SerializedString("text");
        static final SerializedString SPECIAL_REGIMES = new SerializedString("specialRegimes");
        static final SerializedString LIABLE_PERIODS = new SerializedString("liablePeriods");
        static final SerializedString EXPANDED_FROM = new SerializedString("expandedFrom");
        static final SerializedString EXPANDED_UNTIL = new SerializedString("expandedUntil");
        static final SerializedString EXPANDED_PERIODS = new SerializedString("expandedPeriods");
        static final SerializedString KNOWLEDGE_FROM = new SerializedString("knowledgeFrom");
        static final SerializedString RECEIVED_AT = new SerializedString("receivedAt");
        static final SerializedString DUTY_BREACHES = new SerializedString("dutyBreaches");
        static final SerializedString ACT_BY = new SerializedString("actBy");
        static final SerializedString CLEARLY_LATE_AT = new SerializedString("clearlyLateAt");
        static final SerializedString LEGAL_BASIS = new SerializedString("legalBasis");
        static final SerializedString REASONS = new SerializedString("reasons");
        static final SerializedString REVIEW_FLAGS = new SerializedString("reviewFlags");
        static final SerializedString FROM = new SerializedString("from");
        static final SerializedString UNTIL = new SerializedString("until");

        /** Each enum's constants by ordinal, encoded on first use. */
        private static final ClassValue<SerializedString[]> CONSTANTS = new ClassValue<>() {
            @Override
            protected SerializedString[] computeValue(Class<?> type) {
                Object[] constants = type.getEnumConstants();
                SerializedString[] encoded = new SerializedString[constants.length];
                for (int i = 0; i < constants.length; i++) {
                    encoded[i] = new SerializedString(((Enum<?>) constants[i]).name());
                }
                return encoded;
            }
        };

        private Names() {
        }

        /** The constant's name, as the API writes it. */
        static SerializableString constant(Enum<?> value) {
            return CONSTANTS.get(value.getDeclaringClass())[value.ordinal()];
        }
    }

    /** A cut as the API names it (the engine's CLIENT_GONE never reaches an answer: nobody reads it). */
    private static String cut(Budget.Cut cut) {
        return cut == null ? null : cut.name();
    }

    /**
     * An instant as the API renders it: ISO-8601 at +08:00 to the whole second, never a fraction, e.g.
     * 2022-04-02T15:00:00+08:00.
     */
    public static String instant(Instant instant) {
        return instant == null ? null : Moment.render(instant);
    }
}
