package cn.netlaw.api.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.EvaluationClock;
import cn.netlaw.api.HeadlessChromium;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The timeline pictures of the three scenarios under {@code docs/timeline/} (a notice-rule case with two liable
 * periods, a contested case, a Chinese one), asked of the packaged jar and opened in a real browser: Debian's
 * Chromium, headless, driven by Selenium through Debian's chromedriver (never a downloaded browser or driver:
 * {@code SE_OFFLINE=true}, as for {@code SwaggerUiIT}). The browser must read each picture as an SVG document titled
 * with the headline, lay it out at its size, and paint it: the screenshot is not blank (dark ink, light greys and
 * paper all present). The screenshots are saved as {@code target/timeline-browser/<picture>.png}.
 */
@QuarkusIntegrationTest
@WithTestResource(EvaluationClock.class)
class TimelinePictureIT {

    private static final Path OUT = Path.of("target", "timeline-browser");

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = HeadlessChromium.start("timeline-chromium-", "--hide-scrollbars", "--window-size=1000,800");
        browser = chromium.browser();
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> chromium_renders_each_shown_scenario_as_a_picture_that_is_not_blank() {
        return TimelinePictureResourceTest.SHOWN.stream().map(shown -> DynamicTest.dynamicTest(
                shown.file(), () -> render(shown)));
    }

    private static void render(TimelinePictureResourceTest.Shown shown) throws IOException {
        Response answer = TimelinePictureResourceTest.picture(TimelinePictureResourceTest.body(shown.scenario()),
                shown.language());
        answer.then().statusCode(200);
        String svg = new String(answer.body().asByteArray(), StandardCharsets.UTF_8);
        String headline = DrawnPicture.read(svg).rootText("title");
        Path file = OUT.resolve(shown.file()).toAbsolutePath();
        Files.writeString(file, svg, StandardCharsets.UTF_8);

        browser.get(file.toUri().toString());
        JavascriptExecutor page = (JavascriptExecutor) browser;
        assertThat(page.executeScript("return document.documentElement.namespaceURI")).as("an SVG document")
                .isEqualTo("http://www.w3.org/2000/svg");
        assertThat(page.executeScript("return document.title")).as("the title the browser reads")
                .isEqualTo(headline);
        long height = ((Number) page.executeScript(
                "return Math.ceil(document.documentElement.getBoundingClientRect().height)")).longValue();
        long width = ((Number) page.executeScript(
                "return Math.ceil(document.documentElement.getBoundingClientRect().width)")).longValue();
        assertThat(width).as("laid-out width").isEqualTo(1000);
        assertThat(height).as("laid-out height").isGreaterThan(300);
        browser.manage().window().setSize(new Dimension(1000, (int) height + 140));

        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(OUT.resolve(shown.file().replace(".svg", ".png")), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        long dark = 0;
        long grey = 0;
        long paper = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int lightness = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (lightness < 96) {
                    dark++;
                } else if (lightness < 240) {
                    grey++;
                } else {
                    paper++;
                }
            }
        }
        long pixels = (long) image.getWidth() * image.getHeight();
        assertThat(dark).as("dark pixels (ink, the content up, markers, text)").isGreaterThan(pixels / 100);
        assertThat(grey).as("grey pixels (bands, hatching)").isGreaterThan(pixels / 200);
        assertThat(paper).as("paper").isGreaterThan(pixels / 2);
    }
}
