package cn.netlaw.liability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An assumption made of parts reads, compares and hashes as the text it stands for. */
class AssumptionTest {

    private static final Instant T = Instant.parse("2022-03-01T01:02:03Z");

    @Test
    void partsAreWrittenAsTheTextOfTheValue() {
        assertThat(Assumption.of(AssumptionCode.AS_OF_ASSUMED, T).value()).isEqualTo("2022-03-01T09:02:03+08:00");
        assertThat(Assumption.of(AssumptionCode.REAPPEARANCE_ASSUMED, "noticeHistory[0]", T).value())
                .isEqualTo("noticeHistory[0]: 2022-03-01T09:02:03+08:00");
        assertThat(Assumption.of(AssumptionCode.CONDUCT_DATE_ASSUMED, LocalDate.of(2022, 3, 1)).value())
                .isEqualTo("2022-03-01");
        assertThat(Assumption.of(AssumptionCode.TIMELINESS_THRESHOLD,
                new Bands.Label("NOTICE", TimelinessClass.HOST, BandRight.COPYRIGHT, 24, 216)).value())
                .isEqualTo("NOTICE/HOST/COPYRIGHT: 24h/216h");
        assertThat(Assumption.of(AssumptionCode.TIMELINESS_THRESHOLD,
                new Bands.Label("NOTICE", TimelinessClass.LIVE, BandRight.PERSONALITY, 0.5, 2)).value())
                .isEqualTo("NOTICE/LIVE/PERSONALITY: 0.5h/2h");
    }

    @Test
    void equalExactlyWhenCodeAndTextAreEqual() {
        Assumption parts = Assumption.of(AssumptionCode.TIMELINESS_DEADLINE, "noticeHistory[0]", T);
        Assumption text = new Assumption(AssumptionCode.TIMELINESS_DEADLINE,
                "noticeHistory[0]: 2022-03-01T09:02:03+08:00");
        assertThat(parts).isEqualTo(text).hasSameHashCodeAs(text);
        assertThat(text).isEqualTo(parts);
        assertThat(parts).isEqualTo(Assumption.of(AssumptionCode.TIMELINESS_DEADLINE, "noticeHistory[0]",
                Instant.parse("2022-03-01T01:02:03Z")));
        assertThat(parts).isNotEqualTo(Assumption.of(AssumptionCode.TIMELINESS_DEADLINE, "noticeHistory[0]",
                T.plusNanos(1)));
        assertThat(parts).isNotEqualTo(Assumption.of(AssumptionCode.TIMELINESS_DEADLINE, "noticeHistory[1]", T));
        assertThat(parts).isNotEqualTo(Assumption.of(AssumptionCode.COUNTER_NOTICE_PERIOD_END, "noticeHistory[0]",
                T));
        // a subject given as part of a text and one given apart read the same
        assertThat(Assumption.of(AssumptionCode.AS_OF_ASSUMED, "a: b"))
                .isEqualTo(Assumption.of(AssumptionCode.AS_OF_ASSUMED, "a", "b"));
        assertThat(parts.toString()).isEqualTo(
                "Assumption[code=TIMELINESS_DEADLINE, value=noticeHistory[0]: 2022-03-01T09:02:03+08:00]");
    }

    @Test
    void aResultListKeepsOneOfEqualAssumptions() {
        UniqueList<Assumption> list = new UniqueList<>();
        list.add(Assumption.of(AssumptionCode.AS_OF_ASSUMED, T));
        list.add(new Assumption(AssumptionCode.AS_OF_ASSUMED, "2022-03-01T09:02:03+08:00"));
        list.add(Assumption.of(AssumptionCode.AS_OF_ASSUMED, T.plusSeconds(1)));
        assertThat(list).extracting(Assumption::value)
                .containsExactly("2022-03-01T09:02:03+08:00", "2022-03-01T09:02:04+08:00");
    }
}
