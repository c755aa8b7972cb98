package cn.netlaw.api.counterfactual;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, done-when: for the public scenarios, applying any offered counterfactual patch and re-posting gives exactly
 * the stated outcome, and it differs from the original one. The patches are applied here by an independent RFC 6902
 * implementation, not by the service's own.
 */
@QuarkusTest
class CounterfactualsScenariosTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> OUTCOME = List.of("liability", "rule", "joint", "jointScope", "regime");

    @Test
    void every_offered_counterfactual_of_every_public_scenario_reproduces_its_outcome_when_posted() throws Exception {
        JsonNode file;
        try (InputStream in = getClass().getResourceAsStream("/scenarios/cases-public.json")) {
            file = MAPPER.readTree(in);
        }
        int offered = 0;
        List<String> problems = new ArrayList<>();
        for (JsonNode scenario : file.get("cases")) {
            if (scenario.get("expected").has("httpStatus")) {
                continue;
            }
            JsonNode request = scenario.get("input");
            JsonNode answer = post(request, true);
            JsonNode original = outcome(answer);
            for (JsonNode counterfactual : answer.get("counterfactuals")) {
                offered++;
                JsonNode patched = applyPatch(request, counterfactual.get("changes"));
                JsonNode again = outcome(post(patched, false));
                if (!again.equals(counterfactual.get("outcome"))) {
                    problems.add(scenario.get("id").asText() + ": " + counterfactual.get("changes") + " states "
                            + counterfactual.get("outcome") + " but re-posting gives " + again);
                }
                if (again.equals(original)) {
                    problems.add(scenario.get("id").asText() + ": " + counterfactual.get("changes")
                            + " does not change the outcome " + original);
                }
            }
            assertThat(answer.get("counterfactuals").size()).isLessThanOrEqualTo(10);
        }
        assertThat(problems).isEmpty();
        assertThat(offered).as("counterfactuals offered over the public scenarios").isGreaterThan(500);
    }

    private static JsonNode post(JsonNode body, boolean counterfactuals) throws Exception {
        var request = given().contentType("application/json").body(MAPPER.writeValueAsString(body));
        if (counterfactuals) {
            request = request.queryParam("include", "counterfactuals");
        }
        String text = request.when().post("/api/v1/classifications").then().statusCode(200).extract().asString();
        return MAPPER.readTree(text);
    }

    private static JsonNode outcome(JsonNode answer) {
        ObjectNode out = MAPPER.createObjectNode();
        for (String field : OUTCOME) {
            out.set(field, answer.get(field));
        }
        return out;
    }

    /** RFC 6902 add, replace and remove on object members and array elements (RFC 6901 pointers). */
    static JsonNode applyPatch(JsonNode document, JsonNode patch) {
        JsonNode copy = document.deepCopy();
        for (JsonNode operation : patch) {
            String op = operation.get("op").asText();
            List<String> tokens = new ArrayList<>();
            for (String token : operation.get("path").asText().substring(1).split("/", -1)) {
                tokens.add(token.replace("~1", "/").replace("~0", "~"));
            }
            JsonNode parent = copy;
            for (String token : tokens.subList(0, tokens.size() - 1)) {
                parent = parent.isArray() ? parent.get(Integer.parseInt(token)) : parent.get(token);
            }
            String last = tokens.get(tokens.size() - 1);
            if (parent instanceof ObjectNode object) {
                switch (op) {
                    case "add" -> object.set(last, operation.get("value"));
                    case "replace" -> {
                        assertThat(object.has(last)).as("replace needs an existing member: %s", operation).isTrue();
                        object.set(last, operation.get("value"));
                    }
                    case "remove" -> {
                        assertThat(object.has(last)).as("remove needs an existing member: %s", operation).isTrue();
                        object.remove(last);
                    }
                    default -> throw new AssertionError("unexpected op " + op);
                }
            } else if (parent instanceof ArrayNode array) {
                int index = Integer.parseInt(last);
                switch (op) {
                    case "add" -> array.insert(index, operation.get("value"));
                    case "replace" -> array.set(index, operation.get("value"));
                    case "remove" -> array.remove(index);
                    default -> throw new AssertionError("unexpected op " + op);
                }
            } else {
                throw new AssertionError("no container at " + operation);
            }
        }
        return copy;
    }
}
