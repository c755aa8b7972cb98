package cn.netlaw.api.provisions;

import cn.netlaw.liability.Provision;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The provisions catalogue ({@code src/main/resources/law/provisions.yaml}, a copy of the shared law folder's file) as
 * the service serves and cites it: every provision with its instrument, article, paragraph, dates in force, Chinese text,
 * English working rendering and verification status. Read once, at start-up; a catalogue that cannot be read, or whose
 * ids do not match the engine's {@link Provision} constants one to one, stops the service from starting.
 *
 * <p>Ids follow the catalogue's convention {@code INSTRUMENT_ARTICLE[_PARAGRAPH][_VERSION]}. The <em>instrument key</em>
 * of an id is the part before its article number ({@code CIVIL_CODE} of {@code CIVIL_CODE_1195_2}, {@code SPC_PR_2020}
 * of {@code SPC_PR_2020_3_1}); the <em>version</em> is a trailing year after the article and paragraph
 * ({@code 2012} of {@code SPC_NDR_13_2012}), naming an earlier text of an instrument whose current text has an id without
 * one.
 */
public final class ProvisionCatalogue {

    /** The catalogue on the classpath. */
    static final String RESOURCE = "law/provisions.yaml";

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The instrument a provision belongs to, named as the catalogue names it. */
    public record Instrument(String zh, String en) {
        public Instrument {
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }
    }

    /**
     * One provision.
     *
     * @param instrumentKey the id's instrument part, e.g. {@code SPC_NDR}
     * @param paragraph     {@code null} when the article is cited as a whole
     * @param version       the id's trailing year, e.g. {@code 2012}; {@code null} when it has none
     * @param effectiveTo   {@code null}: still in force
     * @param textZh        {@code null} where no Chinese text was seen in a source
     */
    public record Entry(String id, String instrumentKey, Instrument instrument, int article, Integer paragraph,
                        String version, LocalDate effectiveFrom, LocalDate effectiveTo, String textZh, String textEn,
                        boolean verified) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(instrumentKey, "instrumentKey");
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(textEn, "textEn");
            if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
                throw new IllegalArgumentException(id + ": effective_to before effective_from");
            }
        }

        /** In force on the day: effectiveFrom ≤ day ≤ effectiveTo, both inclusive; no effectiveTo = still in force. */
        public boolean inForceOn(LocalDate day) {
            return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
        }

        /** Whether {@code prefix} names this provision's instrument, or a family of instruments including it. */
        boolean belongsTo(String prefix) {
            return instrumentKey.equals(prefix) || instrumentKey.startsWith(prefix + "_");
        }
    }

    private static final class Standard {
        static final ProvisionCatalogue CATALOGUE = fromClasspath();
    }

    private final Map<String, Entry> entries;
    private final Set<String> instrumentKeys;

    private ProvisionCatalogue(List<Entry> entries) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Entry entry : entries) {
            if (byId.put(entry.id(), entry) != null) {
                throw new IllegalStateException("the provisions catalogue lists " + entry.id() + " twice");
            }
            keys.add(entry.instrumentKey());
        }
        if (byId.isEmpty()) {
            throw new IllegalStateException("the provisions catalogue lists no provisions");
        }
        this.entries = Collections.unmodifiableMap(byId);
        this.instrumentKeys = Collections.unmodifiableSet(keys);
    }

    /** The catalogue of the service ({@value #RESOURCE} on the classpath), read once per class loader. */
    public static ProvisionCatalogue standard() {
        return Standard.CATALOGUE;
    }

    private static ProvisionCatalogue fromClasspath() {
        try (InputStream in = ProvisionCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the provisions catalogue " + RESOURCE + " is not on the classpath");
            }
            ProvisionCatalogue catalogue = read(in);
            List<String> mismatches = catalogue.mismatchesWith(Provision.values());
            if (!mismatches.isEmpty()) {
                throw new IllegalStateException("the provisions catalogue " + RESOURCE + " does not match the engine: "
                        + String.join("; ", mismatches));
            }
            return catalogue;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the provisions catalogue " + RESOURCE, e);
        }
    }

    /** Reads a catalogue in the format of {@code provisions.yaml}. */
    static ProvisionCatalogue read(InputStream yaml) throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        List<Entry> entries = new ArrayList<>();
        for (JsonNode provision : document.path("provisions")) {
            entries.add(entry(provision));
        }
        return new ProvisionCatalogue(entries);
    }

    private static Entry entry(JsonNode p) {
        String id = text(p, "id");
        int article = p.path("article").asInt(-1);
        if (article <= 0) {
            throw new IllegalStateException(id + ": article is not a positive whole number");
        }
        Integer paragraph = p.path("paragraph").isInt() ? p.path("paragraph").asInt() : null;
        String[] tokens = id.split("_");
        int at = articleToken(tokens, article, paragraph);
        if (at < 1) {
            throw new IllegalStateException(id + ": the id does not end in article " + article
                    + " [paragraph] [version year] (convention INSTRUMENT_ARTICLE[_PARAGRAPH][_VERSION])");
        }
        String last = tokens[tokens.length - 1];
        String version = at < tokens.length - 1 && YEAR.matcher(last).matches() && !last.equals(paragraphText(paragraph))
                ? last : null;
        JsonNode instrument = p.path("instrument");
        return new Entry(id, String.join("_", Arrays.copyOfRange(tokens, 0, at)),
                new Instrument(text(instrument, "zh"), text(instrument, "en")), article, paragraph, version,
                date(p, "effective_from", id), p.path("effective_to").isNull() ? null : date(p, "effective_to", id),
                p.path("text_zh").isTextual() ? p.path("text_zh").asText() : null, text(p, "text_en"),
                p.path("verified").asBoolean(false));
    }

    /**
     * The index of the article token: the last token equal to the article number that is followed by the paragraph
     * (when the provision has one) and then at most a version year; -1 when there is none.
     */
    private static int articleToken(String[] tokens, int article, Integer paragraph) {
        String articleText = Integer.toString(article);
        for (int i = tokens.length - 1; i >= 1 && i >= tokens.length - 3; i--) {
            if (!tokens[i].equals(articleText)) {
                continue;
            }
            int next = i + 1;
            if (paragraph != null) {
                if (next == tokens.length || !tokens[next].equals(paragraphText(paragraph))) {
                    continue;
                }
                next++;
            }
            if (next < tokens.length && YEAR.matcher(tokens[next]).matches()) {
                next++;
            }
            if (next == tokens.length) {
                return i;
            }
        }
        return -1;
    }

    private static String paragraphText(Integer paragraph) {
        return paragraph == null ? null : Integer.toString(paragraph);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException("a provision lacks its " + field + ": " + node.path("id").asText("?"));
        }
        return value.asText();
    }

    private static LocalDate date(JsonNode node, String field, String id) {
        String text = node.path(field).asText("");
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(id + ": " + field + " is not a date YYYY-MM-DD: '" + text + "'", e);
        }
    }

    /** Every provision, in the catalogue's order. */
    public List<Entry> all() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The entry of an id the engine cites; every {@link Provision} has one (checked by a test and at start-up). */
    public Entry of(Provision provision) {
        Entry entry = entries.get(provision.name());
        if (entry == null) {
            throw new IllegalStateException("the engine cites " + provision + ", which the catalogue lacks");
        }
        return entry;
    }

    /** The instrument keys, in the order of their first provision. */
    public Set<String> instrumentKeys() {
        return instrumentKeys;
    }

    /** Whether {@code prefix} is an instrument key, or a leading part of one that ends before an underscore. */
    public boolean knowsInstrument(String prefix) {
        return instrumentKeys.stream().anyMatch(key -> key.equals(prefix) || key.startsWith(prefix + "_"));
    }

    /** The provisions of the instrument (prefix) and in force on the day, each filter only when given. */
    public List<Entry> select(String instrument, LocalDate inForceOn) {
        return entries.values().stream()
                .filter(entry -> instrument == null || entry.belongsTo(instrument))
                .filter(entry -> inForceOn == null || entry.inForceOn(inForceOn))
                .toList();
    }

    /**
     * The ids of the engine's vocabulary missing from the catalogue, and the catalogue's ids the engine lacks; both
     * empty for a catalogue the service can run on.
     */
    public List<String> mismatchesWith(Provision[] vocabulary) {
        List<String> mismatches = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Provision provision : vocabulary) {
            names.add(provision.name());
            if (!entries.containsKey(provision.name())) {
                mismatches.add(provision.name() + " is cited by the engine but not in the catalogue");
            }
        }
        for (String id : entries.keySet()) {
            if (!names.contains(id)) {
                mismatches.add(id + " is in the catalogue but not in the engine's Provision constants");
            }
        }
        return mismatches;
    }
}
