package cn.netlaw.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.ClassificationBatchResource;
import cn.netlaw.api.classification.ClassificationResource;
import cn.netlaw.api.provisions.ProvisionsResource;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Allow table read from the JAX-RS resources, and the path templates as patterns. */
class AllowedMethodsTest {

    private static String allowed(Map<Pattern, String> table, String path) {
        return table.entrySet().stream().filter(e -> e.getKey().matcher(path).matches()).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    @Test
    void the_table_of_the_service_resources() {
        Map<Pattern, String> table = AllowedMethods.table(List.of(ClassificationResource.class,
                ClassificationBatchResource.class, ProvisionsResource.class));
        assertThat(allowed(table, "/api/v1/classifications")).isEqualTo("POST, OPTIONS");
        assertThat(allowed(table, "/api/v1/classifications/")).isEqualTo("POST, OPTIONS");
        assertThat(allowed(table, "/api/v1/classifications/batch")).isEqualTo("POST, OPTIONS");
        assertThat(allowed(table, "/api/v1/provisions")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(allowed(table, "/api/v1/provisions/CIVIL_CODE_1195_2")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(allowed(table, "/api/v1/provisions/a/b")).isNull();
        assertThat(allowed(table, "/api/v1/other")).isNull();
    }

    @Test
    void a_template_parameter_is_one_segment_or_its_own_pattern() {
        assertThat(AllowedMethods.pattern("/a/{id}/b").matcher("/a/x-1/b").matches()).isTrue();
        assertThat(AllowedMethods.pattern("/a/{id}/b").matcher("/a/x/y/b").matches()).isFalse();
        assertThat(AllowedMethods.pattern("/a/{n: [0-9]+}").matcher("/a/42").matches()).isTrue();
        assertThat(AllowedMethods.pattern("/a/{n: [0-9]+}").matcher("/a/x").matches()).isFalse();
        assertThat(AllowedMethods.pattern("/a.b").matcher("/aXb").matches()).as("literal dots").isFalse();
    }
}
