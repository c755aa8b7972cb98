package cn.netlaw.api.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.netlaw.api.classification.CaseReader;
import cn.netlaw.api.provisions.ProvisionCatalogue;
import cn.netlaw.generative.CaseGenerator;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.ContestedPoint;
import cn.netlaw.liability.ContestedQuestion;
import cn.netlaw.liability.ExplanationStep;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Provision;
import cn.netlaw.liability.Reason;
import cn.netlaw.liability.Step;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The explanation texts, without a container: every reason and every contested question has its template in both
 * bundles, every template reads with the facts the engine gives, no text of any public scenario or generated case is
 * left with a placeholder, and the texts keep the house rules of docs/procedure.md#explanation-texts: no timeliness
 * bound stated as law, notice- and knowledge-rule conclusions labelled contributory infringement (构成帮助侵权), no "knew or
 * should have known … without fault", no infringement named where the content does not infringe, and no code, field
 * name or machine timestamp in a Chinese text.
 */
class ExplanationWriterTest {

    private static final ExplanationWriter WRITER = new ExplanationWriter(new Citations(ProvisionCatalogue.standard()));
    private static final CaseReader READER = new CaseReader();
    /** The names of the facts the engine gives ({@code because(…)} and {@code pending(…)}), and {@code articles}. */
    private static final Set<String> FACTS = Set.of("raised", "explored", "cutBy", "notice", "receivedAt", "deadline", "lateDeadline", "performed",
            "stateEnd", "knowledgeFrom", "periodEnd", "restoredAt", "complainedAt", "role", "knowledge", "actRegime",
            "rightType", "days", "years", "interpretation", "duty", "basis", "forwardedAt", "counterNoticeReceivedAt",
            "conductDate", "measuresTakenAt", "reappearedAt", "asOf", "from", "until", "periods", "articles", "question",
            "subject", "reading", "otherLiability", "otherRule", "otherScope");
    /** The names of the facts of contested questions ({@code d.raise(…)} and {@code new Question(…)}). */
    private static final Set<String> CONTESTED_FACTS = Set.of("notice", "receivedAt", "prompt", "late", "performed",
            "met", "forwardedAt", "measuresTakenAt", "warnedAt", "reappearedAt", "kind");
    /** Notice- and knowledge-rule conclusions of liability (and the unlawful restorations, events of 9.4). */
    private static final Set<Reason> LIABILITY_CONCLUSIONS = EnumSet.of(Reason.NOTICE_NOT_ACTED_ON_IN_TIME,
            Reason.KNOWLEDGE_NOT_ACTED_ON_IN_TIME, Reason.LIABLE_FOR_ENLARGED_DAMAGE, Reason.LIABLE_SINCE_KNOWLEDGE,
            Reason.RESTORED_WITHOUT_VALID_COUNTER_NOTICE, Reason.RESTORED_NO_COUNTER_NOTICE_RULE_PRE_2021,
            Reason.RESTORED_COUNTER_NOTICE_NOT_FORWARDED, Reason.RESTORED_DESPITE_COMPLAINT_OR_SUIT,
            Reason.RESTORED_BEFORE_REASONABLE_PERIOD_ENDED);
    /** The findings that judge a duty against its band: they name the default and the factors courts weigh. */
    private static final Set<Reason> TIMELINESS_FINDINGS = EnumSet.of(Reason.NOTICE_ACTED_ON_IN_TIME,
            Reason.NOTICE_NOT_ACTED_ON_IN_TIME, Reason.KNOWLEDGE_BUT_TIMELY_MEASURES,
            Reason.KNOWLEDGE_NOT_ACTED_ON_IN_TIME, Reason.DEADLINE_PENDING);
    /** A placeholder of a template, removed before a template's words are checked. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern ENUM_LIKE = Pattern.compile("[A-Z_]{3,}");
    private static final Pattern FIELD_NAME = Pattern.compile("(?<![A-Za-z])[a-z]+[A-Z][A-Za-z]*");
    private static final Pattern MACHINE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern HOURS = Pattern.compile("\\d+(\\.\\d+)?\\s*(小时|hours?\\b)|\\{hours}");
    /** Words for an infringement, which a text that can be read when the content does not infringe must not use. */
    private static final Pattern INFRINGEMENT_NAMED = Pattern.compile("侵权行为|侵权内容|侵权信息|侵权状态|"
            + "infringing conduct|infringing state|infringing content|the infringement\\b");
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

    @ParameterizedTest(name = "contested question {0} has a detail template in English and in Chinese")
    @EnumSource(ContestedQuestion.class)
    void every_contested_question_has_a_detail_template_in_both_languages_with_the_same_known_facts(
            ContestedQuestion question) {
        String key = "contested." + question.name();
        assertThat(Language.ENGLISH.messages().containsKey(key)).as("English %s", key).isTrue();
        assertThat(Language.CHINESE.messages().containsKey(key)).as("Chinese %s", key).isTrue();
        Set<String> english = placeholders(Language.ENGLISH, key);
        assertThat(english).as("facts of the English %s", key).isSubsetOf(CONTESTED_FACTS).isNotEmpty();
        assertThat(placeholders(Language.CHINESE, key)).as("facts of the Chinese %s", key).isEqualTo(english);
    }

    @Test
    void a_late_notice_reads_as_a_legal_memo_that_names_the_default_and_the_factors_in_chinese_and_in_english() {
        ExplanationStep late = new ExplanationStep(Step.NOTICE_RULE, Reason.NOTICE_NOT_ACTED_ON_IN_TIME,
                facts("notice", "noticeHistory[0]", "receivedAt", "2022-04-02T09:00:00+08:00",
                        "deadline", "2022-04-03T09:00:00+08:00", "lateDeadline", "2022-04-05T09:00:00+08:00"),
                List.of(Provision.CIVIL_CODE_1195_2));
        assertThat(WRITER.text(late, Language.CHINESE)).isEqualTo("网络服务提供者于2022年4月2日 09:00接到第1份通知后，"
                + "未在服务默认的合理期限内（2022年4月3日 09:00届满）采取必要措施，至2022年4月5日 09:00仍未采取，迟延已无争议；"
                + "至今未采取措施。该默认期限系本服务的设定而非法定期限，法律、司法解释未规定具体时限，是否及时由法院根据通知的"
                + "形式和准确程度、采取措施的难易程度、网络服务的类型和性质、所涉作品的类型、知名度和数量以及侵害权益的类型和程度"
                + "等因素综合判断。网络服务提供者接到通知后未及时采取必要措施，构成帮助侵权，依据《民法典》第一千一百九十五条第二款，"
                + "应当对损害的扩大部分与该网络用户承担连带责任。");
        assertThat(WRITER.text(late, Language.ENGLISH)).isEqualTo("The provider received notice 1 on 2 April 2022 09:00 "
                + "(+08:00) and did not take the necessary measures within the service's default reasonable period, which "
                + "ended on 3 April 2022 09:00 (+08:00), nor by 5 April 2022 09:00 (+08:00), after which the delay is no "
                + "longer arguable; it has taken none. The default period is the service's choice, not law: courts weigh "
                + "the form and accuracy of the notice, the difficulty of the measure, the type and nature of the service, "
                + "the type, popularity and number of the works concerned, and the type and degree of the infringement. "
                + "The provider stands as one that has not taken the necessary measures in time; this is contributory "
                + "infringement, and it is jointly and severally liable with the user for the enlarged part of the damage "
                + "(Civil Code Art. 1195(2)).");
    }

    @Test
    void an_instant_from_the_engine_reads_as_the_same_instant_given_as_text() {
        Map<String, Object> instants = new LinkedHashMap<>();
        instants.put("notice", "noticeHistory[0]");
        instants.put("receivedAt", java.time.Instant.parse("2022-04-02T01:00:00Z"));
        instants.put("deadline", java.time.Instant.parse("2022-04-03T01:00:00.5Z"));
        instants.put("lateDeadline", java.time.Instant.parse("2022-04-05T01:00:00Z"));
        ExplanationStep fromEngine = new ExplanationStep(Step.NOTICE_RULE, Reason.NOTICE_NOT_ACTED_ON_IN_TIME,
                instants, List.of(Provision.CIVIL_CODE_1195_2));
        ExplanationStep asText = new ExplanationStep(Step.NOTICE_RULE, Reason.NOTICE_NOT_ACTED_ON_IN_TIME,
                facts("notice", "noticeHistory[0]", "receivedAt", "2022-04-02T09:00:00+08:00",
                        "deadline", "2022-04-03T09:00:00.5+08:00", "lateDeadline", "2022-04-05T09:00:00+08:00"),
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
                facts("notice", "noticeHistory[1]", "receivedAt", "2022-04-02T01:00:00Z", "deadline",
                        "2022-04-03T09:00:00+08:00", "lateDeadline", "2022-04-05T09:00:00+08:00", "performed",
                        "2022-04-05T15:30:00+08:00"),
                List.of());
        assertThat(WRITER.text(late, Language.CHINESE)).startsWith("网络服务提供者于2022年4月2日 09:00接到第2份通知后，"
                + "未在服务默认的合理期限内（2022年4月3日 09:00届满）采取必要措施，至2022年4月5日 09:00仍未采取，迟延已无争议；"
                + "迟至2022年4月5日 15:30方才采取措施。").endsWith("构成帮助侵权，应当对损害的扩大部分与该网络用户承担连带责任。");
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
        assertThat(WRITER.text(transitional, Language.CHINESE)).startsWith("被诉行为始于2012年4月1日，早于《最高人民法院关于"
                + "审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定》施行之日；依据《最高人民法院关于审理侵害信息网络传播权"
                + "民事纠纷案件适用法律若干问题的规定》第十六条，");
    }

    @Test
    void one_template_reads_for_each_step_that_gives_the_reason_by_the_facts_it_gives() {
        ExplanationStep forwarding = new ExplanationStep(Step.DUTIES_TOWARD_USER, Reason.DEADLINE_PENDING,
                facts("notice", "noticeHistory[0]", "duty", "forwarding", "deadline", "2025-07-01T11:00:00+08:00",
                        "lateDeadline", "2025-07-03T11:00:00+08:00"),
                List.of());
        ExplanationStep termination = new ExplanationStep(Step.DUTIES_TOWARD_USER, Reason.DEADLINE_PENDING,
                facts("notice", "noticeHistory[1]", "duty", "termination", "deadline", "2025-07-01T11:00:00+08:00",
                        "lateDeadline", "2025-07-01T11:00:00+08:00"),
                List.of());
        ExplanationStep knowledge = new ExplanationStep(Step.KNOWLEDGE_RULE, Reason.DEADLINE_PENDING,
                facts("knowledgeFrom", "2025-06-30T10:00:00+08:00", "duty", "knowledge", "deadline",
                        "2025-07-01T10:00:00+08:00", "lateDeadline", "2025-07-03T10:00:00+08:00"), List.of());
        ExplanationStep notice = new ExplanationStep(Step.NOTICE_RULE, Reason.DEADLINE_PENDING,
                facts("notice", "noticeHistory[0]", "receivedAt", "2025-06-30T11:00:00+08:00", "deadline",
                        "2025-07-01T11:00:00+08:00", "lateDeadline", "2025-07-03T11:00:00+08:00"), List.of());
        assertThat(WRITER.text(forwarding, Language.CHINESE)).startsWith("网络服务提供者仍须将通知转送相关网络用户"
                + "（电子商务平台上为平台内经营者）（第1份通知）：服务默认的期限于2025年7月1日 11:00届满");
        assertThat(WRITER.text(termination, Language.ENGLISH)).startsWith("The provider must still end the measure "
                + "taken on the notice for notice 2: the service's default period for this ends on 1 July 2025 11:00");
        assertThat(WRITER.text(knowledge, Language.ENGLISH)).startsWith("The provider knew or should have known of the "
                + "infringement from 30 June 2025 10:00 (+08:00) and has not yet taken the necessary measures. The "
                + "service's default reasonable period for reacting ends on 1 July 2025 10:00 (+08:00)");
        assertThat(WRITER.text(notice, Language.CHINESE)).startsWith("第1份通知于2025年6月30日 11:00送达，尚未得到处理。"
                + "服务默认的合理处理期限于2025年7月1日 11:00届满，逾2025年7月3日 11:00仍未处理的即属明显迟延");
    }

    @Test
    void a_contested_question_reads_as_what_is_open_the_presumptive_reading_and_the_other_one() {
        ContestedPoint timeliness = new ContestedPoint(ContestedQuestion.TIMELINESS, "noticeHistory[0]",
                cn.netlaw.liability.Reading.IN_TIME, cn.netlaw.liability.Reading.LATE,
                facts("notice", "noticeHistory[0]", "receivedAt", Instant.parse("2023-10-05T01:00:00Z"), "prompt",
                        Instant.parse("2023-10-06T01:00:00Z"), "late", Instant.parse("2023-10-08T01:00:00Z"),
                        "performed", Instant.parse("2023-10-06T07:00:00Z")));
        assertThat(WRITER.contested(timeliness, Language.CHINESE)).startsWith("第1份通知（2023年10月5日 09:00送达）"
                + "是否得到及时处理存在争议：其于2023年10月6日 15:00采取措施，已超过服务默认的合理期限（2023年10月6日 09:00届满），"
                + "但在2023年10月8日 09:00前已处理完毕或涉案信息已不可访问").contains("本结论按推定的解读作出，即推定处理及时")
                .endsWith("如认定迟延，网络服务提供者就第1份通知构成帮助侵权，应当对自2023年10月6日 09:00起损害的扩大部分与"
                        + "该网络用户承担连带责任。");
        assertThat(WRITER.contested(timeliness, Language.ENGLISH)).startsWith("Whether notice 1, received on 5 October "
                + "2023 09:00 (+08:00), was acted on in time is open: it acted on 6 October 2023 15:00 (+08:00), after the "
                + "service's default reasonable period ended on 6 October 2023 09:00 (+08:00)").contains(
                "The conclusion rests on the presumptive reading, in time");
        ContestedPoint content = new ContestedPoint(ContestedQuestion.NOTICE_CONTENT, "noticeHistory[1]",
                cn.netlaw.liability.Reading.VALID, cn.netlaw.liability.Reading.INVALID,
                facts("notice", "noticeHistory[1]", "receivedAt", Instant.parse("2023-02-02T01:00:00Z"), "kind",
                        "reasonsWithoutEvidence"));
        assertThat(WRITER.contested(content, Language.CHINESE)).startsWith("第2份通知（2023年2月2日 09:00送达）是否构成"
                + "有效通知存在争议：该通知系《民法典》施行后就人格权益发出，说明了理由但未另附初步证据。本结论按推定的解读作出");
    }

    @Test
    void a_civil_code_explanation_cites_the_network_dissemination_provisions_with_their_2020_amendment() {
        List<ExplanationStep> steps = List.of(
                new ExplanationStep(Step.REGIME, Reason.REGIME_CIVIL_CODE,
                        facts("conductDate", "2022-04-01T00:00:00+08:00", "stateEnd", "2022-05-01T00:00:00+08:00"),
                        List.of()),
                new ExplanationStep(Step.KNOWLEDGE, Reason.K1_HOT_WORK_PROMOTED, Map.of(),
                        List.of(Provision.SPC_NDR_9, Provision.SPC_NDR_10)));
        assertThat(WRITER.write(steps, Language.CHINESE).get(1).text()).endsWith("（《最高人民法院关于审理侵害信息网络传播权"
                + "民事纠纷案件适用法律若干问题的规定》（2020年修正）第九条、第十条）。");
        assertThat(WRITER.write(steps, Language.ENGLISH).get(1).text()).endsWith("(SPC NDR Provisions (2020) Arts. 9 and 10).");
        List<ExplanationStep> earlier = List.of(
                new ExplanationStep(Step.REGIME, Reason.REGIME_TORT_LIABILITY_LAW,
                        facts("conductDate", "2019-04-01T00:00:00+08:00", "stateEnd", "2019-05-01T00:00:00+08:00"),
                        List.of()),
                steps.get(1));
        assertThat(WRITER.write(earlier, Language.CHINESE).get(1).text()).doesNotContain("修正");
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
        assertThat(explained).isGreaterThanOrEqualTo(150);
    }

    @Test
    void every_contested_detail_of_the_public_scenarios_and_generated_cases_is_filled_and_says_what_is_presumed()
            throws IOException {
        List<Classification> classifications = new ArrayList<>();
        JsonNode file = publicScenarios();
        Instant evaluationClock = OffsetDateTime.parse(file.path("evaluationClock").asText()).toInstant();
        for (JsonNode scenario : file.path("cases")) {
            Instant clock = scenario.hasNonNull("clock")
                    ? OffsetDateTime.parse(scenario.get("clock").asText()).toInstant() : evaluationClock;
            Classification c = classify(scenario.path("input"), clock);
            if (c != null) {
                classifications.add(c);
            }
        }
        CaseGenerator generator = new CaseGenerator(SEED);
        for (int i = 0; i < GENERATED; i++) {
            Classification c = classify(generator.next(), CaseGenerator.CLOCK);
            if (c != null) {
                classifications.add(c);
            }
        }
        Set<String> shapes = new TreeSet<>();
        for (Classification c : classifications) {
            for (ContestedPoint point : c.contested()) {
                shapes.add(point.question() + " " + point.facts().getOrDefault("kind", ""));
                String chinese = WRITER.contested(point, Language.CHINESE);
                String english = WRITER.contested(point, Language.ENGLISH);
                assertThat(chinese).as("%s", point).doesNotContainPattern(UNFILLED).doesNotContainPattern(ENGLISH_WORD)
                        .contains("推定");
                assertThat(english).as("%s", point).doesNotContainPattern(UNFILLED).contains("presumptive reading");
            }
        }
        assertThat(shapes).as("the kinds of contested questions met").hasSizeGreaterThanOrEqualTo(8);
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

    @Test
    void no_chinese_template_says_that_a_provider_that_knew_or_should_have_known_is_without_fault() {
        for (ResourceBundle zh : List.of(Language.CHINESE.messages(), counterfactuals(Locale.SIMPLIFIED_CHINESE))) {
            for (String key : zh.keySet()) {
                String text = withLabels(zh, zh.getString(key));
                if (text.contains("不存在过错")) {
                    assertThat(text).as("%s names knowledge and absence of fault together", key)
                            .doesNotContain("明知").doesNotContain("应知").doesNotContain("应当知道");
                }
            }
        }
    }

    @Test
    void no_chinese_template_of_an_explanation_or_a_counterfactual_shows_a_code_a_field_name_or_a_machine_timestamp() {
        for (ResourceBundle bundle : List.of(Language.CHINESE.messages(), counterfactuals(Locale.SIMPLIFIED_CHINESE))) {
            for (String key : bundle.keySet()) {
                if (key.startsWith("format.")) {
                    continue;
                }
                String words = PLACEHOLDER.matcher(bundle.getString(key)).replaceAll("");
                assertThat(words).as("Chinese %s", key)
                        .doesNotContainPattern(ENUM_LIKE)
                        .doesNotContainPattern(FIELD_NAME)
                        .doesNotContainPattern(MACHINE_TIME)
                        .doesNotContainPattern(ENGLISH_WORD);
            }
        }
    }

    @ParameterizedTest(name = "{0} is labelled contributory infringement (构成帮助侵权)")
    @EnumSource(value = Reason.class, names = {"NOTICE_NOT_ACTED_ON_IN_TIME", "KNOWLEDGE_NOT_ACTED_ON_IN_TIME",
        "LIABLE_FOR_ENLARGED_DAMAGE", "LIABLE_SINCE_KNOWLEDGE", "RESTORED_WITHOUT_VALID_COUNTER_NOTICE",
        "RESTORED_NO_COUNTER_NOTICE_RULE_PRE_2021", "RESTORED_COUNTER_NOTICE_NOT_FORWARDED",
        "RESTORED_DESPITE_COMPLAINT_OR_SUIT", "RESTORED_BEFORE_REASONABLE_PERIOD_ENDED"})
    void every_notice_or_knowledge_rule_conclusion_of_liability_is_labelled_contributory_infringement(Reason reason) {
        assertThat(LIABILITY_CONCLUSIONS).contains(reason);
        assertThat(Language.CHINESE.messages().getString(reason.name())).contains("构成帮助侵权");
        assertThat(Language.ENGLISH.messages().getString(reason.name())).contains("contributory infringe");
    }

    @Test
    void a_knowledge_rule_conclusion_names_the_damage_since_knowledge_and_timely_measures_after_knowledge() {
        assertThat(Language.CHINESE.messages().getString(Reason.LIABLE_SINCE_KNOWLEDGE.name()))
                .contains("对其知道后未采取必要措施期间的损害");
        assertThat(Language.CHINESE.messages().getString(Reason.KNOWLEDGE_BUT_TIMELY_MEASURES.name()))
                .contains("在知道后合理期间内采取了必要措施");
    }

    @Test
    void no_template_states_a_timeliness_bound_as_law_and_those_that_judge_one_name_the_default_and_the_factors() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = language.messages();
            String dflt = language == Language.CHINESE ? "服务默认" : "the service's default";
            List<String> factors = language == Language.CHINESE
                    ? List.of("通知的形式和准确程度", "采取措施的难易程度", "网络服务的类型和性质", "知名度和数量",
                            "侵害权益的类型和程度")
                    : List.of("form and accuracy of the notice", "difficulty of the measure",
                            "type and nature of the service", "popularity and number", "type and degree of the infringement");
            for (String key : bundle.keySet()) {
                String template = bundle.getString(key);
                assertThat(template).as("%s %s", language, key).doesNotContainPattern(HOURS);
                if (template.contains("{deadline}") || template.contains("{lateDeadline}")
                        || template.contains("{prompt}") || template.contains("{late}")) {
                    assertThat(template.toLowerCase(Locale.ROOT))
                            .as("%s %s names its bound the service's default", language, key).contains(dflt);
                }
            }
            for (Reason reason : TIMELINESS_FINDINGS) {
                String template = bundle.getString(reason.name());
                for (String factor : factors) {
                    assertThat(template).as("%s %s lists the factors courts weigh", language, reason).contains(factor);
                }
            }
            for (String factor : factors) {
                assertThat(bundle.getString("contested.TIMELINESS")).contains(factor);
            }
        }
    }

    @Test
    void the_counter_notice_period_under_the_e_commerce_law_is_its_fifteen_days_and_the_seller_is_the_operator_in_the_platform() {
        ResourceBundle zh = Language.CHINESE.messages();
        for (Reason reason : EnumSet.of(Reason.RESTORED_DESPITE_COMPLAINT_OR_SUIT,
                Reason.RESTORED_BEFORE_REASONABLE_PERIOD_ENDED, Reason.RESTORED_AFTER_REASONABLE_PERIOD,
                Reason.RESTORED_COUNTER_NOTICE_NOT_FORWARDED, Reason.MEASURES_NOT_TERMINATED_AFTER_COUNTER_NOTICE,
                Reason.PATENT_PERIOD_ENDS_WITH_COUNTER_NOTICE_PERIOD)) {
            assertThat(zh.getString(reason.name())).as(reason.name()).doesNotContain("合理期限");
        }
        assertThat(zh.getString(Reason.COUNTER_NOTICE_PERIOD_END_COMPUTED.name()))
                .contains("适用《电子商务法》的，为该法规定的十五日");
        assertThat(zh.getString(Reason.LIABLE_FOR_ENLARGED_DAMAGE.name())).contains("平台内经营者");
        assertThat(zh.getString(Reason.NOTICE_NOT_FORWARDED.name())).contains("平台内经营者");
        assertThat(zh.getString(Reason.COUNTER_NOTICE_NOT_FORWARDED.name())).contains("平台内经营者");
        assertThat(zh.getString(Reason.WRONGFUL_NOTICE_COMPENSATION.name())).contains("平台内经营者");
        assertThat(zh.getString(Reason.WRONGFUL_NOTICE_DOUBLE_COMPENSATION.name())).contains("平台内经营者");
        assertThat(zh.getString("value.duty.forwarding")).contains("平台内经营者");
    }

    @Test
    void where_the_content_does_not_infringe_no_text_of_any_public_scenario_or_generated_case_names_an_infringement()
            throws IOException {
        JsonNode file = publicScenarios();
        Instant evaluationClock = OffsetDateTime.parse(file.path("evaluationClock").asText()).toInstant();
        int explained = 0;
        for (JsonNode scenario : file.path("cases")) {
            Instant clock = scenario.hasNonNull("clock")
                    ? OffsetDateTime.parse(scenario.get("clock").asText()).toInstant() : evaluationClock;
            JsonNode input = scenario.path("input");
            if (!input.isObject()) {
                continue;
            }
            ObjectNode notInfringing = ((ObjectNode) input).deepCopy().put("contentInfringing", false);
            Classification c = classify(notInfringing, clock);
            if (c != null) {
                assertNoInfringementNamed(scenario.path("id").asText() + " with contentInfringing false", c);
                explained++;
            }
        }
        assertThat(explained).isGreaterThanOrEqualTo(150);
        CaseGenerator generator = new CaseGenerator(SEED);
        for (int i = 0; i < GENERATED; i++) {
            ObjectNode request = generator.next().put("contentInfringing", false);
            Classification c = classify(request, CaseGenerator.CLOCK);
            if (c != null) {
                assertNoInfringementNamed("generated case " + i + " (seed " + SEED + "): " + request, c);
            }
        }
    }

    private static void assertNoInfringementNamed(String name, Classification classification) {
        assertThat(classification.rule()).as(name).isIn(cn.netlaw.liability.Rule.NO_PRIMARY_INFRINGEMENT,
                cn.netlaw.liability.Rule.OUT_OF_SCOPE);
        for (Language language : Language.values()) {
            for (ExplanationEntry entry : WRITER.write(classification.explanation(), language)) {
                Matcher named = INFRINGEMENT_NAMED.matcher(entry.text());
                if (named.find()) {
                    fail("%s, %s, %s/%s: the text names an infringement (%s) where the content does not infringe: %s",
                            name, language, entry.step(), entry.reason(), named.group(), entry.text());
                }
            }
        }
    }

    /** A template with the labels of its value placeholders ({@code value.<name>.*}) appended: what it can read as. */
    private static String withLabels(ResourceBundle bundle, String template) {
        StringBuilder text = new StringBuilder(template);
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            String prefix = "value." + placeholder.group(1) + ".";
            for (String key : bundle.keySet()) {
                if (key.startsWith(prefix)) {
                    text.append(' ').append(bundle.getString(key));
                }
            }
        }
        return text.toString();
    }

    private static ResourceBundle counterfactuals(Locale locale) {
        return ResourceBundle.getBundle("messages.counterfactuals", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static void assertFilled(String name, Classification classification) {
        for (Language language : Language.values()) {
            for (ExplanationEntry entry : WRITER.write(classification.explanation(), language)) {
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
        return placeholders(language, reason.name());
    }

    private static Set<String> placeholders(Language language, String key) {
        Set<String> names = new TreeSet<>();
        collect(ExplanationWriter.Template.parse(language.messages().getString(key)), names);
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

    private static Map<String, Object> facts(Object... namesAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return facts;
    }
}
