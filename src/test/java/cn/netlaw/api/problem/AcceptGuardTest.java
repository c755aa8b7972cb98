package cn.netlaw.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The q-value an Accept header gives JSON (RFC 9110 §12.5.1), as {@link AcceptGuard} reads it. */
class AcceptGuardTest {

    @ParameterizedTest(name = "[{0}] gives application/json {1}")
    @CsvSource(delimiter = '|', value = {
        "application/json                                   | 1",
        "APPLICATION/JSON;Q=0.5                             | 0.5",
        "text/plain                                         | 0",
        "application/json;q=0                               | 0",
        "*/*;q=0.2                                          | 0.2",
        "*/*;q=0.2, application/*;q=0.4                     | 0.4",
        "application/json;q=0, */*                          | 0",
        "*/*, application/json;q=0                          | 0",
        "application/*;q=0, application/json;q=0.3          | 0.3",
        "application/json;charset=utf-8;q=0.7               | 0.7",
        "text/html, application/json;q=x                    | 0",
        "application/json;q=2, */*;q=0.1                    | 0.1",
        "json                                               | 1",
        "application/json/x, nonsense                       | 1",
        "application/json;q=NaN                             | 1",
    })
    void the_most_specific_readable_range_gives_the_weight(String accept, double weight) {
        assertThat(AcceptGuard.weight(accept, "json")).isEqualTo(weight);
    }

    @ParameterizedTest(name = "[{0}] admits JSON: {1}")
    @CsvSource(delimiter = '|', value = {
        "application/problem+json                           | true",
        "application/json;q=0, application/problem+json     | true",
        "application/json;q=0, application/problem+json;q=0 | false",
        "image/png                                          | false",
        "image/png, */*;q=0.01                              | true",
    })
    void json_or_problem_json_with_a_weight_above_zero_is_admitted(String accept, boolean admitted) {
        assertThat(AcceptGuard.admitsJson(accept)).isEqualTo(admitted);
    }

    @ParameterizedTest(name = "a header of {0} characters is left to JAX-RS")
    @CsvSource({"4097", "100000"})
    void a_header_longer_than_the_limit_is_not_read(int length) {
        String accept = ("text/plain,".repeat(length / 11 + 1)).substring(0, length);
        assertThat(AcceptGuard.admitsJson(accept)).isTrue();
    }
}
