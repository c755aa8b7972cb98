package cn.netlaw.api.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.CaseReader;
import cn.netlaw.api.explanation.Language;
import cn.netlaw.liability.Budget;
import cn.netlaw.liability.Chronology;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.ExplanationStep;
import cn.netlaw.liability.LiabilityEngine;
import cn.netlaw.liability.LiablePeriod;
import cn.netlaw.liability.Moment;
import cn.netlaw.liability.Policy;
import cn.netlaw.liability.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The timeline picture of every public scenario (src/test/resources/scenarios/cases-public.json), drawn from the
 * engine with the scenario file's evaluation clock, in both languages: well-formed and valid SVG 1.1 (the DTD in
 * src/test/resources/svg11/), with a title and a description, in greys only; its elements match the classification
 * and the request: one marker per instant given for a notice, the shaded liable periods equal to
 * {@code liablePeriods}, one band per deadline the engine computed, and the deadlines the explanation states drawn as
 * bands; the same case drawn twice gives the same text.
 */
class TimelinePictureTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CaseReader READER = new CaseReader();
    private static final String DECISION_ID = "00000000-0000-0000-0000-000000000000";

    /** The instants of a notice episode in the request, in the order the picture's markers are named. */
    private static final List<String> NOTICE_EVENTS = List.of("receivedAt", "reappearedAt", "forwardedAt",
            "measuresTakenAt", "restoredAt");
    private static final List<String> COUNTER_NOTICE_EVENTS = List.of("receivedAt", "forwardedToRightsHolderAt",
            "rightsHolderComplainedOrSuedAt");

    /** A classified case and what the engine read of it. */
    record Drawn(JsonNode request, Classification classification, Chronology chronology, String svg) {
    }

    static JsonNode publicScenarios() throws IOException {
        try (InputStream in = DrawnPicture.resource("/scenarios/cases-public.json")) {
            return JSON.readTree(in);
        }
    }

    /** The case classified (with its explanation) and drawn at the given evaluation instant; null when rejected. */
    static Drawn draw(JsonNode request, Instant evaluationClock, Language language) throws IOException {
        byte[] body = JSON.writeValueAsBytes(request);
        CaseReader.Reading reading = READER.read(body);
        if (!(reading instanceof CaseReader.Facts facts)) {
            return null;
        }
        LiabilityEngine engine = new LiabilityEngine(Policy.defaults(), Clock.fixed(evaluationClock, ZoneOffset.UTC));
        LiabilityEngine.Chart chart = engine.chart(facts.facts(), Policy.defaults(), List.of(), true,
                Budget.of(Integer.MAX_VALUE));
        if (!(chart.evaluation() instanceof Classification classification)) {
            return null;
        }
        return drawn(request, classification, chart, language);
    }

    /** A hand-made case that must be classified. */
    private static Drawn drawValid(String request) throws IOException {
        byte[] body = request.getBytes(StandardCharsets.UTF_8);
        if (READER.read(body) instanceof CaseReader.Invalid invalid) {
            throw new AssertionError("the case is refused: " + invalid.violations());
        }
        LiabilityEngine engine = new LiabilityEngine(Policy.defaults(),
                Clock.fixed(Instant.parse("2025-06-30T04:00:00Z"), ZoneOffset.UTC));
        CaseReader.Facts facts = (CaseReader.Facts) READER.read(body);
        if (engine.evaluate(facts.facts()) instanceof cn.netlaw.liability.Rejection rejection) {
            throw new AssertionError("the case is rejected: " + rejection.violations());
        }
        return draw(JSON.readTree(request), Instant.parse("2025-06-30T04:00:00Z"), Language.ENGLISH);
    }

    private static Drawn drawn(JsonNode request, Classification classification, LiabilityEngine.Chart chart,
            Language language) {
        return new Drawn(request, classification, chart.chronology(),
                new String(TimelinePicture.draw(classification, chart.chronology(), language, DECISION_ID),
                        StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> every_public_scenario_is_drawn_as_valid_svg_whose_elements_match_its_classification()
            throws IOException {
        JsonNode document = publicScenarios();
        Instant clock = OffsetDateTime.parse(document.path("evaluationClock").asText()).toInstant();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode scenario : document.path("cases")) {
            for (Language language : Language.values()) {
                tests.add(DynamicTest.dynamicTest(scenario.path("id").asText() + " (" + language.tag() + "): "
                        + scenario.path("title").asText(), () -> {
                            Drawn drawn = draw(scenario.path("input"), clock, language);
                            if (drawn != null) {
                                check(drawn, language);
                            }
                        }));
            }
        }
        return tests.stream();
    }

    private static void check(Drawn drawn, Language language) throws IOException {
        DrawnPicture.validate(drawn.svg());
        DrawnPicture picture = DrawnPicture.read(drawn.svg());
        assertThat(picture.root().getAttribute("xml:lang")).isEqualTo(language.tag());
        assertThat(picture.rootText("title")).as("title").isNotBlank();
        assertThat(picture.rootText("desc")).as("desc").isNotBlank();
        assertThat(picture.colours()).as("colours that read in greyscale").allSatisfy(colour ->
                assertThat(colour).matches("#([0-9a-f]{2})\\1\\1"));
        markersMatchTheNotices(drawn, picture);
        liablePeriodsMatch(drawn.classification(), picture);
        bandsMatchTheDeadlines(drawn, picture);
        assertThat(draw(drawn.request(), drawn.chronology().asOf(), language).svg()).as("drawn again")
                .isEqualTo(drawn.svg());
    }

    /** One marker per instant given for a notice or its counter-notice, at that instant. */
    private static void markersMatchTheNotices(Drawn drawn, DrawnPicture picture) {
        JsonNode notices = drawn.request().path("noticeHistory");
        for (int i = 0; i < notices.size(); i++) {
            JsonNode notice = notices.get(i);
            List<String> expected = new ArrayList<>();
            int count = 0;
            for (String field : NOTICE_EVENTS) {
                count += given(notice.path(field), expected);
            }
            for (String field : COUNTER_NOTICE_EVENTS) {
                count += given(notice.path("counterNotice").path(field), expected);
            }
            List<DrawnPicture.Fact> markers = picture.facts("event", "notice-" + i);
            assertThat(markers).as("markers of noticeHistory[%d]", i).hasSize(count);
            assertThat(markers.stream().map(DrawnPicture.Fact::metadata).toList())
                    .as("instants of the markers of noticeHistory[%d]", i).containsAll(expected);
        }
    }

    /** 1 when the request gives the instant (its +08:00 rendering added when it is a full timestamp), else 0. */
    private static int given(JsonNode value, List<String> instants) {
        if (!value.isTextual()) {
            return 0;
        }
        if (value.asText().contains("T")) {
            instants.add(Moment.render(OffsetDateTime.parse(value.asText()).toInstant()));
        }
        return 1;
    }

    static void liablePeriodsMatch(Classification classification, DrawnPicture picture) {
        List<String> expected = new ArrayList<>();
        for (LiablePeriod p : classification.liablePeriods()) {
            expected.add(Moment.render(p.from()) + "/" + (p.until() == null ? ".." : Moment.render(p.until())));
        }
        assertThat(picture.facts("liable-period").stream().map(DrawnPicture.Fact::metadata).toList())
                .as("shaded liable periods").isEqualTo(expected);
    }

    /**
     * One band per deadline the engine computed (prompt and late part for a notice or a knowledge window, one part
     * for a duty with one bound), and every deadline the explanation states for a notice (acted on in time or not,
     * not forwarded, pending) among them.
     */
    private static void bandsMatchTheDeadlines(Drawn drawn, DrawnPicture picture) {
        List<String> expected = new ArrayList<>();
        for (Chronology.Deadline d : drawn.chronology().deadlines()) {
            String who = d.notice() < 0 ? "knowledge" : "notice-" + d.notice();
            switch (d.duty()) {
                case NOTICE, KNOWLEDGE -> {
                    expected.add("prompt " + who + " " + interval(d.start(), d.prompt()));
                    expected.add("late " + who + " " + interval(d.prompt(), d.late()));
                }
                case MEASURE_TERMINATION -> expected.add("termination " + who + " " + interval(d.start(), d.prompt()));
                case REG_17_RESTORATION -> expected.add("reg17 " + who + " " + interval(d.start(), d.prompt()));
            }
        }
        List<String> bands = new ArrayList<>();
        for (DrawnPicture.Fact band : picture.facts("band")) {
            String kind = band.is("prompt") ? "prompt" : band.is("late") ? "late" : band.is("termination")
                    ? "termination" : "reg17";
            String who = band.kinds().stream().filter(k -> k.startsWith("notice-") || k.equals("knowledge"))
                    .findFirst().orElseThrow();
            bands.add(kind + " " + who + " " + band.metadata());
        }
        assertThat(bands).as("bands").containsExactlyInAnyOrderElementsOf(expected);

        for (ExplanationStep step : drawn.classification().explanation()) {
            Object notice = step.values().get("notice");
            Object prompt = step.values().get("deadline");
            Object late = step.values().get("lateDeadline");
            if (!(notice instanceof String path) || !(prompt instanceof Instant p) || !(late instanceof Instant l)
                    || !List.of(Reason.NOTICE_ACTED_ON_IN_TIME, Reason.NOTICE_NOT_ACTED_ON_IN_TIME,
                            Reason.NOTICE_NOT_FORWARDED, Reason.DEADLINE_PENDING).contains(step.reason())) {
                continue;
            }
            String who = "notice-" + path.replaceAll("\\D", "");
            String shown = p.equals(l) ? "termination " + who + " " : "late " + who + " " + interval(p, l);
            assertThat(bands).as("the band of %s stated by %s", path, step.reason())
                    .anySatisfy(band -> assertThat(band).startsWith(shown));
        }
    }

    private static String interval(Instant from, Instant until) {
        return Moment.render(from) + "/" + Moment.render(until);
    }

    @Test
    void a_case_across_2021_marks_the_regime_boundary_and_one_within_2022_does_not() throws IOException {
        String across = """
                {"provider": {"role": "STORAGE"}, "rightType": "COPYRIGHT", "conductDate": "2020-11-02",
                 "asOf": "2021-03-01T12:00:00+08:00",
                 "noticeHistory": [{"receivedAt": "2020-12-30T09:00:00+08:00", "includesIdentity": true,
                   "includesPreliminaryEvidence": true, "locatesContent": true, "channel": "EMAIL",
                   "measuresTakenAt": "2021-01-04T09:00:00+08:00", "forwardedAt": "2020-12-30T10:00:00+08:00"}]}
                """;
        Drawn drawn = drawValid(across);
        DrawnPicture picture = DrawnPicture.read(drawn.svg());
        assertThat(picture.facts("line", "law-date", "CIVIL_CODE")).singleElement()
                .satisfies(line -> assertThat(line.metadata()).isEqualTo("2021-01-01T00:00:00+08:00"));
        assertThat(picture.facts("line", "as-of")).singleElement()
                .satisfies(line -> assertThat(line.metadata()).isEqualTo("2021-03-01T12:00:00+08:00"));

        String within = across.replace("2020-11-02", "2022-11-02").replace("2020-12-30", "2022-12-30")
                .replace("2021-01-04", "2023-01-04").replace("2021-03-01", "2023-03-01");
        DrawnPicture later = DrawnPicture.read(drawValid(within).svg());
        assertThat(later.facts("line", "law-date")).isEmpty();
    }

    @Test
    void a_copyright_notice_to_a_host_is_drawn_with_the_default_24_and_72_hour_bounds_and_a_pending_act_by()
            throws IOException {
        String pending = """
                {"provider": {"role": "STORAGE"}, "rightType": "COPYRIGHT", "conductDate": "2023-05-01",
                 "asOf": "2023-05-03T12:00:00+08:00",
                 "noticeHistory": [{"receivedAt": "2023-05-02T09:00:00+08:00", "includesIdentity": true,
                   "includesPreliminaryEvidence": true, "locatesContent": true, "channel": "EMAIL",
                   "forwardedAt": "2023-05-02T10:00:00+08:00"}]}
                """;
        Drawn drawn = drawValid(pending);
        DrawnPicture picture = DrawnPicture.read(drawn.svg());
        assertThat(picture.facts("band", "prompt", "notice-0")).singleElement().satisfies(band -> assertThat(
                band.metadata()).isEqualTo("2023-05-02T09:00:00+08:00/2023-05-03T09:00:00+08:00"));
        assertThat(picture.facts("band", "late", "notice-0")).singleElement().satisfies(band -> assertThat(
                band.metadata()).isEqualTo("2023-05-03T09:00:00+08:00/2023-05-05T09:00:00+08:00"));
        assertThat(drawn.classification().actBy()).isEqualTo(Instant.parse("2023-05-03T01:00:00Z"));
        assertThat(picture.facts("line", "act-by")).singleElement()
                .satisfies(line -> assertThat(line.metadata()).isEqualTo("2023-05-03T09:00:00+08:00"));
        assertThat(picture.facts("line", "clearly-late")).singleElement()
                .satisfies(line -> assertThat(line.metadata()).isEqualTo("2023-05-05T09:00:00+08:00"));
        assertThat(picture.facts("liable-period")).isEmpty();
    }

    @Test
    void a_few_days_of_events_followed_by_years_until_as_of_are_drawn_with_a_break_and_even_months_without()
            throws IOException {
        String quiet = """
                {"provider": {"role": "STORAGE"}, "rightType": "COPYRIGHT", "conductDate": "2022-05-01",
                 "noticeHistory": [{"receivedAt": "2022-05-02T09:00:00+08:00", "includesIdentity": true,
                   "includesPreliminaryEvidence": true, "locatesContent": true, "channel": "EMAIL",
                   "forwardedAt": "2022-05-02T10:00:00+08:00", "measuresTakenAt": "2022-05-02T15:00:00+08:00"}]}
                """;
        DrawnPicture broken = DrawnPicture.read(drawValid(quiet).svg());
        assertThat(broken.facts("break")).isNotEmpty()
                .anySatisfy(b -> assertThat(b.metadata()).endsWith("/2025-06-30T12:00:00+08:00"));

        String even = """
                {"provider": {"role": "STORAGE", "selfInitiatedMeasureAt": "2022-03-01T00:00:00+08:00"},
                 "rightType": "COPYRIGHT", "conductDate": "2022-01-01", "asOf": "2022-05-01T00:00:00+08:00",
                 "noticeHistory": [{"receivedAt": "2022-02-01T00:00:00+08:00", "includesIdentity": false,
                   "includesPreliminaryEvidence": true, "locatesContent": true, "channel": "EMAIL"},
                   {"receivedAt": "2022-04-01T00:00:00+08:00", "reappearedAt": "2022-04-01T00:00:00+08:00",
                   "includesIdentity": false, "includesPreliminaryEvidence": true, "locatesContent": true,
                   "channel": "EMAIL"}]}
                """;
        DrawnPicture proportional = DrawnPicture.read(drawValid(even).svg());
        assertThat(proportional.facts("break")).isEmpty();
        assertThat(proportional.facts("stretch").stream().map(s -> s.kinds().get(1) + " " + s.metadata()))
                .containsExactly("up 2022-01-01T00:00:00+08:00/2022-03-01T00:00:00+08:00",
                        "down 2022-03-01T00:00:00+08:00/2022-04-01T00:00:00+08:00",
                        "up 2022-04-01T00:00:00+08:00/2022-05-01T00:00:00+08:00");
    }

    @Test
    void the_chinese_picture_is_labelled_in_chinese_and_the_english_one_in_english() throws IOException {
        JsonNode scenario = scenario("P87");
        Instant clock = OffsetDateTime.parse(publicScenarios().path("evaluationClock").asText()).toInstant();
        DrawnPicture zh = DrawnPicture.read(draw(scenario.path("input"), clock, Language.CHINESE).svg());
        DrawnPicture en = DrawnPicture.read(draw(scenario.path("input"), clock, Language.ENGLISH).svg());
        assertThat(zh.rootText("title")).isEqualTo("与网络用户承担连带责任（损害的扩大部分）——通知规则——结论确定");
        assertThat(en.rootText("title"))
                .isEqualTo("Liable jointly with the user for the enlarged part of the damage — notice rule — determined");
        assertThat(zh.facts("event", "notice-0", "received")).singleElement()
                .satisfies(marker -> assertThat(marker.title()).startsWith("第1次通知于").endsWith("收到"));
        assertThat(en.facts("event", "notice-0", "received")).singleElement()
                .satisfies(marker -> assertThat(marker.title()).startsWith("Notice 1 received"));
    }

    @Test
    void the_two_bundles_have_the_same_keys() throws IOException {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (InputStream a = DrawnPicture.resource("/messages/timeline.properties");
                InputStream b = DrawnPicture.resource("/messages/timeline_zh.properties")) {
            en.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    static JsonNode scenario(String id) throws IOException {
        for (JsonNode scenario : publicScenarios().path("cases")) {
            if (scenario.path("id").asText().equals(id)) {
                return scenario;
            }
        }
        throw new IllegalStateException("no public scenario " + id);
    }
}
