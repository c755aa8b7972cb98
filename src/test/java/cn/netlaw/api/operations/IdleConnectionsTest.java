package cn.netlaw.api.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reproducer of issue 14: 1,100 idle connections made an instance with 1024 file descriptors unreachable. Here
 * the service holds the default limit of 1000 connections ({@code liability.http.max-connections}; an instance with
 * 1024 descriptors holds 896), and the head deadline is set beyond the test's length so that only the limit acts:
 * 1,100 connections are opened and left silent, and a client connecting after them is still answered, because the
 * connections that have waited longest are closed to make room. The service never holds more than its limit.
 */
@QuarkusTest
@TestProfile(IdleConnectionsTest.HeldIdle.class)
class IdleConnectionsTest {

    /** The default limit; no deadline closes an idle connection during the test. */
    public static class HeldIdle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liability.http.max-connections", "1000", "liability.http.header-timeout", "120s",
                    "quarkus.http.idle-timeout", "120s");
        }
    }

    private static final int IDLE = 1_100;

    @Inject
    ConnectionGuard guard;

    @Test
    void eleven_hundred_idle_connections_leave_the_service_reachable_and_within_its_limit() throws Exception {
        assertThat(guard.maxConnections()).isEqualTo(1000);
        List<Socket> idle = new ArrayList<>();
        try {
            int highest = 0;
            for (int i = 0; i < IDLE; i++) {
                idle.add(new Socket("localhost", RawConnection.port()));
                highest = Math.max(highest, guard.openConnections());
            }
            given().when().get("/api/v1/provisions/CIVIL_CODE_1195_1").then().statusCode(200);
            highest = Math.max(highest, guard.openConnections());
            // one connection over the limit at most, for the moment between an accept and the eviction it causes
            assertThat(highest).as("connections the service held at most").isLessThanOrEqualTo(1001);
            int closed = closedByService(idle, IDLE - 1000);
            assertThat(closed).as("idle connections the service closed to make room").isGreaterThanOrEqualTo(IDLE - 1000);
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    /** How many of the sockets the service has closed, waiting up to 30 s for at least {@code expected}. */
    private static int closedByService(List<Socket> sockets, int expected) throws IOException, InterruptedException {
        boolean[] closed = new boolean[sockets.size()];
        int count = 0;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (count < expected && System.nanoTime() < deadline) {
            for (int i = 0; i < sockets.size(); i++) {
                if (!closed[i] && isClosed(sockets.get(i))) {
                    closed[i] = true;
                    count++;
                }
            }
            if (count < expected) {
                Thread.sleep(200);
            }
        }
        return count;
    }

    private static boolean isClosed(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        InputStream in = socket.getInputStream();
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException open) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
