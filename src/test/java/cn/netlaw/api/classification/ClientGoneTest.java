package cn.netlaw.api.classification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.netlaw.api.operations.DecisionTelemetry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: work stops when the client goes away. A batch of 300 cases with counterfactuals (each case would explore
 * for a good part of a second) is sent and the connection closed at once; the service stops after the item in hand
 * instead of classifying the other items for nobody. Read from the count of classifications the service records.
 */
@QuarkusTest
class ClientGoneTest {

    private static final int ITEMS = 300;

    @TestHTTPResource("/")
    URL root;

    @Inject
    MeterRegistry registry;

    private double classified() {
        return registry.find(DecisionTelemetry.CLASSIFICATIONS).counters().stream().mapToDouble(Counter::count).sum();
    }

    @Test
    void a_batch_whose_client_has_gone_stops_after_the_item_in_hand() throws Exception {
        String item = BoundedWorkTest.minimalNotices(200);
        StringBuilder batch = new StringBuilder("{\"items\":[").append(item);
        for (int i = 1; i < ITEMS; i++) {
            batch.append(',').append(item);
        }
        byte[] body = batch.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
        double before = classified();
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/classifications/batch?include=counterfactuals HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            // wait until the service has begun the batch, then leave
            for (int i = 0; i < 600 && classified() == before; i++) {
                Thread.sleep(50);
            }
        }
        assertThat(classified()).as("the batch had begun").isGreaterThan(before);
        // wait until the count settles: no classification for two seconds
        double last = -1;
        for (int i = 0; i < 60 && classified() != last; i++) {
            last = classified();
            Thread.sleep(2000);
        }
        assertThat(classified() - before).as("items classified after the client had gone")
                .isLessThan(ITEMS / 3.0);
    }
}
