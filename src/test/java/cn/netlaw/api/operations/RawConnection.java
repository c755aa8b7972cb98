package cn.netlaw.api.operations;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client that writes bytes exactly as told on one TCP connection, for the tests of what the HTTP edge does with
 * slow, silent or unreadable clients (REST Assured and the JDK client would send well-formed requests at once).
 */
final class RawConnection implements AutoCloseable {

    /** What came back on the connection: the bytes read, and whether the service then closed it. */
    record Answer(String text, boolean closedByService, Duration after) {

        String statusLine() {
            int end = text.indexOf("\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        int status() {
            String[] parts = statusLine().split(" ");
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        }

        /** A header's value (the first), or null. */
        String header(String name) {
            int headEnd = text.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? text : text.substring(0, headEnd);
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        String body() {
            int headEnd = text.indexOf("\r\n\r\n");
            return headEnd < 0 ? "" : text.substring(headEnd + 4);
        }
    }

    private final Socket socket;
    private final long opened = System.nanoTime();
    /** Bytes written by {@link #trickle}, for a test to tell how far the client got. */
    final AtomicInteger trickled = new AtomicInteger();

    RawConnection() throws IOException {
        this(RestAssured.port);
    }

    RawConnection(int port) throws IOException {
        this.socket = new Socket("localhost", port);
    }

    static int port() {
        return RestAssured.port;
    }

    RawConnection send(String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return this;
    }

    /**
     * Writes the text a byte at a time, one every {@code pause}, on a thread of its own; stops quietly when the
     * service closes the connection.
     */
    Thread trickle(String text, Duration pause) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Thread.ofPlatform().daemon().start(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                for (byte b : bytes) {
                    out.write(b);
                    out.flush();
                    trickled.incrementAndGet();
                    Thread.sleep(pause);
                }
            } catch (IOException | InterruptedException closed) {
                // the service closed the connection: that is what the tests wait for
            }
        });
    }

    /**
     * Reads until the service closes the connection or {@code limit} passes. With a Content-Length in the answer,
     * reads no further than that answer unless {@code untilClosed}.
     */
    Answer read(Duration limit, boolean untilClosed) throws IOException {
        socket.setSoTimeout((int) Math.max(1, limit.toMillis()));
        long deadline = System.nanoTime() + limit.toNanos();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean closed = false;
        while (System.nanoTime() < deadline) {
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                break;
            } catch (IOException reset) {
                closed = true;
                break;
            }
            if (n < 0) {
                closed = true;
                break;
            }
            read.write(buffer, 0, n);
            if (!untilClosed && complete(read.toString(StandardCharsets.UTF_8))) {
                break;
            }
            socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return new Answer(read.toString(StandardCharsets.UTF_8), closed, Duration.ofNanos(System.nanoTime() - opened));
    }

    /**
     * Reads one head, up to and with its blank line (an interim answer such as {@code 100 Continue} is a head alone),
     * a byte at a time so that nothing after it is taken; what came if {@code limit} passes or the service closes
     * the connection first.
     */
    String readHead(Duration limit) throws IOException {
        socket.setSoTimeout((int) Math.max(1, limit.toMillis()));
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try {
            while (!read.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                read.write(b);
            }
        } catch (SocketTimeoutException e) {
            // nothing more came
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /** Whether the text holds one whole answer, with a Content-Length or chunked. */
    private static boolean complete(String text) {
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        for (String line : text.substring(0, headEnd).split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring(15).trim());
                return text.getBytes(StandardCharsets.UTF_8).length >= headEnd + 4 + length;
            }
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                return text.length() > headEnd + 4 && text.endsWith("\r\n0\r\n\r\n");
            }
        }
        return false;
    }

    /** The body of a chunked answer, its chunks joined. */
    static String dechunk(String body) {
        StringBuilder joined = new StringBuilder();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int at = 0;
        while (at < bytes.length) {
            int lineEnd = indexOf(bytes, at);
            int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).trim(), 16);
            if (size == 0) {
                break;
            }
            joined.append(new String(bytes, lineEnd + 2, size, StandardCharsets.UTF_8));
            at = lineEnd + 2 + size + 2;
        }
        return joined.toString();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
