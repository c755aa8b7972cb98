package cn.netlaw.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.liability.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private static JsonNode body(Response response) throws Exception {
        return new ObjectMapper().readTree((byte[]) response.getEntity());
    }

    @Test
    void an_unexpected_error_is_a_500_problem_with_a_reference_and_no_trace_of_the_exception() throws Exception {
        Response response = new ProblemMapper().unexpected(
                new IllegalStateException("secret detail in cn.netlaw.liability.Somewhere"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        String text = new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("secret", "cn.netlaw", "IllegalState", "Exception", "java.");
        JsonNode problem = body(response);
        assertThat(problem.get("type").asText()).isEqualTo("/problems/internal-error");
        assertThat(problem.get("instance").asText()).matches("urn:uuid:[0-9a-f-]{36}");
        assertThat(problem.get("detail").asText()).contains(problem.get("instance").asText().substring(9));
    }

    @Test
    void bad_input_is_a_400_problem_listing_each_field_and_the_allowed_values_only_where_there_are_some()
            throws Exception {
        JsonNode problem = body(ProblemMapper.invalidRequest(List.of(
                new Violation("provider.role", "'X' is not one of the allowed values", List.of("ACCESS", "CACHING")),
                new Violation("noticeHistory[0].itemCount", "expected a whole number, found the number 1.5"))));
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.get("errors").get(0).get("allowed")).hasSize(2);
        assertThat(problem.get("errors").get(1).has("allowed")).isFalse();
        assertThat(problem.has("instance")).isFalse();
        List<String> names = new java.util.ArrayList<>();
        problem.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("type", "title", "status", "detail", "errors");
    }

    @Test
    void a_400_says_where_the_rules_are_written_and_names_no_document_the_caller_cannot_see() throws Exception {
        for (int count : new int[] {1, 2, Problem.MAX_VIOLATIONS}) {
            List<Violation> violations = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                violations.add(new Violation("noticeHistory[" + i + "].itemCount", "must be at least 1"));
            }
            String detail = body(ProblemMapper.invalidRequest(violations)).get("detail").asText();
            assertThat(detail).as("the detail of %d violations", count)
                    .contains("/problems/invalid-request", "/docs/request.md#validation", "see errors")
                    .doesNotContainIgnoringCase("decision" + "-spec").doesNotContain("\u00a7");
            assertThat(detail).as("the count of %d violations", count)
                    .contains(count == 1 ? "a rule" : count == Problem.MAX_VIOLATIONS ? "at least " + count
                            : count + " rules");
        }
    }
}
