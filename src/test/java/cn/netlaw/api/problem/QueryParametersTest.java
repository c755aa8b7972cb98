package cn.netlaw.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link QueryParameters}: the query string's parameters, decoded, in the order each name first appears. */
class QueryParametersTest {

    @Test
    void the_parameters_come_in_the_order_of_the_query_string_neither_sorted_nor_hashed() {
        Map<String, List<String>> parameters = QueryParameters.of("/api/v1/classifications?foo=1&bar=2&baz=3");
        assertThat(parameters.keySet()).containsExactly("foo", "bar", "baz");
        assertThat(QueryParameters.of("/p?zeta=1&alpha=2&explain=x&mid=3&a=4").keySet())
                .containsExactly("zeta", "alpha", "explain", "mid", "a");
    }

    @Test
    void a_repeated_name_keeps_the_place_of_its_first_appearance_and_all_its_values() {
        Map<String, List<String>> parameters = QueryParameters.of("/p?b=1&a=2&b=3");
        assertThat(parameters.keySet()).containsExactly("b", "a");
        assertThat(parameters.get("b")).containsExactly("1", "3");
    }

    @Test
    void names_and_values_are_decoded_as_for_jax_rs() {
        Map<String, List<String>> parameters = QueryParameters.of("/p?a%20b=c+d&explain=n%6Fne&empty=&bare");
        assertThat(parameters).containsExactly(Map.entry("a b", List.of("c d")), Map.entry("explain", List.of("none")),
                Map.entry("empty", List.of("")), Map.entry("bare", List.of("")));
    }

    @Test
    void no_query_or_an_empty_one_has_no_parameters() {
        assertThat(QueryParameters.of("/api/v1/provisions")).isEmpty();
        assertThat(QueryParameters.of("/api/v1/provisions?")).isEmpty();
    }
}
