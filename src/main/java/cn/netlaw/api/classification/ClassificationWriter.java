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
            json.writeArrayFieldStart("results");
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
        json.writeNumberField("index", index);
        switch (answer) {
            case Classifier.Classified c -> {
                json.writeNumberField("status", 200);
                json.writeFieldName("classification");
                write(json, c.classification(), c.decisionId().toString(), c.rulesetVersion(),
                        c.asked().language(), c.counterfactuals(), c.asked().explanation());
            }
            case Classifier.Refused refused -> {
                Problem problem = refused.problem();
                json.writeNumberField("status", problem.status());
                json.writeFieldName("problem");
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
        json.writeStringField("regime", c.regime().name());
        enums(json, "specialRegimes", c.specialRegimes());
        json.writeStringField("liability", c.liability().name());
        json.writeStringField("rule", c.rule().name());
        json.writeBooleanField("joint", c.joint());
        json.writeStringField("jointScope", c.jointScope().name());
        json.writeStringField("certainty", c.certainty().name());
        json.writeArrayFieldStart("contested");
        for (int i = 0; i < c.contested().size(); i++) {
            ContestedPoint point = c.contested().get(i);
            json.writeStartObject();
            json.writeStringField("question", point.question().name());
            json.writeStringField("subject", point.subject());
            json.writeFieldName("detail");
            explanations.contested(point, language, texts.start());
            texts.write();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("alternatives");
        for (int i = 0; i < c.alternatives().size(); i++) {
            alternative(json, c.alternatives().get(i));
        }
        json.writeEndArray();
        exploration(json, c.exploration(), counterfactuals);
        periods(json, "liablePeriods", c.liablePeriods());
        instantField(json, "expandedFrom", c.expandedFrom());
        instantField(json, "expandedUntil", c.expandedUntil());
        periods(json, "expandedPeriods", c.expandedPeriods());
        instantField(json, "knowledgeFrom", c.knowledgeFrom());
        json.writeStringField("effectiveKnowledge", c.effectiveKnowledge().name());
        json.writeStringField("safeHarbour", c.safeHarbour().name());
        json.writeStringField("notifierLiability", c.notifierLiability().name());
        json.writeArrayFieldStart("notifierLiabilityByNotice");
        for (int i = 0; i < c.notifierLiabilityByNotice().size(); i++) {
            NoticeNotifierLiability notice = c.notifierLiabilityByNotice().get(i);
            json.writeStartObject();
            json.writeNumberField("notice", notice.notice());
            instantField(json, "receivedAt", notice.receivedAt());
            json.writeStringField("regime", notice.regime().name());
            json.writeStringField("liability", notice.liability().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("paidDeletionAgreement", c.paidDeletionAgreement().name());
        enums(json, "dutyBreaches", c.dutyBreaches());
        instantField(json, "actBy", c.actBy());
        instantField(json, "clearlyLateAt", c.clearlyLateAt());
        enums(json, "legalBasis", c.legalBasis());
        enums(json, "reasons", c.reasons());
        enums(json, "reviewFlags", c.reviewFlags());
        json.writeArrayFieldStart("assumptions");
        for (int i = 0; i < c.assumptions().size(); i++) {
            Assumption assumption = c.assumptions().get(i);
            json.writeStartObject();
            json.writeStringField("code", assumption.code().name());
            json.writeStringField("value", assumption.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (explained) {
            json.writeArrayFieldStart("explanation");
            List<ExplanationStep> steps = c.explanation();
            Regime regime = ExplanationWriter.regime(steps);
            for (int i = 0; i < steps.size(); i++) {
                ExplanationStep step = steps.get(i);
                json.writeStartObject();
                json.writeStringField("step", step.step().name());
                json.writeStringField("reason", step.reason().name());
                json.writeFieldName("text");
                explanations.text(step, language, regime, texts.start());
                texts.write();
                enums(json, "legalBasis", step.legalBasis());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeStringField("decisionId", decisionId);
        json.writeStringField("rulesetVersion", rulesetVersion);
        if (counterfactuals != null) {
            counterfactuals(json, counterfactuals.found());
        }
        json.writeEndObject();
    }

    private static void alternative(JsonGenerator json, Alternative alternative) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("assuming");
        for (int i = 0; i < alternative.assuming().size(); i++) {
            AssumedReading reading = alternative.assuming().get(i);
            json.writeStartObject();
            json.writeStringField("question", reading.question().name());
            json.writeStringField("subject", reading.subject());
            json.writeStringField("reading", reading.reading().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        Outcome outcome = alternative.outcome();
        json.writeObjectFieldStart("outcome");
        json.writeStringField("regime", outcome.regime().name());
        json.writeStringField("liability", outcome.liability().name());
        json.writeStringField("rule", outcome.rule().name());
        json.writeBooleanField("joint", outcome.joint());
        json.writeStringField("jointScope", outcome.jointScope().name());
        periods(json, "liablePeriods", outcome.liablePeriods());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void exploration(JsonGenerator json, Exploration e, Counterfactuals.Result counterfactuals)
            throws IOException {
        json.writeObjectFieldStart("exploration");
        json.writeObjectFieldStart("alternatives");
        json.writeBooleanField("complete", e.complete());
        json.writeNumberField("questionsRaised", e.questionsRaised());
        json.writeNumberField("questionsExplored", e.questionsExplored());
        json.writeNumberField("evaluations", e.evaluations());
        json.writeStringField("cutBy", cut(e.cutBy()));
        json.writeEndObject();
        if (counterfactuals != null) {
            json.writeObjectFieldStart("counterfactuals");
            json.writeBooleanField("complete", counterfactuals.cutBy() == null);
            json.writeNumberField("candidates", counterfactuals.candidates());
            json.writeNumberField("explored", counterfactuals.explored());
            json.writeStringField("cutBy", cut(counterfactuals.cutBy()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void counterfactuals(JsonGenerator json, List<Counterfactuals.Counterfactual> found) throws IOException {
        json.writeArrayFieldStart("counterfactuals");
        for (int i = 0; i < found.size(); i++) {
            Counterfactuals.Counterfactual counterfactual = found.get(i);
            json.writeStartObject();
            json.writeArrayFieldStart("changes");
            for (int j = 0; j < counterfactual.changes().size(); j++) {
                Counterfactuals.Operation operation = counterfactual.changes().get(j);
                json.writeStartObject();
                json.writeStringField("op", operation.op());
                json.writeStringField("path", operation.path());
                if (operation.value() != null) {
                    json.writeFieldName("value");
                    mapper.writeTree(json, operation.value());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            Counterfactuals.Outcome outcome = counterfactual.outcome();
            json.writeObjectFieldStart("outcome");
            json.writeStringField("liability", outcome.liability().name());
            json.writeStringField("rule", outcome.rule().name());
            json.writeBooleanField("joint", outcome.joint());
            json.writeStringField("jointScope", outcome.jointScope().name());
            json.writeStringField("regime", outcome.regime().name());
            json.writeEndObject();
            json.writeStringField("explanation", counterfactual.explanation());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void enums(JsonGenerator json, String name, List<? extends Enum<?>> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (int i = 0; i < values.size(); i++) {
            json.writeString(values.get(i).name());
        }
        json.writeEndArray();
    }

    private static void periods(JsonGenerator json, String name, List<LiablePeriod> periods) throws IOException {
        json.writeArrayFieldStart(name);
        for (int i = 0; i < periods.size(); i++) {
            LiablePeriod period = periods.get(i);
            json.writeStartObject();
            instantField(json, "from", period.from());
            instantField(json, "until", period.until());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void instantField(JsonGenerator json, String name, Instant instant) throws IOException {
        json.writeStringField(name, instant(instant));
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
