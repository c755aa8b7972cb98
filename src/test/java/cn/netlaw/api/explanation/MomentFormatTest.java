package cn.netlaw.api.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.liability.Moment;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MomentFormat} writes what {@link DateTimeFormatter} writes for the bundles' patterns: every pattern of both
 * explanation bundles and a few others, on instants drawn from 0800 to 12000 (a fixed seed) and on the edges of days,
 * months and years at +08:00; and it leaves to the formatter the patterns it does not write.
 */
class MomentFormatTest {

    private static final List<String> PATTERNS = List.of("d MMMM uuuu HH:mm '(+08:00)'", "d MMMM uuuu",
            "uuuu年M月d日 HH:mm", "uuuu年M月d日", "d MMM uuuu", "uuuu-MM-dd", "EEEE d MMMM", "'it''s' d M uuuu");

    @Test
    void writes_what_the_formatter_writes() {
        List<Instant> instants = new ArrayList<>();
        Random random = new Random(20261205L);
        long from = Instant.parse("0800-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T00:00:00Z").getEpochSecond() + 400L * 86_400 * 365;
        for (int i = 0; i < 50_000; i++) {
            instants.add(Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)), random.nextInt(1000)));
        }
        for (String edge : List.of("2023-12-31T15:59:59Z", "2023-12-31T16:00:00Z", "2024-02-28T16:00:00Z",
                "2024-02-29T15:59:59Z", "2020-12-31T16:00:00Z", "0999-12-31T15:59:59Z", "9999-12-31T15:59:59Z",
                "9999-12-31T16:00:00Z", "1970-01-01T00:00:00Z")) {
            instants.add(Instant.parse(edge));
        }
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (String pattern : PATTERNS) {
                MomentFormat fast = new MomentFormat(pattern, locale);
                DateTimeFormatter reference = DateTimeFormatter.ofPattern(pattern, locale);
                for (Instant at : instants) {
                    assertThat(fast.format(at)).as("%s in %s at %s", pattern, locale, at)
                            .isEqualTo(reference.format(at.atOffset(Moment.CHINA)));
                }
            }
        }
    }
}
