package cn.netlaw.liability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantsTest {

    @Test
    void instants_are_rendered_to_the_whole_second_as_the_iso_formatter_renders_them_at_plus_eight() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long second = -2_000_000_000L + (long) (random.nextDouble() * 6_000_000_000L);
            int nano = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nano);
            // a fraction is cut, never rounded up: a deadline is never shown later than it falls (docs/result.md)
            assertThat(Instants.render(instant)).isEqualTo(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    .atOffset(Moment.CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
    }
}
