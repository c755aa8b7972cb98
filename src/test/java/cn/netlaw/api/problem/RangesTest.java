package cn.netlaw.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks of {@link Ranges} on records and on configuration-mapping-like interfaces. */
class RangesTest {

    record Inner(@DecimalMin(value = "0", inclusive = false) @DecimalMax("10") Double hours,
            @Min(value = 2, message = "must be two or more") Integer count) {
    }

    record Outer(@Min(1) @Max(5) Integer level, @Valid Inner inner, Inner unchecked, @Max(3) Long big) {
    }

    @Test
    void every_value_out_of_range_in_declaration_order_with_nested_records() {
        Outer outer = new Outer(0, new Inner(0.0, 1), new Inner(-5.0, 0), 4L);
        assertThat(Ranges.ofRecord("p", outer)).containsExactly(
                new Ranges.OutOfRange("p.level", "must be greater than or equal to 1"),
                new Ranges.OutOfRange("p.inner.hours", "must be greater than 0"),
                new Ranges.OutOfRange("p.inner.count", "must be two or more"),
                new Ranges.OutOfRange("p.big", "must be less than or equal to 3"));
    }

    @Test
    void bounds_are_in_range_and_nulls_are_not_checked() {
        assertThat(Ranges.ofRecord("p", new Outer(1, new Inner(10.0, 2), null, 3L))).isEmpty();
        assertThat(Ranges.ofRecord("p", new Outer(5, new Inner(1e-9, null), null, null))).isEmpty();
        assertThat(Ranges.ofRecord("p", new Outer(null, null, null, null))).isEmpty();
        assertThat(Ranges.ofRecord("p", new Outer(6, new Inner(10.000001, 2), null, null))).extracting(
                Ranges.OutOfRange::path).containsExactly("p.level", "p.inner.hours");
    }

    @Test
    void a_decimal_bound_compares_exactly_and_no_number_is_in_range() {
        assertThat(Ranges.ofRecord("p", new Outer(1, new Inner(Double.NaN, 2), null, null))).hasSize(1);
        assertThat(Ranges.ofRecord("p", new Outer(1, new Inner(Double.POSITIVE_INFINITY, 2), null, null)))
                .containsExactly(new Ranges.OutOfRange("p.inner.hours", "must be less than or equal to 10"));
        assertThat(Ranges.ofRecord("p", new Outer(1, new Inner(Double.NEGATIVE_INFINITY, 2), null, null)))
                .containsExactly(new Ranges.OutOfRange("p.inner.hours", "must be greater than 0"));
    }

    interface Mapping {
        @Min(1)
        int maxThings();

        Optional<@DecimalMax("8") Double> hours();

        @Ranges.DurationMin(millis = 100, message = "must be at least 100 ms")
        Duration headerTimeout();

        Nested nested();

        default int twice() {
            throw new AssertionError("a default method is not a value");
        }

        interface Nested {
            @Max(9)
            long deepValue();
        }
    }

    private static Mapping mapping(int things, Optional<Double> hours, Duration timeout, long deep) {
        return new Mapping() {
            public int maxThings() {
                return things;
            }

            public Optional<Double> hours() {
                return hours;
            }

            public Duration headerTimeout() {
                return timeout;
            }

            public Nested nested() {
                return () -> deep;
            }
        };
    }

    @Test
    void a_mapping_is_checked_by_key_in_key_order() {
        assertThat(Ranges.ofMapping("x", Mapping.class, mapping(0, Optional.of(9.0), Duration.ofMillis(99), 10)))
                .containsExactly(
                        new Ranges.OutOfRange("x.header-timeout", "must be at least 100 ms"),
                        new Ranges.OutOfRange("x.hours", "must be less than or equal to 8"),
                        new Ranges.OutOfRange("x.max-things", "must be greater than or equal to 1"),
                        new Ranges.OutOfRange("x.nested.deep-value", "must be less than or equal to 9"));
        assertThat(Ranges.ofMapping("x", Mapping.class, mapping(1, Optional.empty(), Duration.ofMillis(100), 9)))
                .isEmpty();
    }

    @Test
    void keys_are_kebab_case() {
        assertThat(Ranges.kebab("maxExcludedDelayWorkingDays")).isEqualTo("max-excluded-delay-working-days");
        assertThat(Ranges.kebab("late")).isEqualTo("late");
    }
}
