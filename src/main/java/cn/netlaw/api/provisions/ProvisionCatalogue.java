package cn.netlaw.api.provisions;

import cn.netlaw.liability.Provision;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provisions catalogue ({@code src/main/resources/law/provisions.yaml}, a copy of the shared law folder's file) as
 * the service serves and cites it: every provision with its instrument, article, paragraph, dates in force, Chinese text,
 * English working rendering and verification status. Read once, at start-up; a catalogue that cannot be read, that
 * breaks a rule of its format ({@link Listed}: id pattern, required texts, dates; every fault is reported at once), or
 * whose ids do not match the engine's {@link Provision} constants one to one, stops the service from starting.
 *
 * <p>The rules are checked by hand ({@link #faults}), not by a Bean Validation provider: bootstrapping one for this
 * file alone cost about a tenth of the service's start-up (bench/README.md, issue 17), for a dozen checks.
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
    private static final String DATE_TEXT = "\\d{4}-\\d{2}-\\d{2}";
    private static final Pattern DATE = Pattern.compile(DATE_TEXT);
    /** Capital letters and digits in parts joined by underscores, at least two parts. */
    private static final String ID = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)+";

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

    /**
     * Reads a catalogue in the format of {@code provisions.yaml}: the file is bound to {@link Listing} and checked
     * against the rules of its format, and every fault is reported at once (an {@link IllegalStateException} listing each with
     * its path, e.g. {@code provisions[3] (CIVIL_CODE_1195_2).text_en: must not be blank}), not only the first.
     */
    static ProvisionCatalogue read(InputStream yaml) throws IOException {
        Listing listing;
        try {
            listing = YAML.readValue(yaml, Listing.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the provisions catalogue is not of the catalogue's shape: "
                    + e.getOriginalMessage() + " at " + e.getLocation(), e);
        }
        List<String> faults = faults(listing);
        if (!faults.isEmpty()) {
            throw new IllegalStateException("the provisions catalogue has " + faults.size()
                    + (faults.size() == 1 ? " fault: " : " faults: ") + String.join("; ", faults));
        }
        return new ProvisionCatalogue(listing.provisions().stream().map(Listed::entry).toList());
    }

    /**
     * Every broken rule of the listing, by path in the file's order (the messages of one field joined in alphabetical
     * order), and every id listed twice.
     */
    static List<String> faults(Listing listing) {
        if (listing == null) {
            return List.of("the file is empty");
        }
        SortedMap<String, String> violations = new TreeMap<>(ProvisionCatalogue::inFileOrder);
        listing.check((path, message) -> violations.merge(path, message,
                (a, b) -> a.compareTo(b) <= 0 ? a + ", " + b : b + ", " + a));
        List<String> faults = new ArrayList<>();
        violations.forEach((path, message) -> faults.add(named(listing, path) + ": " + message));
        if (listing.provisions() != null) {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < listing.provisions().size(); i++) {
                Listed provision = listing.provisions().get(i);
                if (provision != null && provision.id() != null && !seen.add(provision.id())) {
                    faults.add("provisions[" + i + "].id: " + provision.id() + " is listed twice");
                }
            }
        }
        return faults;
    }

    private static final Pattern INDEXED = Pattern.compile("provisions\\[(\\d+)](.*)");

    /** Paths of one provision together, provisions in the file's order (index as a number, not as text). */
    private static int inFileOrder(String a, String b) {
        Matcher ma = INDEXED.matcher(a);
        Matcher mb = INDEXED.matcher(b);
        if (ma.matches() && mb.matches()) {
            int byIndex = Integer.compare(Integer.parseInt(ma.group(1)), Integer.parseInt(mb.group(1)));
            return byIndex != 0 ? byIndex : ma.group(2).compareTo(mb.group(2));
        }
        return a.compareTo(b);
    }

    /** A violation's path with the id of its provision, where it has one, and the file's own field names. */
    private static String named(Listing listing, String path) {
        Matcher indexed = INDEXED.matcher(path);
        String named = path.replace("effectiveFrom", "effective_from").replace("effectiveTo", "effective_to")
                .replace("textZh", "text_zh").replace("textEn", "text_en").replace("idOfItsArticle", "id");
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(1));
            Listed provision = index < listing.provisions().size() ? listing.provisions().get(index) : null;
            if (provision != null && provision.id() != null && !provision.id().isBlank()) {
                return "provisions[" + index + "] (" + provision.id() + ")" + named.substring(named.indexOf(']') + 1);
            }
        }
        return named;
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String NOT_NULL = "must not be null";
    private static final String NOT_BLANK = "must not be blank";
    private static final String POSITIVE = "must be greater than 0";
    private static final Pattern ID_PATTERN = Pattern.compile(ID);
    private static final Pattern TEXT = Pattern.compile("(?s).*\\S.*");

    /** Not null, and not only white space (characters up to U+0020, as {@link String#trim()} removes them). */
    private static boolean blank(String text) {
        return text == null || text.trim().isEmpty();
    }

    /** The file: its provisions (its other fields, the title and conventions, are for its readers). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listing(List<Listed> provisions) {

        /** Reports each broken rule as (path, message): at least one provision, none null, each by its own rules. */
        void check(BiConsumer<String, String> fault) {
            if (provisions == null || provisions.isEmpty()) {
                fault.accept("provisions", "must list at least one provision");
                return;
            }
            for (int i = 0; i < provisions.size(); i++) {
                String path = "provisions[" + i + "]";
                Listed provision = provisions.get(i);
                if (provision == null) {
                    fault.accept(path, NOT_NULL);
                } else {
                    provision.check(path, fault);
                }
            }
        }
    }

    /** The instrument as the file names it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ListedInstrument(String zh, String en) {

        /** Both names are texts. */
        void check(String path, BiConsumer<String, String> fault) {
            if (blank(zh)) {
                fault.accept(path + ".zh", NOT_BLANK);
            }
            if (blank(en)) {
                fault.accept(path + ".en", NOT_BLANK);
            }
        }
    }

    /**
     * One provision as the file lists it. The fields the service does not serve (regimes, rightTypes, appliesTo,
     * source_note: the engine holds its own) are not bound.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listed(
            String id,
            ListedInstrument instrument,
            Integer article,
            Integer paragraph,
            @JsonProperty("effective_from") String effectiveFrom,
            @JsonProperty("effective_to") String effectiveTo,
            @JsonProperty("text_zh") String textZh,
            @JsonProperty("text_en") String textEn,
            Boolean verified) {

        /**
         * Reports each broken rule of this provision as (path under {@code path}, message): the id's pattern, the
         * instrument's names, article and paragraph above 0, the dates' form, a Chinese text that is null or a text,
         * the English text, the verification flag, and the two rules across fields ({@link #isPeriod},
         * {@link #isIdOfItsArticle}). Every rule is checked, whatever the others found.
         */
        void check(String path, BiConsumer<String, String> fault) {
            if (blank(id)) {
                fault.accept(path + ".id", NOT_BLANK);
            }
            if (id != null && !ID_PATTERN.matcher(id).matches()) {
                fault.accept(path + ".id", "must be capital letters and digits in parts joined by _, "
                        + "INSTRUMENT_ARTICLE[_PARAGRAPH][_VERSION]");
            }
            if (instrument == null) {
                fault.accept(path + ".instrument", NOT_NULL);
            } else {
                instrument.check(path + ".instrument", fault);
            }
            if (article == null) {
                fault.accept(path + ".article", NOT_NULL);
            } else if (article <= 0) {
                fault.accept(path + ".article", POSITIVE);
            }
            if (paragraph != null && paragraph <= 0) {
                fault.accept(path + ".paragraph", POSITIVE);
            }
            if (effectiveFrom == null) {
                fault.accept(path + ".effectiveFrom", NOT_NULL);
            } else if (!DATE.matcher(effectiveFrom).matches()) {
                fault.accept(path + ".effectiveFrom", "must be a date YYYY-MM-DD");
            }
            if (effectiveTo != null && !DATE.matcher(effectiveTo).matches()) {
                fault.accept(path + ".effectiveTo", "must be a date YYYY-MM-DD or null");
            }
            if (textZh != null && !TEXT.matcher(textZh).matches()) {
                fault.accept(path + ".textZh", "must be null or a text");
            }
            if (blank(textEn)) {
                fault.accept(path + ".textEn", NOT_BLANK);
            }
            if (verified == null) {
                fault.accept(path + ".verified", NOT_NULL);
            }
            if (!isPeriod()) {
                fault.accept(path + ".period", "effective_from and effective_to must be days of the calendar, "
                        + "effective_to not before effective_from");
            }
            if (!isIdOfItsArticle()) {
                fault.accept(path + ".idOfItsArticle", "id must end in its article [paragraph] [version year] "
                        + "(INSTRUMENT_ARTICLE[_PARAGRAPH][_VERSION])");
            }
        }

        /** The dates are days of the calendar, and the last day in force is not before the first. */
        private boolean isPeriod() {
            LocalDate from = day(effectiveFrom);
            LocalDate to = day(effectiveTo);
            boolean wellFormed = (effectiveFrom == null || !DATE.matcher(effectiveFrom).matches() || from != null)
                    && (effectiveTo == null || !DATE.matcher(effectiveTo).matches() || to != null);
            return wellFormed && (from == null || to == null || !to.isBefore(from));
        }

        /** The id ends in the article, then the paragraph where there is one, then at most a version year. */
        private boolean isIdOfItsArticle() {
            // an id, article or paragraph that breaks its own rule is reported there
            return id == null || !ID_PATTERN.matcher(id).matches() || article == null || article <= 0
                    || (paragraph != null && paragraph <= 0) || articleToken(id.split("_"), article, paragraph) >= 1;
        }

        private static LocalDate day(String text) {
            if (text == null || !DATE.matcher(text).matches()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** The entry of a provision that has passed the checks. */
        Entry entry() {
            String[] tokens = id.split("_");
            int at = articleToken(tokens, article, paragraph);
            String last = tokens[tokens.length - 1];
            String version = at < tokens.length - 1 && YEAR.matcher(last).matches()
                    && !last.equals(paragraphText(paragraph)) ? last : null;
            return new Entry(id, String.join("_", Arrays.copyOfRange(tokens, 0, at)),
                    new Instrument(instrument.zh(), instrument.en()), article, paragraph, version,
                    LocalDate.parse(effectiveFrom), effectiveTo == null ? null : LocalDate.parse(effectiveTo), textZh,
                    textEn, verified);
        }
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
