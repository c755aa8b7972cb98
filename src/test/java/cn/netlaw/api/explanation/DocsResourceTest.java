package cn.netlaw.api.explanation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemsResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code GET /docs/{page}} ({@link DocsResource}) serves every page of the repository's {@code docs/} as it is in the
 * repository (the build copies them into the jar), as Markdown, or as plain text to a browser, with the service's
 * security headers; an unknown page is a 404 problem and an Accept without either text type a 406 problem. The
 * reference of every 400 to its rules resolves.
 */
@QuarkusTest
class DocsResourceTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            assertThat(pages).as("the pages of docs/").hasSizeGreaterThanOrEqualTo(6);
            return pages;
        }
    }

    @TestFactory
    Stream<DynamicTest> every_page_of_docs_is_served_as_it_is_in_the_repository() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            String name = page.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                for (String[] accepted : new String[][] {{"text/markdown", "text/markdown"}, {"*/*", "text/markdown"},
                        {BROWSER, "text/plain"}, {"text/plain", "text/plain"}, {"text/*", "text/markdown"}}) {
                    Response answer = given().header("Accept", accepted[0]).get("/docs/" + name);
                    assertThat(answer.statusCode()).as("%s, Accept: %s", name, accepted[0]).isEqualTo(200);
                    assertThat(answer.contentType()).as("%s, Accept: %s", name, accepted[0])
                            .isEqualToIgnoringCase(accepted[1] + ";charset=UTF-8");
                    assertThat(answer.asString()).as("%s as served", name).isEqualTo(text);
                    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
                    assertThat(answer.header("Content-Security-Policy"))
                            .isEqualTo(ProblemsResource.CONTENT_SECURITY_POLICY);
                    assertThat(answer.header("Vary")).containsIgnoringCase("Accept");
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void an_unknown_page_is_a_404_problem() {
        for (String page : List.of("nothing.md", "procedure", "procedure.MD", "procedure.md.bak", "application.properties",
                "%2e%2e%2fpom.xml", "..%2Fpom.xml", "law%2Fprovisions.yaml", "a".repeat(60) + ".md")) {
            given().urlEncodingEnabled(false).header("Accept", "text/markdown").get("/docs/" + page).then()
                    .statusCode(404)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("/problems/not-found"));
        }
    }

    @Test
    void an_accept_header_without_markdown_or_plain_text_is_a_406_problem() {
        for (String accept : List.of("application/json", "text/html", "text/markdown;q=0, text/plain;q=0",
                "*/*;q=0")) {
            given().header("Accept", accept).get("/docs/procedure.md").then()
                    .statusCode(406)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("/problems/not-acceptable"));
        }
    }

    @Test
    void the_rules_a_400_points_to_are_served() {
        String detail = given().contentType("application/json").body("{\"provider\":{\"role\":\"CLOUD\"}}")
                .post("/api/v1/classifications").then().statusCode(400).extract().path("detail");
        java.util.regex.Matcher page = java.util.regex.Pattern.compile("(/docs/[a-z]+\\.md)#([a-z-]+)").matcher(detail);
        assertThat(page.find()).as("the detail %s names a page of /docs/", detail).isTrue();
        String text = given().header("Accept", "text/markdown").get(page.group(1)).then().statusCode(200).extract()
                .asString();
        assertThat(text).as("the page %s has the anchor %s", page.group(1), page.group(2))
                .contains("<a id=\"" + page.group(2) + "\"></a>");
    }

    @Test
    void the_preferred_text_type_is_chosen() {
        assertThat(DocsResource.chosenType(null)).isEqualTo(ProblemsResource.MARKDOWN);
        assertThat(DocsResource.chosenType("*/*")).isEqualTo(ProblemsResource.MARKDOWN);
        assertThat(DocsResource.chosenType(BROWSER)).isEqualTo("text/plain");
        assertThat(DocsResource.chosenType("text/html, text/markdown")).isEqualTo(ProblemsResource.MARKDOWN);
        assertThat(DocsResource.chosenType("text/markdown;q=0, */*")).isEqualTo("text/plain");
        assertThat(DocsResource.chosenType("text/html")).isNull();
    }
}
