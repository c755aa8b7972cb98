package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.liability.Moment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The timestamps of docs/request.md#dates: {@link Timestamps#valid} (the reader's one pass) and {@link Timestamps#parse}
 * (the walk) agree on every text, and a valid text denotes the instant that {@link OffsetDateTime#parse} (or, for a
 * bare date, {@link LocalDate#parse} at 00:00 +08:00) gives it.
 */
class TimestampsTest {

    private static final String[] SEEDS = {"2022-04-02", "2022-04-02T09:00:00+08:00", "2022-04-02T09:00+08:00",
        "2020-02-29T23:59:59.999999999-05:30", "2030-06-30T12:00:00.5Z", "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999-18:00", "2021-02-28T24:00:00Z", "2019-12-31T16:00:00.123+14:00"};
    private static final String ALPHABET = "0123456789-+:.TZ t";

    @Test
    void the_readers_one_pass_and_the_walk_read_every_timestamp_alike_and_as_the_iso_parsers_do() {
        Random random = new Random(2026_12_05L);
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(SEEDS[random.nextInt(SEEDS.length)]);
            for (int edits = random.nextInt(3); edits > 0 && !text.isEmpty(); edits--) {
                int at = random.nextInt(text.length());
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, c);
                    case 1 -> text.insert(at, c);
                    default -> text.deleteCharAt(at);
                }
            }
            String stamp = text.toString();
            // read in place, as the parser holds it: inside a longer buffer, at an offset
            int offset = random.nextInt(4);
            char[] held = ("\"".repeat(offset) + stamp + "0Z:+-T").toCharArray();
            Moment moment = Timestamps.valid(held, offset, stamp.length());
            Timestamps.Parsed parsed = Timestamps.parse(stamp);
            if (moment == null) {
                assertThat(parsed).as(stamp).isInstanceOf(Timestamps.Invalid.class);
                continue;
            }
            valid++;
            assertThat(parsed).as(stamp).isEqualTo(new Timestamps.Valid(moment));
            Moment iso = stamp.length() == 10 ? Moment.ofDate(LocalDate.parse(stamp))
                    : Moment.of(OffsetDateTime.parse(stamp));
            assertThat(moment).as(stamp).isEqualTo(iso);
        }
        assertThat(valid).isGreaterThan(20_000);
    }
}
