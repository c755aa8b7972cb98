package cn.netlaw.api.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every problem {@code type} the code can produce resolves ({@link ProblemsResource}): it has a page under
 * {@code src/main/resources/problems/}, a row in docs/problems.md, and {@code GET /problems/<name>} serves the page as
 * HTML and as Markdown with the service's security headers; an unknown name is a 404 problem. The types are read from
 * the code ({@code "/problems/..."} literals in {@code src/main/java}), so a type added to the code without its page
 * fails here. The types of real 400, 404, 405, 406, 413 and 415 answers are followed as a client would follow them.
 */
@QuarkusTest
class ProblemPagesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path PAGES = Path.of("src", "main", "resources", "problems");
    private static final Path LIST = Path.of("docs", "problems.md");
    private static final Pattern TYPE_LITERAL = Pattern.compile("\"/problems/([a-z0-9-]*)\"");
    private static final Pattern LISTED_TYPE = Pattern.compile("`/problems/([a-z0-9<>-]+)`");
    /** The family of the types {@code /problems/http-<status>}, as the code builds it and as docs/problems.md lists it. */
    private static final String FAMILY = "http-";
    private static final String FAMILY_LISTED = "http-<status>";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** The names of the problem types the code can produce; {@code http-} stands for the family. */
    static Set<String> producedTypes() throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = TYPE_LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    types.add(literal.group(1));
                }
            }
        }
        assertThat(types).as("the problem types of the code").contains("invalid-request", "not-found",
                "method-not-allowed", "not-acceptable", "body-too-large", "too-many-items", "unsupported-media-type",
                "internal-error", "service-busy", FAMILY);
        return types;
    }

    /** The page files by name (without {@code .md}). */
    static Map<String, String> pageFiles() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(PAGES)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                assertThat(name).as("a file of %s", PAGES).endsWith(".md");
                pages.put(name.substring(0, name.length() - 3), Files.readString(file));
            }
        }
        return pages;
    }

    /** The page a type resolves to: its own, or the family's template. */
    private static String pageOf(String type) {
        return type.equals(FAMILY) ? ProblemPages.HTTP_STATUS_TEMPLATE : type;
    }

    @Test
    void every_problem_type_the_code_can_produce_has_a_page_and_is_listed() throws IOException {
        Map<String, String> pages = pageFiles();
        String list = Files.readString(LIST);
        for (String type : producedTypes()) {
            assertThat(pages).as("the page of /problems/%s (%s/%s.md)", type, PAGES, pageOf(type))
                    .containsKey(pageOf(type));
            String listed = type.equals(FAMILY) ? FAMILY_LISTED : type;
            assertThat(list).as("docs/problems.md lists /problems/%s", listed).contains("`/problems/" + listed + "`");
            assertThat(list).as("docs/problems.md links the page of /problems/%s", listed)
                    .contains("(../src/main/resources/problems/" + pageOf(type) + ".md)");
        }
    }

    @Test
    void every_page_and_every_listed_type_is_one_the_code_produces() throws IOException {
        Set<String> produced = producedTypes();
        for (String page : pageFiles().keySet()) {
            String type = page.equals(ProblemPages.HTTP_STATUS_TEMPLATE) ? FAMILY : page;
            assertThat(produced).as("the page %s.md belongs to a type the code produces", page).contains(type);
        }
        Matcher listed = LISTED_TYPE.matcher(Files.readString(LIST));
        int rows = 0;
        while (listed.find()) {
            rows++;
            String type = listed.group(1).equals(FAMILY_LISTED) ? FAMILY : listed.group(1);
            assertThat(produced).as("docs/problems.md lists /problems/%s, which the code produces", listed.group(1))
                    .contains(type);
        }
        assertThat(rows).as("the types listed in docs/problems.md").isEqualTo(produced.size());
    }

    @TestFactory
    Stream<DynamicTest> every_page_is_served_as_html_and_as_markdown() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> page : pageFiles().entrySet()) {
            List<String> names = page.getKey().equals(ProblemPages.HTTP_STATUS_TEMPLATE)
                    ? List.of("http-400", "http-404", "http-408", "http-499") : List.of(page.getKey());
            for (String name : names) {
                String expected = page.getValue();
                if (name.startsWith(FAMILY)) {
                    int status = Integer.parseInt(name.substring(FAMILY.length()));
                    expected = expected.replace("{status}", Integer.toString(status))
                            .replace("{reason}", ProblemPages.reasonPhrase(status));
                }
                String markdown = expected;
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    String title = markdown.lines().filter(l -> l.startsWith("# ")).findFirst().orElseThrow()
                            .substring(2);
                    assertThat(markdown).as("%s has no placeholder left", name).doesNotContain("{status}", "{reason}");
                    for (String accept : List.of("text/html", BROWSER)) {
                        Response html = get(name, accept);
                        assertPage(html, "text/html");
                        assertThat(html.asString()).as("the HTML page %s (Accept: %s)", name, accept)
                                .startsWith("<!DOCTYPE html>")
                                .contains("<h1>" + ProblemPages.escape(title) + "</h1>", "<title>", "</html>")
                                .doesNotContain("<script", "<style", " style=", "<img", "<iframe", "{status}",
                                        "{reason}", "`");
                    }
                    for (String accept : List.of("text/markdown", "*/*", "text/*", "text/markdown, text/html;q=0.5")) {
                        Response md = get(name, accept);
                        assertPage(md, "text/markdown");
                        assertThat(md.asString()).as("the Markdown page %s (Accept: %s)", name, accept)
                                .isEqualTo(markdown);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static Response get(String name, String accept) {
        return given().urlEncodingEnabled(false).header("Accept", accept).when().get("/problems/" + name);
    }

    private static void assertPage(Response response, String type) {
        assertThat(response.statusCode()).as("status").isEqualTo(200);
        assertThat(response.contentType()).isEqualToIgnoringCase(type + ";charset=UTF-8");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).isEqualTo(ProblemsResource.CONTENT_SECURITY_POLICY);
        assertThat(response.header("Cache-Control")).isEqualTo(ProblemsResource.CACHE_CONTROL);
        assertThat(response.header("Vary")).containsIgnoringCase("Accept");
        assertThat(response.header("Content-Language")).isEqualTo("en");
    }

    @Test
    void a_name_without_a_page_is_a_404_problem() {
        for (String name : List.of("no-such-problem", "http-399", "http-500", "http-4000", "http-status", "http-",
                "Invalid-Request", "invalid_request", "invalid-request.md", "%2e%2e%2fapplication.properties",
                "..%2Flaw%2Fprovisions", "a".repeat(300))) {
            for (String accept : List.of("text/html", "*/*")) {
                get(name, accept).then()
                        .statusCode(404)
                        .contentType(Problem.MEDIA_TYPE)
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Cache-Control", "no-store")
                        .body("type", equalTo("/problems/not-found"))
                        .body("status", equalTo(404));
            }
        }
    }

    @Test
    void an_accept_header_that_admits_neither_html_nor_markdown_is_a_406_problem() {
        for (String accept : List.of("application/json", "text/plain", "application/problem+json",
                "text/html;q=0, text/markdown;q=0", "*/*;q=0", "text/*;q=0, application/*")) {
            get("invalid-request", accept).then()
                    .statusCode(406)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("/problems/not-acceptable"));
        }
    }

    @Test
    void the_preferred_text_type_is_chosen() {
        assertThat(ProblemsResource.chosenType(null)).isEqualTo(ProblemsResource.MARKDOWN);
        assertThat(ProblemsResource.chosenType("*/*")).isEqualTo(ProblemsResource.MARKDOWN);
        assertThat(ProblemsResource.chosenType(BROWSER)).isEqualTo("text/html");
        assertThat(ProblemsResource.chosenType("text/markdown;q=0.4, text/html;q=0.5")).isEqualTo("text/html");
        assertThat(ProblemsResource.chosenType("text/html;q=0.4, text/markdown;q=0.5"))
                .isEqualTo(ProblemsResource.MARKDOWN);
        assertThat(ProblemsResource.chosenType("text/html;q=0, */*")).isEqualTo(ProblemsResource.MARKDOWN);
        assertThat(ProblemsResource.chosenType("text/markdown;q=0, */*")).isEqualTo("text/html");
        assertThat(ProblemsResource.chosenType("application/json")).isNull();
    }

    /** The type URIs of real answers, followed as a client follows them: each is a page whose title is the problem's. */
    @TestFactory
    Stream<DynamicTest> the_type_of_a_real_problem_resolves() {
        Map<String, java.util.function.Supplier<Response>> answers = new LinkedHashMap<>();
        answers.put("400", () -> given().contentType("application/json").body("{\"provider\":{\"role\":\"CLOUD\"}}")
                .post("/api/v1/classifications"));
        answers.put("404", () -> given().get("/api/v1/nothing-here"));
        answers.put("404 provision", () -> given().get("/api/v1/provisions/CIVIL_CODE_9999"));
        answers.put("405", () -> given().contentType("application/json").delete("/api/v1/classifications"));
        answers.put("406", () -> given().accept("text/plain").contentType("application/json")
                .body("{\"provider\":{\"role\":\"STORAGE\"}}").post("/api/v1/classifications"));
        answers.put("413 items", () -> given().contentType("application/json").body(tooManyItems())
                .post("/api/v1/classifications/batch"));
        answers.put("413 body", () -> given().contentType("application/json")
                .body(new byte[5 * 1024 * 1024]).post("/api/v1/classifications"));
        answers.put("415", () -> given().contentType("text/plain").body("{}").post("/api/v1/classifications"));
        return answers.entrySet().stream().map(answer -> DynamicTest.dynamicTest(answer.getKey(), () -> {
            Response problem = answer.getValue().get();
            assertThat(problem.contentType()).as("the answer %s", answer.getKey()).startsWith(Problem.MEDIA_TYPE);
            assertThat(problem.statusCode()).as("the status of %s", answer.getKey())
                    .isEqualTo(Integer.parseInt(answer.getKey().substring(0, 3)));
            JsonNode body = new ObjectMapper().readTree(problem.asString());
            String type = body.path("type").asText();
            assertThat(type).startsWith("/problems/");
            Response page = given().urlEncodingEnabled(false).header("Accept", BROWSER).get(type);
            assertPage(page, "text/html");
            assertThat(page.asString()).as("the page of %s", type)
                    .contains("<h1>" + ProblemPages.escape(body.path("title").asText()) + "</h1>");
        }));
    }

    private static String tooManyItems() {
        StringBuilder items = new StringBuilder("{\"items\":[");
        for (int i = 0; i <= 1000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"provider\":{\"role\":\"STORAGE\"}}");
        }
        return items.append("]}").toString();
    }

    @Test
    void the_contract_documents_the_pages_and_leads_to_the_procedure() throws IOException {
        JsonNode document = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode operation = document.path("paths").path("/problems/{name}").path("get");
        assertThat(operation.path("operationId").asText()).isEqualTo("getProblemType");
        assertThat(operation.path("responses").path("200").path("content").has("text/html")).isTrue();
        assertThat(operation.path("responses").path("200").path("content").has("text/markdown")).isTrue();
        for (String status : List.of("404", "406")) {
            assertThat(operation.path("responses").path(status).path("content").path(Problem.MEDIA_TYPE)
                    .path("schema").path("$ref").asText()).as("the %s of GET /problems/{name}", status)
                    .isEqualTo("#/components/schemas/Problem");
        }
        String procedure = document.path("externalDocs").path("url").asText();
        assertThat(procedure).as("externalDocs").isEqualTo("/docs/procedure.md");
        given().header("Accept", "text/markdown").get(procedure).then().statusCode(200)
                .body(org.hamcrest.Matchers.equalTo(Files.readString(Path.of("docs", "procedure.md"))));
    }

    @Test
    void the_markdown_subset_renders_to_escaped_html() {
        String html = ProblemPages.html(new ProblemPages.Page("A <b> & \"c\"", """
                # A <b> & "c"

                First line
                and its continuation with `code <x>`.

                - one
                  continued
                - two

                1. first
                2. second
                Text after the list.
                ## Sub
                <script>alert(1)</script>
                """));
        assertThat(html).contains("<title>A &lt;b&gt; &amp; &quot;c&quot; · nsp-liability problem</title>",
                "<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>",
                "<p>First line and its continuation with <code>code &lt;x&gt;</code>.</p>",
                "<ul>\n<li>one continued</li>\n<li>two</li>\n</ul>",
                "<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n<p>Text after the list.</p>",
                "<h2>Sub</h2>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assertThat(html).doesNotContain("<script>", "<b>");
        assertThat(new String(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(html);
    }
}
