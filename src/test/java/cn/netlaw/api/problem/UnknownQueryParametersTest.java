package cn.netlaw.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.ContractExamples;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every resource that checks its query string names the parameters it does not take in the order they appear in the
 * query string, and answers the same request the same way every time, its request id aside (docs/problems.md). The query is sent exactly as
 * written (REST Assured would build it from its own parameters).
 */
@QuarkusTest
class UnknownQueryParametersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIMES = 50;
    private static final String QUERY = "?foo=1&bar=2&baz=3";
    private static final List<String> NAMED = List.of("foo", "bar", "baz");

    private static HttpResponse<String> send(HttpClient client, String method, String target, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + target));
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request {@value #TIMES} times: one answer, a 400 naming {@link #NAMED} in that order. */
    private static void namedInOrder(String method, String target, String body) throws Exception {
        Set<String> bodies = new HashSet<>();
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (int i = 0; i < TIMES; i++) {
                HttpResponse<String> answer = send(client, method, target, body);
                assertThat(answer.statusCode()).as("%s %s: %s", method, target, answer.body()).isEqualTo(400);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
                List<String> fields = new ArrayList<>();
                JSON.readTree(answer.body()).path("errors").forEach(error -> fields.add(error.path("field").asText()));
                assertThat(fields).as("%s %s", method, target).isEqualTo(NAMED);
                // the instance is the request's own id
                bodies.add(answer.body().replaceAll("urn:request-id:[^\"]*", "urn:request-id:<id>"));
            }
        }
        assertThat(bodies).as("%s %s: one answer to %d requests", method, target, TIMES).hasSize(1);
    }

    @Test
    void a_classification_names_unknown_parameters_in_the_order_of_the_query_string() throws Exception {
        namedInOrder("POST", "/api/v1/classifications" + QUERY, ContractExamples.NOTICE_HANDLED_IN_TIME);
    }

    @Test
    void a_batch_names_unknown_parameters_in_the_order_of_the_query_string() throws Exception {
        namedInOrder("POST", "/api/v1/classifications/batch" + QUERY,
                "{\"items\": [" + ContractExamples.NOTICE_HANDLED_IN_TIME + "]}");
    }

    @Test
    void the_catalogue_names_unknown_parameters_in_the_order_of_the_query_string() throws Exception {
        namedInOrder("GET", "/api/v1/provisions" + QUERY, null);
    }

    @Test
    void a_provision_names_every_parameter_in_the_order_of_the_query_string() throws Exception {
        namedInOrder("GET", "/api/v1/provisions/CIVIL_CODE_1195_1" + QUERY, null);
    }
}
