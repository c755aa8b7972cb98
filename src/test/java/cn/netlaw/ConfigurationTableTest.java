package cn.netlaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The configuration table of docs/operations.md ("Configuration") documents every {@code liability.*} key that
 * {@code application.properties} sets or shows in a comment, with the default the file sets and the environment
 * variable the key is read from. The rows are read from every page of the documentation (docs/ and README.md), so that
 * a key documented next to its feature counts as well.
 */
class ConfigurationTableTest {

    /** {@code key=value}, possibly commented out ({@code #key=}) or for a profile ({@code %test.key=}). */
    private static final Pattern PROPERTY =
            Pattern.compile("^#?\\s*(%[a-z]+\\.)?(liability\\.[a-z0-9.-]+)=(.*)$");
    /** A row of the table: {@code | `key` | default | `ENV` | meaning |}. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\| ([^|]*) \\| `([A-Z0-9_]+)` \\|");

    private record Row(String defaultValue, String environmentVariable) {
    }

    @Test
    void every_liability_key_of_application_properties_is_in_the_configuration_table_with_its_default_and_variable()
            throws IOException {
        Map<String, Row> table = new LinkedHashMap<>();
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        for (Path page : pages) {
            for (String line : Files.readAllLines(page)) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    table.put(row.group(1), new Row(row.group(2).trim(), row.group(3)));
                }
            }
        }
        List<String> properties = Files.readAllLines(Path.of("src", "main", "resources", "application.properties"));
        int keys = 0;
        for (String line : properties) {
            Matcher property = PROPERTY.matcher(line.trim());
            if (!property.matches()) {
                continue;
            }
            keys++;
            String key = property.group(2);
            assertThat(table).as("the configuration table of docs/operations.md has a row for %s", key)
                    .containsKey(key);
            Row row = table.get(key);
            assertThat(row.environmentVariable()).as("the environment variable of %s", key)
                    .isEqualTo(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
            boolean setForEveryProfile = !line.trim().startsWith("#") && property.group(1) == null;
            if (setForEveryProfile) {
                assertThat(row.defaultValue()).as("the default of %s in docs/operations.md", key)
                        .isEqualTo(property.group(3).trim());
            }
        }
        assertThat(keys).as("liability.* keys in application.properties").isGreaterThan(20);
    }
}
