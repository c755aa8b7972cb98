package cn.netlaw;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.provisions.ProvisionCatalogue;
import cn.netlaw.liability.AssumptionCode;
import cn.netlaw.liability.BandRight;
import cn.netlaw.liability.Budget;
import cn.netlaw.liability.Certainty;
import cn.netlaw.liability.ContestedQuestion;
import cn.netlaw.liability.DutyBreach;
import cn.netlaw.liability.JointScope;
import cn.netlaw.liability.Knowledge;
import cn.netlaw.liability.Liability;
import cn.netlaw.liability.NoticeChannel;
import cn.netlaw.liability.NotifierLiability;
import cn.netlaw.liability.PaidDeletionStatus;
import cn.netlaw.liability.Reading;
import cn.netlaw.liability.Reason;
import cn.netlaw.liability.Regime;
import cn.netlaw.liability.ReviewFlag;
import cn.netlaw.liability.RightType;
import cn.netlaw.liability.Role;
import cn.netlaw.liability.RoleClass;
import cn.netlaw.liability.Rule;
import cn.netlaw.liability.SafeHarbourStatus;
import cn.netlaw.liability.SpecialRegime;
import cn.netlaw.liability.Step;
import cn.netlaw.liability.TimelinessClass;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps {@code docs/} and the engine together, so that the published procedure cannot drift from the code:
 * <ul>
 * <li>every constant of the engine's vocabulary that an answer can carry (each {@code Step}, {@code Rule},
 * {@code Reason}, {@code ReviewFlag}, {@code AssumptionCode}, {@code ContestedQuestion}, and the other closed values of
 * a request and an answer) is named in docs/, as the code in backticks; procedure.md names every step;</li>
 * <li>every provision id named in docs/ is in the catalogue, and every provision the engine cites is named there;</li>
 * <li>every link inside docs/, and every {@code docs/<page>.md#<anchor>} anywhere in the repository (code comments,
 * the contract's descriptions, the README), leads to a page and an anchor that exist;</li>
 * <li>the validation rules of request.md are numbered without a gap, and the page of {@code /problems/invalid-request}
 * lists as many.</li>
 * </ul>
 */
class DocsDriftTest {

    private static final Path DOCS = Path.of("docs");
    private static final Path CATALOGUE = Path.of("src", "main", "resources", "law", "provisions.yaml");
    private static final Path ENGINE = Path.of("src", "main", "java", "cn", "netlaw", "liability");
    private static final Path INVALID_REQUEST_PAGE =
            Path.of("src", "main", "resources", "problems", "invalid-request.md");

    /** The closed values an answer (or a request) carries, by the name of their enum. */
    static final Map<String, List<String>> VOCABULARY = vocabulary();

    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`\n]+)`");
    private static final Pattern CODE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"></a>");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern DOCS_REFERENCE = Pattern.compile("docs/([a-z][a-z0-9-]*\\.md)(?:#([a-z0-9-]+))?");
    private static final Pattern ENGINE_CITATION = Pattern.compile("Provision\\.([A-Z][A-Z0-9_]+)");
    private static final Pattern BAND_LABEL = Pattern.compile("label\\(\"([A-Z][A-Z0-9_]+)\"\\)");
    private static final Pattern RULE_ANCHOR = Pattern.compile("<a id=\"rule-(\\d+)\"></a>");
    private static final Pattern NUMBERED_ITEM = Pattern.compile("(?m)^(\\d+)\\. ");

    private static Map<String, List<String>> vocabulary() {
        Map<String, List<String>> vocabulary = new LinkedHashMap<>();
        put(vocabulary, Step.class);
        put(vocabulary, Rule.class);
        put(vocabulary, Reason.class);
        put(vocabulary, ReviewFlag.class);
        put(vocabulary, AssumptionCode.class);
        put(vocabulary, ContestedQuestion.class);
        put(vocabulary, Reading.class);
        put(vocabulary, Regime.class);
        put(vocabulary, SpecialRegime.class);
        put(vocabulary, Liability.class);
        put(vocabulary, JointScope.class);
        put(vocabulary, Certainty.class);
        put(vocabulary, SafeHarbourStatus.class);
        put(vocabulary, NotifierLiability.class);
        put(vocabulary, PaidDeletionStatus.class);
        put(vocabulary, DutyBreach.class);
        put(vocabulary, Budget.Cut.class);
        put(vocabulary, Role.class);
        put(vocabulary, RoleClass.class);
        put(vocabulary, RightType.class);
        put(vocabulary, Knowledge.class);
        put(vocabulary, NoticeChannel.class);
        put(vocabulary, TimelinessClass.class);
        put(vocabulary, BandRight.class);
        return vocabulary;
    }

    private static void put(Map<String, List<String>> vocabulary, Class<? extends Enum<?>> type) {
        vocabulary.put(type.getSimpleName(), Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** docs/*.md by file name. */
    static Map<String, String> pages() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                pages.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        assertThat(pages).as("the pages of docs/").containsKeys("README.md", "procedure.md", "vocabulary.md",
                "request.md", "result.md", "problems.md");
        return pages;
    }

    /** The code names written in backticks in a page, outside fenced blocks. */
    static Set<String> backticked(String page) {
        Set<String> names = new LinkedHashSet<>();
        Matcher code = BACKTICKED.matcher(FENCE.matcher(page).replaceAll(""));
        while (code.find()) {
            names.add(code.group(1).strip());
        }
        return names;
    }

    /** The anchors of a page: its explicit {@code <a id>} anchors and its headings' slugs, as GitHub makes them. */
    static Set<String> anchors(String page) {
        Set<String> anchors = new LinkedHashSet<>();
        Matcher explicit = ANCHOR.matcher(page);
        while (explicit.find()) {
            anchors.add(explicit.group(1));
        }
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(FENCE.matcher(page).replaceAll(""));
        while (heading.find()) {
            String slug = heading.group(1).strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            int times = seen.merge(slug, 1, Integer::sum);
            anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
        }
        return anchors;
    }

    @TestFactory
    Stream<DynamicTest> every_code_an_answer_can_carry_is_named_in_the_docs() throws IOException {
        Set<String> named = new TreeSet<>();
        pages().values().forEach(page -> named.addAll(backticked(page)));
        return VOCABULARY.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            List<String> missing = entry.getValue().stream().filter(name -> !named.contains(name)).toList();
            assertThat(missing).as("%s constants that no page of docs/ names in backticks; document them in "
                    + "docs/vocabulary.md (and where the procedure emits them, docs/procedure.md)", entry.getKey())
                    .isEmpty();
        }));
    }

    @Test
    void the_procedure_names_every_step() throws IOException {
        Set<String> named = backticked(pages().get("procedure.md"));
        assertThat(Arrays.stream(Step.values()).map(Enum::name).filter(step -> !named.contains(step)).toList())
                .as("steps without their section in docs/procedure.md").isEmpty();
    }

    @Test
    void every_provision_id_named_in_the_docs_is_in_the_catalogue() throws IOException {
        Set<String> catalogue = catalogueIds();
        Set<String> instruments = new TreeSet<>();
        for (String id : catalogue) {
            Matcher article = Pattern.compile("^(.+?)_\\d").matcher(id);
            assertThat(article.find()).as("the id %s has an article number", id).isTrue();
            instruments.add(article.group(1));
        }
        Set<String> codes = new TreeSet<>();
        VOCABULARY.values().forEach(codes::addAll);
        codes.addAll(engineStrings(BAND_LABEL)); // the duties of TIMELINESS_THRESHOLD, e.g. REG_17_RESTORATION
        // the instrument keys of the provisions filter (instrument=SPC_PR_2014), which name no single provision
        Set<String> instrumentKeys = ProvisionCatalogue.standard().instrumentKeys();
        List<String> unknown = new ArrayList<>();
        pages().forEach((file, page) -> {
            for (String name : backticked(page)) {
                if (!CODE_NAME.matcher(name).matches() || codes.contains(name) || catalogue.contains(name)
                        || instrumentKeys.contains(name)) {
                    continue;
                }
                for (String instrument : instruments) {
                    if (name.startsWith(instrument + "_") && name.length() > instrument.length() + 1
                            && Character.isDigit(name.charAt(instrument.length() + 1))) {
                        unknown.add(file + ": " + name);
                    }
                }
            }
        });
        assertThat(unknown).as("provision ids named in docs/ that the catalogue does not hold").isEmpty();
        assertThat(catalogue).as("the catalogue").hasSizeGreaterThan(50);
    }

    /** The first group of every match of {@code pattern} in the engine's sources. */
    static Set<String> engineStrings(Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(ENGINE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher match = pattern.matcher(Files.readString(file));
                while (match.find()) {
                    found.add(match.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void every_provision_the_engine_cites_is_named_in_the_docs() throws IOException {
        Set<String> cited = engineStrings(ENGINE_CITATION);
        assertThat(cited).as("the provisions the engine cites").hasSizeGreaterThan(50);
        Set<String> named = new TreeSet<>();
        pages().values().forEach(page -> named.addAll(backticked(page)));
        assertThat(cited.stream().filter(id -> !named.contains(id)).toList())
                .as("provisions the engine cites that docs/ does not name (say in docs/procedure.md which step cites "
                        + "them)").isEmpty();
        assertThat(catalogueIds()).as("the catalogue holds every provision the engine cites").containsAll(cited);
    }

    @Test
    void every_link_inside_the_docs_resolves() throws IOException {
        Map<String, String> pages = pages();
        List<String> broken = new ArrayList<>();
        pages.forEach((file, page) -> {
            Matcher link = LINK.matcher(FENCE.matcher(page).replaceAll(""));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    broken.add(file + ": " + target + " (docs/ links only within the repository)");
                    continue;
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? DOCS.resolve(file) : DOCS.resolve(path).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(file + ": " + target + " (no such file)");
                } else if (anchor != null) {
                    try {
                        if (!anchors(Files.readString(resolved)).contains(anchor)) {
                            broken.add(file + ": " + target + " (no such anchor)");
                        }
                    } catch (IOException e) {
                        broken.add(file + ": " + target + " (" + e.getMessage() + ")");
                    }
                }
            }
        });
        assertThat(broken).as("links of docs/ that lead nowhere").isEmpty();
    }

    @Test
    void every_reference_into_the_docs_resolves() throws IOException {
        Map<String, String> pages = pages();
        Map<String, Set<String>> anchors = new HashMap<>();
        pages.forEach((file, page) -> anchors.put(file, anchors(page)));
        List<String> broken = new ArrayList<>();
        int[] references = {0};
        RepositoryFiles.texts().forEach((path, text) -> {
            Matcher reference = DOCS_REFERENCE.matcher(text);
            while (reference.find()) {
                references[0]++;
                String file = reference.group(1);
                String anchor = reference.group(2);
                if (!pages.containsKey(file)) {
                    broken.add(path + ": " + reference.group() + " (no such page)");
                } else if (anchor != null && !anchors.get(file).contains(anchor)) {
                    broken.add(path + ": " + reference.group() + " (no such anchor)");
                }
            }
        });
        assertThat(references[0]).as("references into docs/ in the repository").isGreaterThan(100);
        assertThat(broken).as("references into docs/ that lead nowhere").isEmpty();
    }

    @Test
    void the_validation_rules_are_numbered_and_the_invalid_request_page_lists_them() throws IOException {
        List<Integer> numbers = new ArrayList<>();
        Matcher rule = RULE_ANCHOR.matcher(pages().get("request.md"));
        while (rule.find()) {
            numbers.add(Integer.parseInt(rule.group(1)));
        }
        assertThat(numbers).as("the rule anchors of docs/request.md#validation").isNotEmpty();
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("rule anchor %d of docs/request.md", i + 1).isEqualTo(i + 1);
        }
        List<Integer> listed = new ArrayList<>();
        Matcher item = NUMBERED_ITEM.matcher(Files.readString(INVALID_REQUEST_PAGE));
        while (item.find()) {
            listed.add(Integer.parseInt(item.group(1)));
        }
        assertThat(listed).as("the rules listed by the page of /problems/invalid-request")
                .isEqualTo(numbers);
    }

    static Set<String> catalogueIds() throws IOException {
        JsonNode catalogue = new YAMLMapper().readTree(Files.readString(CATALOGUE));
        Set<String> ids = new TreeSet<>();
        catalogue.path("provisions").forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }
}
