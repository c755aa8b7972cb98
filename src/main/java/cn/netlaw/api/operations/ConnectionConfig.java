package cn.netlaw.api.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import cn.netlaw.api.problem.Ranges.DurationMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * The connection limits of the HTTP edge under {@code liability.http.*}, enforced by {@link ConnectionGuard}: how long
 * a client may take to send a request head and a request body, how long it may leave an answer unread, and how many connections the service holds at once.
 * Vert.x has a deadline for neither (its {@code quarkus.http.idle-timeout} restarts with every byte, so a client
 * sending a byte every few seconds would hold a connection for ever). Every key can also be given in its
 * environment-variable form, e.g. {@code LIABILITY_HTTP_HEADER_TIMEOUT=5s}; out of range (a deadline under 100 ms,
 * fewer than 16 connections), the service does not start.
 */
@ConfigMapping(prefix = "liability.http")
public interface ConnectionConfig {

    /**
     * The time a client has to send a whole request head (request line and headers): from the connection's opening
     * for its first request, and from the first byte of each further request on a kept-alive connection. Beyond it:
     * 408 problem+json (nothing at all when no byte came) and the connection closed.
     */
    @WithDefault("10s")
    @DurationMin(millis = 100, message = "must be at least 100 ms")
    Duration headerTimeout();

    /**
     * The time a client has to send a whole request body, from the end of its head. Beyond it: 408 problem+json and
     * the connection closed. 30 s reads a body of the maximum size (4 MiB) at 140 KB/s.
     */
    @WithDefault("30s")
    @DurationMin(millis = 100, message = "must be at least 100 ms")
    Duration bodyTimeout();

    /**
     * The time an answer may wait for its client to read: when the client reads nothing for this long while the
     * answer waits to be sent (the socket's buffers full), the connection is closed and the work behind the answer
     * stops, its place in admission freed. 30 s at the minimum speed a client must keep is generous; a client reading
     * at any pace, however slow, resets it.
     */
    @WithDefault("30s")
    @DurationMin(millis = 100, message = "must be at least 100 ms")
    Duration writeTimeout();

    /**
     * Connections held at once; lowered at start-up to the process's open-file limit less 128 (for the JVM's own
     * files). A connection beyond it closes the connection that has waited longest for a request (idle, or its head
     * not yet complete); when every connection has a request in progress, the new one is answered 503
     * problem+json and closed.
     */
    @WithDefault("1000")
    @Min(16)
    int maxConnections();
}
