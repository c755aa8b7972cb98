package cn.netlaw.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.classification.ClassificationResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are never logged: every log record of the service written while requests carrying a marker are
 * answered (at DEBUG for the service, Quarkus, the HTTP server and the REST layer: more than production logs) is
 * captured from the root logger, with its parameters, context and stack, and none contains the marker.
 */
@QuarkusTest
class RequestBodyLoggingTest {

    private static final String PATH = ClassificationResourceTest.PATH;
    /** The service's side: its own code, Quarkus, the HTTP server and the REST layer (the root stays as configured). */
    private static final List<String> CATEGORIES = List.of("cn.netlaw", "io.quarkus", "io.vertx", "io.netty",
            "org.jboss.resteasy.reactive", "io.smallrye");
    /** The test's own HTTP client logs what it sends; that is not the service's log. */
    private static final String CLIENT = "org.apache.http";

    private final String marker = "marker-" + UUID.randomUUID();
    private final List<String> captured = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Level> levels = new LinkedHashMap<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLoggerName() == null || !record.getLoggerName().startsWith(CLIENT)) {
                captured.add(render(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureEveryLogRecord() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        for (String category : CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            levels.put(category, logger.getLevel());
            logger.setLevel(Level.FINE);
        }
    }

    @AfterEach
    void restoreLogging() {
        Logger.getLogger("").removeHandler(capture);
        levels.forEach((category, level) -> Logger.getLogger(category).setLevel(level));
    }

    private static String render(LogRecord record) {
        StringBuilder text = new StringBuilder(record.getLoggerName()).append(' ');
        if (record instanceof ExtLogRecord ext) {
            text.append(ext.getFormattedMessage()).append(' ').append(ext.getMdcCopy());
        } else {
            text.append(record.getMessage());
        }
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter stack = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(stack));
            text.append(' ').append(stack);
        }
        return text.toString();
    }

    @Test
    void the_capture_sees_what_the_service_logs() {
        Logger.getLogger("cn.netlaw.api").info("canary " + marker);
        assertThat(captured).anySatisfy(line -> assertThat(line).contains("canary " + marker));
    }

    @Test
    void no_log_record_holds_any_part_of_a_request_body() {
        given().contentType(ContentType.JSON)
                .body("{\"provider\":{\"role\":\"STORAGE\"},\"" + marker + "\":\"" + marker + "\"}")
                .when().post(PATH).then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"provider\":{\"role\":\"STORAGE\"},\"conductDate\":\"" + marker + "\"}")
                .when().post(PATH).then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"provider\":{\"role\":\"" + marker + "\"}}")
                .when().post(PATH).then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"provider\": " + marker)
                .when().post(PATH).then().statusCode(400);
        given().contentType(ContentType.TEXT)
                .body("{\"provider\":{\"role\":\"" + marker + "\"}}")
                .when().post(PATH).then().statusCode(415);
        given().contentType(ContentType.JSON)
                .body("{\"" + marker + "\":\"" + "x".repeat(5 << 20) + marker + "\"}")
                .when().post(PATH).then().statusCode(413);

        assertThat(captured).as("log records while the requests were answered").noneMatch(line -> line.contains(marker));
    }
}
