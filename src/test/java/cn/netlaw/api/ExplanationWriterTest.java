package cn.netlaw.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.netlaw.generative.CaseGenerator;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.ExplanationStep;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Provision;
import cn.netlaw.liability.Reason;
import cn.netlaw.liability.Step;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The explanation texts, without a container: every reason has its template in both bundles, every template reads
 * with the facts the engine gives, and no text of any public scenario or generated case is left with a placeholder.
 */
class ExplanationWriterTest {

    private static final ExplanationWriter WRITER = new ExplanationWriter(new Citations(ProvisionCatalogue.standard()));
    private static final CaseReader READER = new CaseReader();
    /** The names of the facts the engine gives ({@code because(…)} and {@code pending(…)}), and {@code articles}. */
    private static final Set<String> FACTS = Set.of("notice", "receivedAt", "hours", "deadline", "performed",
            "stateEnd", "knowledgeFrom", "periodEnd", "restoredAt", "role", "knowledge", "actRegime", "rightType",
            "days", "years", "interpretation", "duty", "forwardedAt", "counterNoticeReceivedAt", "conductDate",
            "measuresTakenAt", "from", "until", "periods", "articles");
    /** What a text must never show: a placeholder, the template syntax, or a raw path or instant of the request. */
    private static final Pattern UNFILLED = Pattern.compile("[{}\\[\\]|]|noticeHistory|\\d{4}-\\d{2}-\\d{2}T");
    private static final long SEED = 20220402L;
    private static final int GENERATED = 3000;

    @ParameterizedTest(name = "{0} has a template in English and in Chinese")
    @EnumSource(Reason.class)
    void every_reason_has_a_template_in_both_languages(Reason reason) {
        assertThat(ExplanationWriter.hasTemplate(reason, Language.ENGLISH)).as("English template of %s", reason).isTrue();
        assertThat(ExplanationWriter.hasTemplate(reason, Language.CHINESE)).as("Chinese template of %s", reason).isTrue();
    }

    @ParameterizedTest(name = "the templates of {0} name only facts the engine gives, the same in both languages")
    @EnumSource(Reason.class)
    void both_templates_of_a_reason_use_the_same_known_facts_and_cite_the_articles(Reason reason) {
        Set<String> english = placeholders(Language.ENGLISH, reason);
        Set<String> chinese = placeholders(Language.CHINESE, reason);
        assertThat(english).as("facts of the English template of %s", reason).isSubsetOf(FACTS).contains("articles");
        assertThat(chinese).as("facts of the Chinese template of %s", reason).isEqualTo(english);
    }

    @Test
    void a_late_notice_reads_as_a_legal_memo_in_chinese_and_in_english() {
        ExplanationStep late = new ExplanationStep(Step.NOTICE_RULE, Reason.NOTICE_NOT_ACTED_ON_IN_TIME,
                facts("notice", "noticeHistory[0]", "receivedAt", "2022-04-02T09:00:00+08:00", "hours", "24",
                        "deadline", "2022-04-03T09:00:00+08:00"),
                List.of(Provision.CIVIL_CODE_1195_2));
        assertThat(WRITER.text(late, Language.CHINESE)).isEqualTo("网络服务提供者于2022年4月2日 09:00接到第1份通知后，"
                + "未在24小时内采取必要措施（期限届满：2022年4月3日 09:00），至今未采取措施；依据《民法典》第一千一百九十五条第二款，"
                + "自期限届满时起，其属于未及时采取必要措施。");
        assertThat(WRITER.text(late, Language.ENGLISH)).isEqualTo("The provider received notice 1 on 2 April 2022 09:00 "
                + "(+08:00) and did not take the necessary measures within 24 hours (deadline 3 April 2022 09:00 (+08:00)); "
                + "it has taken none; from the deadline it stands as a provider that has not taken the necessary measures "
                + "in time (Civil Code Art. 1195(2)).");
    }

    @Test
    void an_instant_from_the_engine_reads_as_the_same_instant_given_as_text() {
        Map<String, Object> instants = new LinkedHashMap<>();
        instants.put("notice", "noticeHistory[0]");
        instants.put("receivedAt", java.time.Instant.parse("2022-04-02T01:00:00Z"));
        instants.put("hours", "24");
        instants.put("deadline", java.time.Instant.parse("2022-04-03T01:00:00.5Z"));
        ExplanationStep fromEngine = new ExplanationStep(Step.NOTICE_RULE, Reason.NOTICE_NOT_ACTED_ON_IN_TIME,
                instants, List.of(Provision.CIVIL_CODE_1195_2));
        ExplanationStep asText = new ExplanationStep(Step.NOTICE_RULE, Reason.NOTICE_NOT_ACTED_ON_IN_TIME,
                facts("notice", "noticeHistory[0]", "receivedAt", "2022-04-02T09:00:00+08:00", "hours", "24",
                        "deadline", "2022-04-03T09:00:00.5+08:00"),
                List.of(Provision.CIVIL_CODE_1195_2));
        for (Language language : Language.values()) {
            assertThat(WRITER.text(fromEngine, language)).isEqualTo(WRITER.text(asText, language))
                    .contains(language == Language.CHINESE ? "2022年4月2日 09:00" : "2 April 2022 09:00 (+08:00)");
        }
        ExplanationStep conduct = new ExplanationStep(Step.FINALLY, Reason.TRANSITIONAL_ARTICLE_APPLIED,
                Map.of("conductDate", java.time.Instant.parse("2012-03-31T16:00:00Z"), "interpretation", "SPC_NDR"),
                List.of(Provision.SPC_NDR_16));
        assertThat(WRITER.text(conduct, Language.ENGLISH)).startsWith("The conduct began on 1 April 2012, before");
    }

    @Test
    void a_measure_taken_late_is_named_with_its_date_and_an_instant_in_another_offset_is_written_at_plus_eight() {
        ExplanationStep late = new ExplanationStep(Step.NOTICE_RULE, Reason.NOTICE_NOT_ACTED_ON_IN_TIME,
                facts("notice", "noticeHistory[1]", "receivedAt", "2022-04-02T01:00:00Z", "hours", "24",
                        "deadline", "2022-04-03T09:00:00+08:00", "performed", "2022-04-05T15:30:00+08:00"),
                List.of());
        assertThat(WRITER.text(late, Language.CHINESE)).isEqualTo("网络服务提供者于2022年4月2日 09:00接到第2份通知后，"
                + "未在24小时内采取必要措施（期限届满：2022年4月3日 09:00），迟至2022年4月5日 15:30方才采取措施；"
                + "自期限届满时起，其属于未及时采取必要措施。");
        assertThat(WRITER.text(late, Language.ENGLISH)).contains("notice 2 on 2 April 2022 09:00 (+08:00)",
                "it acted only on 5 April 2022 15:30 (+08:00)").doesNotContain("(Civil Code");
    }

    @Test
    void closed_vocabularies_and_the_conduct_date_are_written_in_words() {
        ExplanationStep harbour = new ExplanationStep(Step.NO_LIABILITY, Reason.SAFE_HARBOUR_CONDITIONS_MET,
                facts("role", "STORAGE"), List.of(Provision.REG_22));
        assertThat(WRITER.text(harbour, Language.CHINESE)).isEqualTo(
                "网络服务提供者（提供信息存储空间服务）符合《信息网络传播权保护条例》为该类服务规定的全部免责条件；"
                        + "依据《信息网络传播权保护条例》第二十二条，其不承担赔偿责任。");
        ExplanationStep transitional = new ExplanationStep(Step.FINALLY, Reason.TRANSITIONAL_ARTICLE_APPLIED,
                facts("conductDate", "2012-04-01T00:00:00+08:00", "interpretation", "SPC_NDR"),
                List.of(Provision.SPC_NDR_16));
        assertThat(WRITER.text(transitional, Language.ENGLISH)).isEqualTo("The conduct began on 1 April 2012, before "
                + "the SPC NDR Provisions took effect; those provisions apply to every case not finally decided when they "
                + "took effect, and so to this one (SPC NDR Provisions Art. 16).");
        assertThat(WRITER.text(transitional, Language.CHINESE)).startsWith("侵权行为始于2012年4月1日，早于《最高人民法院关于"
                + "审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定》施行之日；依据《最高人民法院关于审理侵害信息网络传播权"
                + "民事纠纷案件适用法律若干问题的规定》第十六条，");
    }

    @Test
    void one_template_reads_for_each_step_that_gives_the_reason_by_the_facts_it_gives() {
        ExplanationStep forwarding = new ExplanationStep(Step.DUTIES_TOWARD_USER, Reason.DEADLINE_PENDING,
                facts("notice", "noticeHistory[0]", "duty", "forwarding", "deadline", "2025-07-01T11:00:00+08:00"),
                List.of());
        ExplanationStep knowledge = new ExplanationStep(Step.KNOWLEDGE_RULE, Reason.DEADLINE_PENDING,
                facts("knowledgeFrom", "2025-06-30T10:00:00+08:00", "hours", "24", "deadline",
                        "2025-07-01T10:00:00+08:00"), List.of());
        assertThat(WRITER.text(forwarding, Language.CHINESE))
                .startsWith("网络服务提供者应于2025年7月1日 11:00前将通知转送相关网络用户（第1份通知）");
        assertThat(WRITER.text(knowledge, Language.ENGLISH)).startsWith("The provider knew or should have known of the "
                + "infringement from 30 June 2025 10:00 (+08:00) and must take the necessary measures within 24 hours");
    }

    @Test
    void a_template_chooses_the_first_alternative_whose_facts_are_given_and_may_nest_them() {
        ExplanationWriter.Template template = ExplanationWriter.Template.parse(
                "A[ b {x}[ c {y}]|d {z}| e]. [{w}|]f [unmatched {x}");
        assertThat(template.render(Map.of("x", "1", "y", "2"))).isEqualTo("A b 1 c 2. f [unmatched 1");
        assertThat(template.render(Map.of("x", "1"))).isEqualTo("A b 1. f [unmatched 1");
        assertThat(template.render(Map.of("z", "3"))).isEqualTo("Ad 3. f [unmatched {x}");
        assertThat(template.render(Map.of())).isEqualTo("A e. f [unmatched {x}");
    }

    @Test
    void no_placeholder_is_left_unfilled_in_any_public_scenario_in_either_language() throws IOException {
        JsonNode file = publicScenarios();
        Instant evaluationClock = OffsetDateTime.parse(file.path("evaluationClock").asText()).toInstant();
        int explained = 0;
        for (JsonNode scenario : file.path("cases")) {
            Instant clock = scenario.hasNonNull("clock") ? OffsetDateTime.parse(scenario.get("clock").asText()).toInstant()
                    : evaluationClock;
            Classification classification = classify(scenario.path("input"), clock);
            if (classification == null) {
                continue; // V01–V11: rejected, nothing to explain
            }
            assertThat(classification.explanation()).as(scenario.path("id").asText()).isNotEmpty();
            assertFilled(scenario.path("id").asText(), classification);
            explained++;
        }
        assertThat(explained).isGreaterThanOrEqualTo(105);
    }

    @Test
    void no_placeholder_is_left_unfilled_in_generated_cases_in_either_language() {
        CaseGenerator generator = new CaseGenerator(SEED);
        for (int i = 0; i < GENERATED; i++) {
            JsonNode request = generator.next();
            Classification classification = classify(request, CaseGenerator.CLOCK);
            if (classification != null) {
                assertFilled("generated case " + i + " (seed " + SEED + "): " + request, classification);
            }
        }
    }

    private static void assertFilled(String name, Classification classification) {
        for (Language language : Language.values()) {
            for (ClassificationResponse.ExplanationEntry entry : WRITER.write(classification.explanation(), language)) {
                if (UNFILLED.matcher(entry.text()).find()) {
                    fail("%s, %s, %s/%s: the text keeps a placeholder or raw value: %s", name, language, entry.step(),
                            entry.reason(), entry.text());
                }
                if (language == Language.CHINESE && entry.text().matches(".*[A-Za-z]{3,}.*")) {
                    fail("%s, %s/%s: the Chinese text contains English: %s", name, entry.step(), entry.reason(),
                            entry.text());
                }
            }
        }
    }

    private static Classification classify(JsonNode request, Instant clock) {
        if (READER.read(request) instanceof CaseReader.Facts facts
                && new LiabilityEngine(Policy.defaults(), Clock.fixed(clock, ZoneOffset.ofHours(8)))
                        .evaluate(facts.facts()) instanceof Classification classification) {
            return classification;
        }
        return null;
    }

    private static JsonNode publicScenarios() throws IOException {
        try (InputStream in = ExplanationWriterTest.class.getResourceAsStream("/scenarios/cases-public.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<String> placeholders(Language language, Reason reason) {
        Set<String> names = new TreeSet<>();
        collect(ExplanationWriter.Template.parse(language.messages().getString(reason.name())), names);
        return names;
    }

    private static void collect(ExplanationWriter.Template template, Set<String> names) {
        for (ExplanationWriter.Template.Part part : template.parts()) {
            switch (part) {
                case ExplanationWriter.Template.Placeholder placeholder -> names.add(placeholder.name());
                case ExplanationWriter.Template.Choice choice -> choice.alternatives().forEach(a -> collect(a, names));
                case ExplanationWriter.Template.Text text -> {
                }
            }
        }
    }

    private static Map<String, Object> facts(String... namesAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            facts.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return facts;
    }
}
