package cn.netlaw.api.timeline;

import cn.netlaw.api.explanation.Language;
import cn.netlaw.liability.Chronology;
import cn.netlaw.liability.Classification;
import cn.netlaw.liability.LiablePeriod;
import cn.netlaw.liability.Moment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Draws the timeline of one classified case as an SVG 1.1 document (docs/result.md#timeline-picture): the headline
 * outcome and its certainty as the title; then, on one time axis ({@link TimeScale}), a lane for the content up and
 * down (and the provider's own acts), one for the liable periods with their scope, one for knowledge when the case has
 * any, and one per notice episode with its timeliness band (prompt bound light, the contested stretch up to the late
 * bound hatched), its events as markers and its counter-notice period dotted; vertical lines for {@code asOf}, a
 * pending {@code actBy} and {@code clearlyLateAt}, and the dates of the law in force inside the range; a legend.
 *
 * <p>Every element that stands for a fact carries a {@code <title>} in the language of the answer (a tooltip, and
 * what a screen reader reads) and a {@code <metadata>} with its instant or interval in ISO 8601 at +08:00, so that a
 * program can check the picture against the classification. Greys, hatching and dots tell the kinds apart without
 * colour. Nothing varies but the input: the same case gives the same bytes, the decision id aside.
 */
public final class TimelinePicture {

    /** The media type of the picture. */
    public static final String MEDIA_TYPE = "image/svg+xml";

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final double WIDTH = 1000;
    private static final double LEFT = 24;
    private static final double RIGHT = 976;
    private static final double LANE_LABEL = 14;
    private static final double ROW = 18;
    private static final double LANE_GAP = 10;
    private static final String INK = "#000000";
    private static final String DARK = "#404040";
    private static final String MID = "#8c8c8c";
    private static final String LIGHT = "#dcdcdc";
    private static final String PAPER = "#ffffff";

    private final Classification classification;
    private final Chronology chronology;
    private final PictureTexts texts;
    private final TimeScale scale;
    private final List<Chronology.LawDate> lawDates = new ArrayList<>();
    private final Svg svg;
    /** The tops and bottoms of the lanes' bars, which a break crosses (never their labels). */
    private final List<double[]> bars = new ArrayList<>();
    private double y;

    private TimelinePicture(Classification classification, Chronology chronology, Language language) {
        this.classification = classification;
        this.chronology = chronology;
        this.texts = PictureTexts.of(language);
        this.svg = new Svg();
        TreeSet<Instant> instants = instants(classification, chronology);
        for (Chronology.LawDate law : Chronology.LawDate.values()) {
            if (law.at().isAfter(instants.first()) && law.at().isBefore(instants.last())) {
                lawDates.add(law);
            }
        }
        for (Chronology.LawDate law : lawDates) {
            instants.add(law.at());
        }
        this.scale = TimeScale.fit(instants, LEFT, RIGHT);
    }

    /** The legend alone, at the origin: the same for every picture in a language, so written once. */
    private TimelinePicture(Language language) {
        this.classification = null;
        this.chronology = null;
        this.texts = PictureTexts.of(language);
        this.scale = null;
        this.svg = Svg.fragment();
    }

    /** The parts every picture has alike: the legend in each language and the patterns, written once. */
    private static final class Written {
        static final java.util.Map<Language, byte[]> LEGENDS = new java.util.EnumMap<>(Language.class);
        static final byte[] PATTERNS;

        static {
            for (Language language : Language.values()) {
                TimelinePicture legend = new TimelinePicture(language);
                legend.legend();
                LEGENDS.put(language, legend.svg.bytes());
            }
            TimelinePicture patterns = new TimelinePicture(Language.ENGLISH);
            patterns.patterns();
            PATTERNS = patterns.svg.bytes();
        }
    }

    /**
     * The picture of a classification and the case in time it was made on, labelled in {@code language}, as the
     * UTF-8 bytes of the document; the decision id is written in its {@code <metadata>}.
     */
    public static byte[] draw(Classification classification, Chronology chronology, Language language,
            String decisionId) {
        return new TimelinePicture(classification, chronology, language).document(language, decisionId);
    }

    /** Every instant the picture places: the axis is scaled to them. */
    private static TreeSet<Instant> instants(Classification k, Chronology c) {
        TreeSet<Instant> out = new TreeSet<>();
        add(out, c.conductDate(), c.asOf(), c.knowledgeSince(), c.selfInitiatedMeasureAt(), c.userWarnedAt(),
                c.liveEndedAt(), k.knowledgeFrom(), k.actBy(), k.clearlyLateAt());
        for (Chronology.Stretch s : c.stretches()) {
            add(out, s.from(), s.until());
        }
        for (Chronology.Notice n : c.notices()) {
            add(out, n.receivedAt(), n.reappearedAt(), n.forwardedAt(), n.measuresTakenAt(), n.restoredAt());
            if (n.counterNotice() != null) {
                add(out, n.counterNotice().receivedAt(), n.counterNotice().forwardedToRightsHolderAt(),
                        n.counterNotice().rightsHolderComplainedOrSuedAt());
            }
        }
        for (Chronology.Deadline d : c.deadlines()) {
            add(out, d.start(), d.prompt(), d.late());
        }
        for (Chronology.Period p : c.counterNoticePeriods()) {
            add(out, p.from(), p.until());
        }
        for (LiablePeriod p : k.liablePeriods()) {
            add(out, p.from(), p.until());
        }
        return out;
    }

    private static void add(TreeSet<Instant> out, Instant... instants) {
        for (Instant at : instants) {
            if (at != null) {
                out.add(at);
            }
        }
    }

    private byte[] document(Language language, String decisionId) {
        double height = height();
        svg.open("svg", "xmlns", SVG_NAMESPACE, "version", "1.1", "xml:lang", language.tag(),
                "width", (double) (WIDTH), "height", (double) (height),
                "viewBox", "0 0 " + Svg.coordinate(WIDTH) + " " + Svg.coordinate(height),
                "font-family", "'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'DejaVu Sans', sans-serif",
                "font-size", "11");
        String headline = headline();
        svg.text("title", headline);
        svg.text("desc", description());
        svg.text("metadata", "decisionId=" + decisionId);
        svg.raw(Written.PATTERNS);
        svg.empty("rect", "x", "0", "y", "0", "width", (double) (WIDTH), "height", (double) (height),
                "fill", PAPER);
        svg.text("text", headline, "x", LEFT, "y", "26", "font-size", "16", "font-weight", "bold",
                "fill", INK);
        svg.text("text", texts.text("subtitle", "from", texts.date(scale.segments().get(0).first()), "to",
                texts.date(scale.segments().get(scale.segments().size() - 1).last()), "regime", texts.text("regime." + classification.regime().name()),
                "asOf", chronology.asOf()), "x", LEFT, "y", "44", "fill", DARK);
        y = 60;
        double top = lawLabels();
        contentLane();
        liableLane();
        if (hasKnowledge()) {
            knowledgeLane();
        }
        for (Chronology.Notice notice : chronology.notices()) {
            noticeLane(notice);
        }
        double lanesBottom = y;
        breaksOver();
        lines(top, lanesBottom);
        y = lanesBottom + 6;
        lineLabels();
        axis();
        svg.open("g", "transform", "translate(0," + Svg.coordinate(y) + ")");
        svg.raw(Written.LEGENDS.get(language));
        svg.close("g");
        svg.close("svg");
        return svg.bytes();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Texts

    private String headline() {
        Classification k = classification;
        return texts.text("headline", "liability", texts.text("liability." + k.liability().name()),
                "scope", texts.text("scope." + k.jointScope().name()), "rule", texts.text("rule." + k.rule().name()),
                "certainty", texts.text("certainty." + k.certainty().name()));
    }

    private String description() {
        Classification k = classification;
        String actBy = k.actBy() == null ? ""
                : texts.text("desc.actBy", "actBy", k.actBy(), "clearlyLateAt", k.clearlyLateAt());
        StringBuilder out = new StringBuilder(texts.text("desc", "from", texts.date(scale.segments().get(0).first()),
                "to", texts.date(scale.segments().get(scale.segments().size() - 1).last()), "asOf", chronology.asOf(),
                "liability", texts.text("liability." + k.liability().name()),
                "scope", texts.text("scope." + k.jointScope().name()), "rule", texts.text("rule." + k.rule().name()),
                "certainty", texts.text("certainty." + k.certainty().name()),
                "notices", chronology.notices().size(), "periods", k.liablePeriods().size(),
                "deadlines", chronology.deadlines().size(), "actBy", actBy));
        if (!chronology.notices().isEmpty()) {
            List<String> notices = new ArrayList<>();
            for (Chronology.Notice n : chronology.notices()) {
                notices.add(texts.text("event.received", "number", n.index() + 1, "at", n.receivedAt()));
            }
            out.append(' ').append(texts.text("desc.notices", "list", String.join("; ", notices)));
        }
        if (!k.liablePeriods().isEmpty()) {
            List<String> periods = new ArrayList<>();
            for (LiablePeriod p : k.liablePeriods()) {
                periods.add(liableText(p));
            }
            out.append(' ').append(texts.text("desc.liable", "list", String.join("; ", periods)));
        }
        return out.toString();
    }

    private String liableText(LiablePeriod p) {
        return p.until() == null ? texts.text("liable.continuing", "from", p.from())
                : texts.text("liable", "from", p.from(), "until", p.until());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Layout

    private boolean hasKnowledge() {
        if (classification.knowledgeFrom() != null || chronology.knowledgeSince() != null) {
            return true;
        }
        for (Chronology.Deadline d : chronology.deadlines()) {
            if (d.duty() == Chronology.Duty.KNOWLEDGE) {
                return true;
            }
        }
        return false;
    }

    private double height() {
        double lanes = 2 * lane(1) + (hasKnowledge() ? lane(1) : 0) + chronology.notices().size() * lane(2);
        double top = 60 + 2 * 13;
        double lineLabels = 3 * 13 + 6;
        double axis = 56;
        double legend = 22 + LEGEND.length / 3.0 * 20;
        return Math.ceil(top + lanes + lineLabels + axis + legend + 12);
    }

    private static double lane(int rows) {
        return LANE_LABEL + rows * ROW + LANE_GAP;
    }

    /** The labels of the law dates in force inside the range, on up to two rows; returns the top of their lines. */
    private double lawLabels() {
        double[] rowEnd = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Chronology.LawDate law : lawDates) {
            String label = texts.text("law." + law.name()) + " " + texts.date(law.at());
            double width = textWidth(label, 10);
            double anchor = Math.max(LEFT, Math.min(scale.x(law.at()) + 3, RIGHT - width));
            int row = anchor > rowEnd[0] + 6 || anchor <= rowEnd[1] + 6 ? 0 : 1;
            svg.text("text", label, "x", (double) (anchor), "y", (double) (y + 10 + row * 13), "font-size", "10",
                    "fill", DARK);
            rowEnd[row] = anchor + width;
        }
        y += lawDates.isEmpty() ? 6 : 2 * 13;
        return y - (lawDates.isEmpty() ? 0 : 2);
    }

    private void laneLabel(String label) {
        svg.text("text", label, "x", LEFT, "y", (double) (y + 10), "font-weight", "bold", "fill", INK);
        y += LANE_LABEL;
    }

    private void contentLane() {
        laneLabel(texts.text("lane.content"));
        double top = y;
        for (Chronology.Stretch s : chronology.stretches()) {
            double x0 = scale.x(s.from());
            double x1 = scale.x(s.until());
            String title = texts.text(s.up() ? "stretch.up" : "stretch.down", "from", s.from(), "until", s.until());
            group("stretch " + (s.up() ? "up" : "down"), title, interval(s.from(), s.until()));
            svg.empty("rect", "x", (double) (x0), "y", (double) (top + 3), "width", (double) (Math.max(x1 - x0, 1)),
                    "height", (double) (ROW - 6), "fill", s.up() ? DARK : PAPER, "stroke", s.up() ? DARK : MID,
                    "stroke-width", "1");
            svg.close("g");
        }
        double mid = top + ROW / 2;
        marker("event self-initiated-measure", chronology.selfInitiatedMeasureAt(), mid, Shape.SQUARE, true,
                "event.selfInitiated");
        marker("event user-warned", chronology.userWarnedAt(), mid, Shape.TRIANGLE_RIGHT, false, "event.userWarned");
        marker("event live-ended", chronology.liveEndedAt(), mid, Shape.BAR, true, "event.liveEnded");
        bars.add(new double[] {top, top + ROW});
        y = top + ROW + LANE_GAP;
    }

    private void liableLane() {
        String scope = texts.text("scope." + classification.jointScope().name()).strip();
        laneLabel(texts.text("lane.liable") + (scope.isEmpty() ? "" : " — " + scope)
                + (classification.liablePeriods().isEmpty() ? ": " + texts.text("none") : ""));
        double top = y;
        svg.empty("line", "x1", LEFT, "y1", (double) (top + ROW / 2), "x2", RIGHT,
                "y2", (double) (top + ROW / 2), "stroke", LIGHT, "stroke-width", "1");
        for (LiablePeriod p : classification.liablePeriods()) {
            double x0 = scale.x(p.from());
            double x1 = scale.x(p.until() == null ? chronology.asOf() : p.until());
            group("liable-period", liableText(p), interval(p.from(), p.until()));
            svg.empty("rect", "x", (double) (x0), "y", (double) (top + 1), "width", (double) (Math.max(x1 - x0, 2)),
                    "height", (double) (ROW - 2), "fill", "url(#liable)", "stroke", INK, "stroke-width", "1.5");
            svg.close("g");
        }
        bars.add(new double[] {top, top + ROW});
        y = top + ROW + LANE_GAP;
    }

    private void knowledgeLane() {
        laneLabel(texts.text("lane.knowledge"));
        double top = y;
        for (Chronology.Deadline d : chronology.deadlines()) {
            if (d.duty() == Chronology.Duty.KNOWLEDGE) {
                band(d, top, "knowledge", texts.text("band.knowledge.prompt", "start", d.start(), "prompt",
                        d.prompt()), texts.text("band.knowledge.late", "start", d.start(), "late", d.late()));
            }
        }
        double mid = top + ROW / 2;
        marker("event knowledge-since", chronology.knowledgeSince(), mid, Shape.CIRCLE, false, "event.knowledgeSince");
        marker("event knowledge-from", classification.knowledgeFrom(), mid, Shape.STAR, true, "event.knowledgeFrom");
        bars.add(new double[] {top, top + ROW});
        y = top + ROW + LANE_GAP;
    }

    private void noticeLane(Chronology.Notice n) {
        int number = n.index() + 1;
        laneLabel(texts.text(n.valid() ? "lane.notice" : "lane.noticeInvalid", "number", number));
        double top = y;
        String who = "notice-" + n.index();
        for (Chronology.Deadline d : chronology.deadlines()) {
            if (d.notice() != n.index()) {
                continue;
            }
            switch (d.duty()) {
                case NOTICE -> band(d, top, who, texts.text("band.prompt", "number", number, "prompt", d.prompt()),
                        texts.text("band.late", "number", number, "late", d.late()));
                case MEASURE_TERMINATION -> single(d, top, who + " termination",
                        texts.text("band.termination", "number", number, "prompt", d.prompt()));
                case REG_17_RESTORATION -> single(d, top, who + " reg17",
                        texts.text("band.reg17", "number", number, "prompt", d.prompt()));
                case KNOWLEDGE -> {
                }
            }
        }
        double lower = top + ROW;
        for (Chronology.Period p : chronology.counterNoticePeriods()) {
            if (p.notice() != n.index()) {
                continue;
            }
            double x0 = scale.x(p.from());
            double x1 = scale.x(p.until());
            group("counter-notice-period " + who, texts.text("period", "number", number, "from", p.from(),
                    "until", p.until()), interval(p.from(), p.until()));
            svg.empty("rect", "x", (double) (x0), "y", (double) (lower + 3), "width", (double) (Math.max(x1 - x0, 1)),
                    "height", (double) (ROW - 6), "fill", "url(#dots)", "stroke", MID, "stroke-width", "1");
            svg.close("g");
        }
        double mid = top + ROW / 2;
        svg.empty("line", "x1", LEFT, "y1", (double) (mid), "x2", RIGHT, "y2",
                (double) (mid), "stroke", LIGHT, "stroke-width", "1");
        noticeMarker(who + " received", n.receivedAt(), mid, Shape.CIRCLE, false, "event.received", number);
        noticeMarker(who + " reappeared", n.reappearedAt(), mid, Shape.TRIANGLE_UP, false, "event.reappeared", number);
        noticeMarker(who + " forwarded", n.forwardedAt(), mid, Shape.TRIANGLE_RIGHT, true, "event.forwarded", number);
        noticeMarker(who + " measure", n.measuresTakenAt(), mid, Shape.SQUARE, n.measureEffective(),
                n.measureEffective() ? "event.measure" : "event.measureIneffective", number);
        noticeMarker(who + " restored", n.restoredAt(), mid, Shape.DIAMOND, false, "event.restored", number);
        Chronology.CounterNoticeDates counter = n.counterNotice();
        if (counter != null) {
            double low = lower + ROW / 2;
            noticeMarker(who + " counter-notice", counter.receivedAt(), low, Shape.CIRCLE, true,
                    "event.counterNotice", number);
            noticeMarker(who + " counter-forwarded", counter.forwardedToRightsHolderAt(), low, Shape.TRIANGLE_RIGHT,
                    false, "event.counterForwarded", number);
            noticeMarker(who + " complained", counter.rightsHolderComplainedOrSuedAt(), low, Shape.CROSS, true,
                    "event.complained", number);
        }
        bars.add(new double[] {top, top + 2 * ROW});
        y = top + 2 * ROW + LANE_GAP;
    }

    /** A duty's band: in time up to the prompt bound (light), contested up to the late bound (hatched). */
    private void band(Chronology.Deadline d, double top, String who, String promptTitle, String lateTitle) {
        double x0 = scale.x(d.start());
        double xp = scale.x(d.prompt());
        double xl = scale.x(d.late());
        group("band prompt " + who, promptTitle, interval(d.start(), d.prompt()));
        svg.empty("rect", "x", (double) (x0), "y", (double) (top), "width", (double) (Math.max(xp - x0, 1)),
                "height", (double) (ROW), "fill", LIGHT);
        svg.close("g");
        group("band late " + who, lateTitle, interval(d.prompt(), d.late()));
        svg.empty("rect", "x", (double) (xp), "y", (double) (top), "width", (double) (Math.max(xl - xp, 1)),
                "height", (double) (ROW), "fill", "url(#late)");
        svg.empty("line", "x1", (double) (xl), "y1", (double) (top), "x2", (double) (xl), "y2",
                (double) (top + ROW), "stroke", DARK, "stroke-width", "1.5");
        svg.close("g");
    }

    /** A duty with one bound: a light bar from its start to the bound, which is marked. */
    private void single(Chronology.Deadline d, double top, String who, String title) {
        double x0 = scale.x(d.start());
        double xp = scale.x(d.prompt());
        group("band " + who, title, interval(d.start(), d.prompt()));
        svg.empty("rect", "x", (double) (x0), "y", (double) (top + 4), "width", (double) (Math.max(xp - x0, 1)),
                "height", (double) (ROW - 8), "fill", LIGHT, "stroke", MID, "stroke-width", "1");
        svg.empty("line", "x1", (double) (xp), "y1", (double) (top), "x2", (double) (xp), "y2",
                (double) (top + ROW), "stroke", DARK, "stroke-width", "1.5");
        svg.close("g");
    }

    private void noticeMarker(String kind, Instant at, double cy, Shape shape, boolean filled, String key,
            int number) {
        if (at == null) {
            return;
        }
        group("event " + kind, texts.text(key, "number", number, "at", at), Moment.render(at));
        shape(shape, scale.x(at), cy, filled);
        svg.close("g");
    }

    private void marker(String kind, Instant at, double cy, Shape shape, boolean filled, String key) {
        if (at == null) {
            return;
        }
        group(kind, texts.text(key, "at", at), Moment.render(at));
        shape(shape, scale.x(at), cy, filled);
        svg.close("g");
    }

    private enum Shape {
        CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_RIGHT, CROSS, STAR, BAR
    }

    private void shape(Shape shape, double x, double cy, boolean filled) {
        String fill = filled ? INK : PAPER;
        switch (shape) {
            case CIRCLE -> svg.empty("circle", "cx", (double) (x), "cy", (double) (cy), "r", "5", "fill", fill,
                    "stroke", INK, "stroke-width", "1.5");
            case SQUARE -> svg.empty("rect", "x", (double) (x - 5), "y", (double) (cy - 5), "width", "10",
                    "height", "10", "fill", fill, "stroke", INK, "stroke-width", "1.5");
            case DIAMOND -> polygon(fill, x, cy - 6, x + 6, cy, x, cy + 6, x - 6, cy);
            case TRIANGLE_UP -> polygon(fill, x, cy - 6, x + 6, cy + 5, x - 6, cy + 5);
            case TRIANGLE_RIGHT -> polygon(fill, x - 5, cy - 6, x + 6, cy, x - 5, cy + 6);
            case CROSS -> svg.empty("path", "d", "M" + Svg.coordinate(x - 5) + " " + Svg.coordinate(cy - 5) + "L"
                    + Svg.coordinate(x + 5) + " " + Svg.coordinate(cy + 5) + "M" + Svg.coordinate(x - 5) + " "
                    + Svg.coordinate(cy + 5) + "L" + Svg.coordinate(x + 5) + " " + Svg.coordinate(cy - 5), "stroke", INK,
                    "stroke-width", "2", "fill", "none");
            case STAR -> polygon(fill, x, cy - 7, x + 2, cy - 2, x + 7, cy - 2, x + 3, cy + 1.5, x + 4.5, cy + 7,
                    x, cy + 3.5, x - 4.5, cy + 7, x - 3, cy + 1.5, x - 7, cy - 2, x - 2, cy - 2);
            case BAR -> svg.empty("rect", "x", (double) (x - 1.5), "y", (double) (cy - 8), "width", "3",
                    "height", "16", "fill", INK);
        }
    }

    private void polygon(String fill, double... points) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(Svg.coordinate(points[i])).append(',').append(Svg.coordinate(points[i + 1]));
        }
        svg.empty("polygon", "points", p.toString(), "fill", fill, "stroke", INK, "stroke-width", "1.5");
    }

    /** A group that stands for one fact: its kind as class, its title, its instant or interval as metadata. */
    private void group(String kind, String title, String metadata) {
        svg.open("g", "class", kind);
        svg.text("title", title);
        svg.text("metadata", metadata);
    }

    private static String interval(Instant from, Instant until) {
        return Moment.render(from) + "/" + (until == null ? ".." : Moment.render(until));
    }

    /** The breaks of the axis drawn across the lanes' bars: a slanted white strip edged in grey. */
    private void breaksOver() {
        for (TimeScale.Break b : scale.breaks()) {
            double mid = (b.x0() + b.x1()) / 2;
            for (double[] bar : bars) {
                String points = Svg.coordinate(mid - 5) + "," + Svg.coordinate(bar[1] + 2) + " " + Svg.coordinate(mid + 1) + ","
                        + Svg.coordinate(bar[0] - 2) + " " + Svg.coordinate(mid + 5) + "," + Svg.coordinate(bar[0] - 2) + " "
                        + Svg.coordinate(mid - 1) + "," + Svg.coordinate(bar[1] + 2);
                svg.empty("polygon", "class", "break", "points", points, "fill", PAPER, "stroke", MID,
                        "stroke-width", "1");
            }
        }
    }

    /** Vertical lines: the dates of the law, asOf, a pending actBy and its clearlyLateAt. */
    private void lines(double top, double bottom) {
        for (Chronology.LawDate law : lawDates) {
            double x = scale.x(law.at());
            group("line law-date " + law.name(), texts.text("law." + law.name()) + " " + texts.date(law.at()),
                    Moment.render(law.at()));
            svg.empty("line", "x1", (double) (x), "y1", (double) (top - 10), "x2", (double) (x), "y2",
                    (double) (bottom), "stroke", DARK, "stroke-width", "1", "stroke-dasharray", "1 3");
            svg.close("g");
        }
        line("line as-of", chronology.asOf(), top, bottom, "line.asOf", "2", null);
        line("line act-by", classification.actBy(), top, bottom, "line.actBy", "1.5", "6 3");
        line("line clearly-late", classification.clearlyLateAt(), top, bottom, "line.clearlyLate", "1.5",
                "8 3 2 3");
    }

    private void line(String kind, Instant at, double top, double bottom, String key, String width, String dashes) {
        if (at == null) {
            return;
        }
        double x = scale.x(at);
        group(kind, texts.text(key, "at", at), Moment.render(at));
        svg.empty("line", "x1", (double) (x), "y1", (double) (top), "x2", (double) (x), "y2",
                (double) (bottom + 4), "stroke", INK, "stroke-width", width, "stroke-dasharray", dashes);
        svg.close("g");
    }

    /** The labels of asOf, actBy and clearlyLateAt under the lanes, one row each. */
    private void lineLabels() {
        Instant[] at = {chronology.asOf(), classification.actBy(), classification.clearlyLateAt()};
        String[] keys = {"line.asOf", "line.actBy", "line.clearlyLate"};
        for (int i = 0; i < at.length; i++) {
            if (at[i] == null) {
                continue;
            }
            String label = texts.text(keys[i], "at", at[i]);
            double width = textWidth(label, 10);
            double x = scale.x(at[i]);
            double anchor = Math.max(LEFT, Math.min(x - width / 2, RIGHT - width));
            svg.text("text", label, "x", (double) (anchor), "y", (double) (y + 10 + i * 13), "font-size", "10",
                    "fill", INK);
        }
        y += 3 * 13 + 6;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Axis

    private static final Duration[] STEPS = {Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6),
        Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(14),
        Duration.ofDays(30), Duration.ofDays(91), Duration.ofDays(182), Duration.ofDays(365)};

    private void axis() {
        double line = y + 4;
        for (TimeScale.Segment s : scale.segments()) {
            svg.empty("line", "x1", (double) (s.x0()), "y1", (double) (line), "x2", (double) (s.x1()), "y2",
                    (double) (line), "stroke", INK, "stroke-width", "1.5");
        }
        double breakLabelEnd = Double.NEGATIVE_INFINITY;
        for (TimeScale.Break b : scale.breaks()) {
            long days = ChronoUnit.DAYS.between(b.from(), b.until());
            String label = texts.text("gap", "days", days);
            group("break", label, interval(b.from(), b.until()));
            for (double x : new double[] {b.x0() + 4, b.x1() - 4}) {
                svg.empty("line", "x1", (double) (x - 3), "y1", (double) (line + 5), "x2", (double) (x + 3),
                        "y2", (double) (line - 5), "stroke", INK, "stroke-width", "1.5");
            }
            double width = textWidth(label, 9);
            double anchor = Math.max(LEFT, Math.min((b.x0() + b.x1()) / 2 - width / 2, RIGHT - width));
            int row = anchor > breakLabelEnd + 4 ? 0 : 1;
            svg.text("text", label, "x", (double) (anchor), "y", (double) (line + 28 + row * 11), "font-size",
                    "9", "fill", DARK);
            breakLabelEnd = row == 0 ? anchor + width : breakLabelEnd;
            svg.close("g");
        }
        // the ends of each segment are labelled first; the regular ticks where there is room left
        List<Instant> ticks = new ArrayList<>();
        List<Instant> labelled = new ArrayList<>();
        for (TimeScale.Segment s : scale.segments()) {
            labelled.add(s.first());
            if (!s.last().equals(s.first())) {
                labelled.add(s.last());
            }
        }
        for (TimeScale.Segment s : scale.segments()) {
            ticks.addAll(ticks(s));
        }
        List<double[]> placed = new ArrayList<>();
        for (Instant tick : labelled) {
            tick(tick, line, placed, true);
        }
        for (Instant tick : ticks) {
            tick(tick, line, placed, false);
        }
        y = line + 52;
    }

    /** A tick and, where it does not overlap a label already placed, its label. */
    private void tick(Instant tick, double line, List<double[]> placed, boolean end) {
        double x = scale.x(tick);
        svg.empty("line", "x1", (double) (x), "y1", (double) (line), "x2", (double) (x), "y2",
                (double) (line + (end ? 6 : 4)), "stroke", INK, "stroke-width", "1");
        String label = tickLabel(tick);
        double width = textWidth(label, 10);
        double anchor = Math.max(LEFT, Math.min(x - width / 2, RIGHT - width));
        for (double[] other : placed) {
            if (anchor < other[1] + 8 && anchor + width + 8 > other[0]) {
                return;
            }
        }
        svg.text("text", label, "x", (double) (anchor), "y", (double) (line + 17), "font-size", "10", "fill", INK);
        placed.add(new double[] {anchor, anchor + width});
    }

    /** Ticks of a segment: a step that gives at most one tick per 110 units, on whole hours or days at +08:00. */
    private static List<Instant> ticks(TimeScale.Segment s) {
        long seconds = s.until().getEpochSecond() - s.from().getEpochSecond();
        double width = s.x1() - s.x0();
        Duration step = STEPS[STEPS.length - 1];
        for (Duration candidate : STEPS) {
            if (width / Math.max(1.0, (double) seconds / candidate.toSeconds()) >= 110) {
                step = candidate;
                break;
            }
        }
        List<Instant> out = new ArrayList<>();
        ZonedDateTime start = s.from().atZone(Moment.CHINA);
        ZonedDateTime t;
        if (step.toDays() >= 1) {
            LocalDate day = start.toLocalDate().plusDays(1);
            if (step.toDays() >= 30) {
                day = day.withDayOfMonth(1).plusMonths(1);
            }
            t = day.atStartOfDay(Moment.CHINA);
        } else {
            t = start.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            long hours = step.toHours();
            while (t.getHour() % hours != 0) {
                t = t.plusHours(1);
            }
        }
        while (!t.toInstant().isAfter(s.until())) {
            out.add(t.toInstant());
            if (step.toDays() >= 30) {
                t = t.plusMonths(step.toDays() / 30);
            } else {
                t = t.plus(step);
            }
        }
        return out;
    }

    private String tickLabel(Instant tick) {
        ZonedDateTime local = tick.atZone(Moment.CHINA);
        return local.getHour() == 0 && local.getMinute() == 0 ? texts.date(tick) : texts.instant(tick);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Legend

    private static final String[] LEGEND = {"up", "down", "liable", "prompt", "late", "period", "received",
        "forwarded", "measure", "restored", "counterNotice", "complained", "knowledge", "asOf", "actBy",
        "clearlyLate", "law", "gap"};

    private void legend() {
        svg.text("text", texts.text("legend.title"), "x", LEFT, "y", (double) (y), "font-weight",
                "bold", "fill", INK);
        double top = y + 8;
        double column = (RIGHT - LEFT) / 3;
        for (int i = 0; i < LEGEND.length; i++) {
            double x = LEFT + (i % 3) * column;
            double row = top + (i / 3) * 20;
            svg.open("g", "class", "legend " + LEGEND[i]);
            swatch(LEGEND[i], x, row);
            svg.text("text", texts.text("legend." + LEGEND[i]), "x", (double) (x + 32), "y", (double) (row + 11),
                    "fill", INK);
            svg.close("g");
        }
    }

    private void swatch(String item, double x, double top) {
        double cy = top + 7;
        switch (item) {
            case "up" -> rect(x, top + 2, DARK, DARK);
            case "down" -> rect(x, top + 2, PAPER, MID);
            case "liable" -> rect(x, top + 2, "url(#liable)", INK);
            case "prompt" -> rect(x, top + 2, LIGHT, LIGHT);
            case "late" -> rect(x, top + 2, "url(#late)", MID);
            case "period" -> rect(x, top + 2, "url(#dots)", MID);
            case "received" -> shape(Shape.CIRCLE, x + 12, cy, false);
            case "forwarded" -> shape(Shape.TRIANGLE_RIGHT, x + 12, cy, true);
            case "measure" -> shape(Shape.SQUARE, x + 12, cy, true);
            case "restored" -> {
                shape(Shape.DIAMOND, x + 6, cy, false);
                shape(Shape.TRIANGLE_UP, x + 19, cy, false);
            }
            case "counterNotice" -> shape(Shape.CIRCLE, x + 12, cy, true);
            case "complained" -> shape(Shape.CROSS, x + 12, cy, true);
            case "knowledge" -> shape(Shape.STAR, x + 12, cy, true);
            case "asOf" -> vertical(x + 12, top, "2", null);
            case "actBy" -> vertical(x + 12, top, "1.5", "6 3");
            case "clearlyLate" -> vertical(x + 12, top, "1.5", "8 3 2 3");
            case "law" -> svg.empty("line", "x1", (double) (x + 12), "y1", (double) (top), "x2",
                    (double) (x + 12), "y2", (double) (top + 14), "stroke", DARK, "stroke-width", "1",
                    "stroke-dasharray", "1 3");
            case "gap" -> {
                svg.empty("line", "x1", (double) (x + 5), "y1", (double) (cy + 5), "x2", (double) (x + 11),
                        "y2", (double) (cy - 5), "stroke", INK, "stroke-width", "1.5");
                svg.empty("line", "x1", (double) (x + 13), "y1", (double) (cy + 5), "x2", (double) (x + 19),
                        "y2", (double) (cy - 5), "stroke", INK, "stroke-width", "1.5");
            }
            default -> throw new IllegalArgumentException(item);
        }
    }

    private void rect(double x, double top, String fill, String stroke) {
        svg.empty("rect", "x", (double) (x), "y", (double) (top), "width", "24", "height", "11", "fill", fill,
                "stroke", stroke, "stroke-width", "1");
    }

    private void vertical(double x, double top, String width, String dashes) {
        svg.empty("line", "x1", (double) (x), "y1", (double) (top), "x2", (double) (x), "y2",
                (double) (top + 14), "stroke", INK, "stroke-width", width, "stroke-dasharray", dashes);
    }

    /** The patterns: liable periods hatched dark, the contested stretch of a band hatched light, dots for periods. */
    private void patterns() {
        svg.open("defs");
        svg.open("pattern", "id", "liable", "patternUnits", "userSpaceOnUse", "width", "6", "height", "6",
                "patternTransform", "rotate(45)");
        svg.empty("rect", "x", "0", "y", "0", "width", "6", "height", "6", "fill", PAPER);
        svg.empty("rect", "x", "0", "y", "0", "width", "3", "height", "6", "fill", INK);
        svg.close("pattern");
        svg.open("pattern", "id", "late", "patternUnits", "userSpaceOnUse", "width", "6", "height", "6",
                "patternTransform", "rotate(-45)");
        svg.empty("rect", "x", "0", "y", "0", "width", "6", "height", "6", "fill", LIGHT);
        svg.empty("rect", "x", "0", "y", "0", "width", "1.5", "height", "6", "fill", MID);
        svg.close("pattern");
        svg.open("pattern", "id", "dots", "patternUnits", "userSpaceOnUse", "width", "5", "height", "5");
        svg.empty("rect", "x", "0", "y", "0", "width", "5", "height", "5", "fill", PAPER);
        svg.empty("circle", "cx", "2.5", "cy", "2.5", "r", "1.2", "fill", DARK);
        svg.close("pattern");
        svg.close("defs");
    }

    /** An estimate of a text's width: CJK characters a full em, others about 0.6 em. */
    private static double textWidth(String text, double fontSize) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x2E80 ? fontSize : fontSize * 0.6;
        }
        return width;
    }
}
