package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.BudgetConfig;
import cn.netlaw.api.classification.LiabilityConfig;
import cn.netlaw.api.classification.LimitsConfig;
import cn.netlaw.api.problem.Ranges;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every range the service checks at start ({@link ConfigRanges}) is the one docs/operations.md gives: each constrained
 * key's row of the configuration table ends its meaning with the range in brackets, and the timeliness bands, whose
 * range the text states once for all of them, are all more than 0 and at most 8760 hours.
 */
class ConfigRangesDocumentedTest {

    private static SortedMap<String, String> ranges() {
        SortedMap<String, String> out = new TreeMap<>();
        out.putAll(Ranges.ranges("liability", LiabilityConfig.class));
        out.putAll(Ranges.ranges("liability.limits", LimitsConfig.class));
        out.putAll(Ranges.ranges("liability.budget", BudgetConfig.class));
        out.putAll(Ranges.ranges("liability.admission", AdmissionConfig.class));
        out.putAll(Ranges.ranges("liability.http", ConnectionConfig.class));
        return out;
    }

    @Test
    void each_constrained_key_gives_its_range_in_the_table() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("docs", "operations.md"));
        List<String> missing = new ArrayList<>();
        ranges().forEach((key, range) -> {
            if (key.startsWith("liability.policy.timeliness-hours.")) {
                return;
            }
            String row = rows.stream().filter(line -> line.startsWith("| `" + key + "` |")).findFirst().orElse(null);
            if (row == null || !row.endsWith(" (" + range + ") |")) {
                missing.add(key + " → (" + range + ")" + (row == null ? ", no row" : ""));
            }
        });
        assertThat(missing).as("rows of docs/operations.md without their range at the end").isEmpty();
    }

    @Test
    void the_bands_are_all_more_than_0_and_at_most_8760_hours_as_the_text_says() throws IOException {
        SortedMap<String, String> bands = new TreeMap<>(ranges());
        bands.keySet().removeIf(key -> !key.startsWith("liability.policy.timeliness-hours."));
        assertThat(bands).hasSize(2 * (7 + 6 + 4 + 3)).allSatisfy((key, range) ->
                assertThat(range).as(key).isEqualTo("more than 0, at most 8760"));
        assertThat(Files.readString(Path.of("docs", "operations.md"))).contains("0 < prompt ≤ late ≤\n8760");
    }

    @Test
    void the_ranges_read_as_the_documentation_writes_them() {
        SortedMap<String, String> ranges = ranges();
        assertThat(ranges).containsEntry("liability.policy.counter-notice-days", "from 1 to 365")
                .containsEntry("liability.http.max-connections", "at least 16")
                .containsEntry("liability.http.header-timeout", "at least 100 ms")
                .containsEntry("liability.admission.max-wait", "at least 0 ms")
                .doesNotContainKey("liability.policy.holidays");
    }
}
