package cn.netlaw.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The provisions catalogue ({@code law/provisions.yaml}) as the scenario judge reads it: for each id, the dates it
 * applied, the regimes and right types it may be cited for, and whether it reaches facts only from its date in force
 * (docs/scenarios.md#judging, catalogue check). Read independently of the production code, so that a test of the
 * engine's citations does not trust the engine's own copy of the catalogue.
 */
public record Catalogue(Map<String, Entry> entries) {

    static final String RESOURCE = "law/provisions.yaml";

    /**
     * One provision.
     *
     * @param rightTypes the right types it may be cited for; {@code null} = any
     * @param appliesTo  {@code FACTS}, {@code PENDING_CASES} or {@code ADJUDICATION}
     */
    public record Entry(String id, LocalDate effectiveFrom, LocalDate effectiveTo, Set<String> regimes,
                        Set<String> rightTypes, String appliesTo) {

        boolean appliesToFactsOnly() {
            return "FACTS".equals(appliesTo);
        }
    }

    public Catalogue {
        entries = Map.copyOf(entries);
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    private static volatile Catalogue loaded;

    /** The catalogue of the project: from the classpath, or from {@code src/main/resources} when run from the project. */
    public static Catalogue load() {
        Catalogue catalogue = loaded;
        if (catalogue == null) {
            catalogue = read();
            loaded = catalogue;
        }
        return catalogue;
    }

    private static Catalogue read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return of(yaml.readTree(in));
            }
            Path file = Path.of("src/main/resources", RESOURCE);
            try (InputStream fromFile = Files.newInputStream(file)) {
                return of(yaml.readTree(fromFile));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the provisions catalogue " + RESOURCE, e);
        }
    }

    static Catalogue of(JsonNode document) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonNode provision : document.path("provisions")) {
            String id = provision.path("id").asText();
            entries.put(id, new Entry(id, date(provision.path("effective_from")), date(provision.path("effective_to")),
                    strings(provision.path("regimes")), provision.path("rightTypes").isArray()
                            ? strings(provision.path("rightTypes")) : null,
                    provision.path("appliesTo").asText(null)));
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("the provisions catalogue lists no provisions");
        }
        return new Catalogue(entries);
    }

    private static LocalDate date(JsonNode node) {
        return node.isTextual() ? LocalDate.parse(node.asText()) : null;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return Set.copyOf(values);
    }
}
