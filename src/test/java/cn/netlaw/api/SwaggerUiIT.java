package cn.netlaw.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI, served by the packaged jar at {@code /q/swagger-ui/}, works in a real browser: Debian's Chromium, driven
 * headless by Selenium through Debian's chromedriver (both installed by {@code .ci/run}; never a downloaded browser or
 * driver: the driver's path is given and {@code SE_OFFLINE=true} keeps Selenium Manager offline).
 *
 * <p>For every operation under {@code /api/v1} of the served OpenAPI document (so an operation added later is covered
 * too) the test does what an integrator does on the first visit: opens the operation, clicks "Try it out", fills a
 * required path parameter that Swagger UI left empty with the parameter's example, clicks "Execute" with the request
 * body Swagger UI offers by default (the first example), and reads the status and the response body that Swagger UI
 * shows. Every operation must show 200; a classification operation must show a real classification (an object with
 * regime, liability and rule). A screenshot of each operation's answer is saved as
 * {@code target/swagger-ui/<operationId>.png}.
 */
@QuarkusIntegrationTest
@WithTestResource(EvaluationClock.class)
class SwaggerUiIT {

    private static final Path SCREENSHOTS = Path.of("target", "swagger-ui");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = HeadlessChromium.start("swagger-ui-chromium-", "--window-size=1400,1800");
        browser = chromium.browser();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> every_api_operation_executed_from_swagger_ui_with_its_default_example_shows_200()
            throws Exception {
        JsonNode document = OpenApiExamplesTest.servedDocument();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String id = operation.getValue().path("operationId").asText();
                tests.add(DynamicTest.dynamicTest(operation.getKey().toUpperCase() + " " + path.getKey() + " (" + id
                        + ")", () -> execute(path.getKey(), operation.getKey(), operation.getValue())));
            }
        }
        assertThat(tests).as("operations under /api/v1 in the served document").isNotEmpty();
        return tests.stream();
    }

    private static void execute(String path, String method, JsonNode operation) throws Exception {
        String operationId = operation.path("operationId").asText();
        browser.get("http://localhost:" + RestAssured.port + "/q/swagger-ui/");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        By block = By.xpath("//div[contains(@class,'opblock-" + method + "')][.//*[contains(@class,"
                + "'opblock-summary-path') and @data-path='" + path + "']]");
        WebElement opblock = wait.until(ExpectedConditions.presenceOfElementLocated(block));
        click(opblock.findElement(By.cssSelector(".opblock-summary")));

        click(wait.until(visible(opblock, By.cssSelector("button.try-out__btn"))));

        for (JsonNode parameter : operation.path("parameters")) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            WebElement input = opblock.findElement(By.cssSelector("tr[data-param-name='" + name + "'] input"));
            if (input.getAttribute("value") == null || input.getAttribute("value").isEmpty()) {
                String example = OpenApiExamplesTest.resolve("{" + name + "}", operation);
                input.sendKeys(example);
            }
        }

        click(wait.until(visible(opblock, By.cssSelector("button.execute"))));
        WebElement status = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(opblock,
                By.cssSelector(".live-responses-table .response .response-col_status")));
        WebElement body = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(opblock,
                By.cssSelector(".live-responses-table .response .response-col_description .highlight-code pre")));
        String statusShown = status.getText().trim();
        String bodyShown = body.getAttribute("textContent");

        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                opblock.findElement(By.cssSelector(".responses-wrapper")));
        Files.write(SCREENSHOTS.resolve(operationId + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        assertThat(statusShown).as("%s %s: the status Swagger UI shows; body %s", method, path, bodyShown)
                .startsWith("200");
        JsonNode answer = JSON.readTree(bodyShown);
        if (path.startsWith("/api/v1/classifications")) {
            assertThat(findClassification(answer))
                    .as("%s %s: Swagger UI shows a classification (regime, liability, rule) in %s", method, path,
                            bodyShown)
                    .isNotNull();
        }
    }

    /** The first object in the answer (itself, or nested, as in a batch's results) with regime, liability and rule. */
    private static JsonNode findClassification(JsonNode node) {
        if (node.isObject() && node.path("regime").isTextual() && node.path("liability").isTextual()
                && node.path("rule").isTextual()) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = findClassification(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The element inside {@code scope} once Swagger UI has rendered it visible and enabled. */
    private static ExpectedCondition<WebElement> visible(WebElement scope, By locator) {
        return driver -> scope.findElements(locator).stream()
                .filter(element -> element.isDisplayed() && element.isEnabled())
                .findFirst().orElse(null);
    }

    private static void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
