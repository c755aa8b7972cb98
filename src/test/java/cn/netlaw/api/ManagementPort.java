package cn.netlaw.api;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the management interface of the service under test listens (health, metrics and info, on a port of their own:
 * {@code quarkus.management.*} in application.properties). Both kinds of test bind a free port
 * ({@code quarkus.management.test-port=0}, {@code %test.quarkus.management.port=0}), so a test never clashes with a
 * running service or a parallel build:
 * <ul>
 * <li>a {@code @QuarkusTest} reads the port Quarkus bound from {@code test.management.url};</li>
 * <li>an {@code *IT} runs the packaged jar in the test profile, whose management port the launcher of Quarkus 3.33
 * does not capture ({@code test.management.url} then says port 0): it is read from the jar's log, where Quarkus
 * writes "Management interface listening on http://0.0.0.0:PORT".</li>
 * </ul>
 */
public final class ManagementPort {

    /** Where Quarkus' launcher of the packaged jar has the jar write its log ({@code -Dquarkus.log.file.path}). */
    private static final Path IT_LOG = Path.of("target", "quarkus.log");
    private static final Pattern LISTENING =
            Pattern.compile("Management interface listening on https?://[^\\s:]+:(\\d+)");

    private ManagementPort() {
    }

    /** The port of the management interface of the service under test. */
    public static int port() {
        String url = ConfigProvider.getConfig().getValue("test.management.url", String.class);
        int port = URI.create(url).getPort();
        return port > 0 ? port : fromLog(IT_LOG);
    }

    /** REST Assured's {@code given()}, aimed at the management interface instead of the API port. */
    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }

    /** The port of the last "Management interface listening on" line of a Quarkus log. */
    static int fromLog(Path log) {
        String text;
        try {
            text = Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the log of the service under test, " + log + ", cannot be read", e);
        }
        Matcher line = LISTENING.matcher(text);
        int port = -1;
        while (line.find()) {
            port = Integer.parseInt(line.group(1));
        }
        if (port <= 0) {
            throw new IllegalStateException(log + " does not say where the management interface listens");
        }
        return port;
    }
}
