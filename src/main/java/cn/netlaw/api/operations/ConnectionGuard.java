package cn.netlaw.api.operations;

import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemMapper;
import cn.netlaw.api.problem.RouteGuards;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.AttributeKey;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.core.net.impl.VertxHandler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The connections of the HTTP server, bounded in time and number ({@link ConnectionConfig}), and the answers of the
 * HTTP codec as problems.
 *
 * <p>Vert.x reads a request head for as long as its bytes keep coming ({@code quarkus.http.idle-timeout} restarts with
 * every byte), reads a body the same way, holds every connection it accepts, and answers a request it cannot parse
 * (a request line over {@code quarkus.http.limits.max-initial-line-length}, headers over
 * {@code quarkus.http.limits.max-header-size}, a malformed line) with an empty 414, 431 or 400 before any route runs.
 * Neither Vert.x nor Quarkus offers a hook for these, so this class adds one handler of its own to the Netty pipeline
 * of the server's listening channel, which then puts a {@link Guarded} handler in front of every accepted connection:
 * <ul>
 * <li><b>head deadline</b>: a request head (request line and headers) must be complete within
 * {@code liability.http.header-timeout} from the connection's opening, and on a kept-alive connection from the first
 * byte of the next request; else 408 problem+json (nothing when no byte came) and the connection closed;</li>
 * <li><b>body deadline</b>: the body must be complete within {@code liability.http.body-timeout} from the end of the
 * head (a Vert.x timer of the request); else 408 problem+json and the connection closed;</li>
 * <li><b>connection limit</b>: beyond {@code liability.http.max-connections} (at most the process's open-file limit
 * less 128) the connection that has waited longest for a request is closed to make room; when every connection has a
 * request in progress, the new one is answered 503 problem+json and closed. So idle connections can never make the
 * service unreachable, nor exhaust its file descriptors;</li>
 * <li><b>codec answers</b>: a request the codec cannot read is answered 414 {@code /problems/uri-too-long}, 431
 * {@code /problems/header-fields-too-large} (both naming the limit) or 400 {@code /problems/malformed-request} (a
 * malformed head, or a chunk size that is not hexadecimal), another HTTP version than 1.0 and 1.1 505
 * {@code /problems/unsupported-http-version}, with the security headers, and the connection closed;</li>
 * <li><b>write deadline</b>: an answer the client does not read (the socket's buffers full, the channel not writable)
 * for {@code liability.http.write-timeout} has its connection closed: the resource writing it fails on its next write
 * and frees its thread and its place in admission. A client that reads, however slowly, keeps its answer.</li>
 * </ul>
 * The guard is on the API port only; the management interface ({@link ManagementInterfaceGuard}) is another server,
 * reached by the kubelet and the monitoring stack alone (k8s/base/networkpolicy.yaml).
 * The listening channel is found from the server end of a connection ({@link ConnectionBase#channel()}, as Quarkus'
 * own request reader does), by a request the service sends itself as soon as it listens; a connection accepted before
 * that (in the milliseconds between the socket's opening and that request) has Vert.x' own behaviour, bounded by
 * {@code quarkus.http.idle-timeout}. HTTP/2 cleartext is off ({@code quarkus.http.http2=false}): its connections are
 * set up only once their first bytes are read, after the codec's answer to a bad request would be chosen.
 * The internals used (Vert.x {@code ConnectionBase}, {@code VertxHandler}, {@code HttpServerConnection}) are pinned
 * with Quarkus; {@code ConnectionTimeoutsTest}, {@code IdleConnectionsTest} and {@code CodecProblemsTest} fail
 * if an upgrade changes them.
 */
@Singleton
public class ConnectionGuard {

    /** Right after {@link RequestIds}: the head of every request that reaches a route is complete here. */
    static final int ORDER = RequestIds.ORDER + 1;
    /**
     * Set on a request answered 408 because its body did not come: a resource may still be called with what came and
     * fail to answer again ({@link RouteGuards} then logs nothing above DEBUG).
     */
    public static final String ANSWERED_BY_TIMEOUT = "nsp-liability.answered-by-timeout";
    private static final String EXCHANGE = "nsp-liability.exchange";
    private static final String INSTANCE = "urn:request-id:";
    /** Files the JVM keeps open besides connections (jars, logs, epoll): about 40 at rest. */
    static final int RESERVED_FILES = 128;

    private static final Logger LOG = Logger.getLogger(ConnectionGuard.class);
    private static final String ACCEPTOR = "nsp-liability-acceptor";
    private static final String GUARD = "nsp-liability-connection";
    private static final AttributeKey<Guarded> GUARDED = AttributeKey.valueOf("nsp-liability.guarded");

    private final Duration headerTimeout;
    private final Duration bodyTimeout;
    private final Duration writeTimeout;
    private final int maxConnections;
    private final int maxInitialLine;
    private final long maxHeaderSize;
    private final String host;
    private final Set<Guarded> open = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Channel> listening = new AtomicReference<>();
    private final Acceptor acceptor = new Acceptor();
    private final Problem headTimedOut;
    private final Problem refusedAnswer;
    private final Counter evicted;
    private final Counter refused;
    private final Counter headTimeouts;
    private final Counter bodyTimeouts;
    private final Counter writeTimeouts;

    ConnectionGuard(ConnectionConfig config, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096") int maxLine,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K") MemorySize maxHeader,
            @ConfigProperty(name = "quarkus.http.host", defaultValue = "0.0.0.0") String host) {
        this.headerTimeout = config.headerTimeout();
        this.bodyTimeout = config.bodyTimeout();
        this.writeTimeout = config.writeTimeout();
        this.maxConnections = effectiveLimit(config.maxConnections(), openFileLimit());
        if (maxConnections < config.maxConnections()) {
            LOG.warnf("liability.http.max-connections lowered from %d to %d: the process may open %d files",
                    config.maxConnections(), maxConnections, openFileLimit());
        }
        this.maxInitialLine = maxLine;
        this.maxHeaderSize = maxHeader.asLongValue();
        this.host = host;
        this.headTimedOut = Problem.requestTimeout("head", headerTimeout);
        this.refusedAnswer = Problem.tooManyConnections(maxConnections);
        this.evicted = closed(registry, "evicted");
        this.refused = closed(registry, "refused");
        this.headTimeouts = closed(registry, "head-timeout");
        this.bodyTimeouts = closed(registry, "body-timeout");
        this.writeTimeouts = closed(registry, "write-timeout");
        Gauge.builder("liability.http.connections", open, Set::size)
                .description("Connections the HTTP server holds (liability.http.max-connections at most)")
                .register(registry);
    }

    private static Counter closed(MeterRegistry registry, String reason) {
        return Counter.builder("liability.http.connections.closed")
                .description("Connections the service closed before the client did, by reason")
                .tag("reason", reason).register(registry);
    }

    /** The configured limit, lowered to the open-file limit less {@value #RESERVED_FILES} (never below 16). */
    static int effectiveLimit(int configured, long openFileLimit) {
        if (openFileLimit <= 0) {
            return configured;
        }
        return (int) Math.max(16, Math.min(configured, openFileLimit - RESERVED_FILES));
    }

    /** The process's limit of open files, or 0 where the JVM cannot tell. */
    static long openFileLimit() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean os) {
            return os.getMaxFileDescriptorCount();
        }
        return 0;
    }

    int maxConnections() {
        return maxConnections;
    }

    int openConnections() {
        return open.size();
    }

    /** Open connections with a request in progress (its head received, its answer not ended). */
    int busyConnections() {
        int busy = 0;
        for (Guarded guarded : open) {
            if (guarded.exchanges > 0 && guarded.channel.isOpen()) {
                busy++;
            }
        }
        return busy;
    }

    /** Whether the guard sits on the listening channel (every connection accepted from then on is guarded). */
    boolean installed() {
        return listening.get() != null;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Installation
    // -------------------------------------------------------------------------------------------------------------

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::onRequest);
    }

    /**
     * As soon as the HTTP server listens, the service sends itself one request, so that its route finds the
     * listening channel from the server end of that connection and installs the acceptor on it.
     */
    void start(@ObservesAsync HttpServerStart event, io.quarkus.vertx.http.HttpServer server) {
        int port = server.getPort();
        if (port <= 0) {
            LOG.errorf("The connection guard could not be installed: the HTTP server has no TCP port (%d)", port);
            return;
        }
        String target = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : host;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target, port), 5_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            // any path will do (the answer is not read); this one is small and open even with authentication on
            out.write(("GET /problems/not-found HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            drain(socket.getInputStream());
        } catch (IOException e) {
            LOG.debugf(e, "The start-up request to %s:%d failed", target, port);
        }
        if (!installed()) {
            LOG.errorf("The connection guard could not be installed (no request reached %s:%d): request heads and"
                    + " bodies have no deadline and connections no limit until a request arrives", target, port);
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[1024];
        while (in.read(buffer) >= 0) {
            // the answer itself does not matter, only that the request reached the router
        }
    }

    private void adopt(Channel server) {
        // a TCP listening socket only (not Quarkus' in-JVM virtual channel, nor a domain socket)
        if (server instanceof ServerSocketChannel && listening.compareAndSet(null, server)) {
            server.pipeline().addFirst(ACCEPTOR, acceptor);
            LOG.debugf("Connection guard installed on %s: head deadline %s, body deadline %s, %d connections",
                    server, headerTimeout, bodyTimeout, maxConnections);
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // Each request
    // -------------------------------------------------------------------------------------------------------------

    private void onRequest(RoutingContext context) {
        HttpServerRequest request = context.request();
        Channel channel = channelOf(request.connection());
        if (channel != null) {
            if (!installed()) {
                adopt(channel.parent());
            }
        }
        exchangeBegins(context);
        if (request.version() == null) {
            // Netty reads any HTTP/x.y; Vert.x knows HTTP/1.0 and HTTP/1.1 only on this connection (RFC 9110 §15.6.6)
            answerAndClose(request, Problem.httpVersionNotSupported());
            return;
        }
        if (!request.isEnded()) {
            Guarded guarded = channel == null ? null : channel.attr(GUARDED).get();
            if (guarded != null && channel.eventLoop().inEventLoop()) {
                guarded.awaitBody(context);
            } else {
                long timer = context.vertx().setTimer(bodyTimeout.toMillis(), id -> bodyExpired(context));
                context.addEndHandler(done -> context.vertx().cancelTimer(timer));
            }
        }
        ContinueExpectation.watch(context);
        context.next();
    }

    /**
     * Marks the head of the context's request as received on its connection, once: the head deadline ends, and the
     * connection counts as busy (never closed to make room) until the answer ends. From this class' route, and from
     * {@link RouteGuards}' failure handler for a request Vert.x Web fails before any route (a target such as "*").
     */
    public static void exchangeBegins(RoutingContext context) {
        if (context.get(EXCHANGE) != null) {
            return;
        }
        context.put(EXCHANGE, Boolean.TRUE);
        Channel channel = channelOf(context.request().connection());
        Guarded guarded = channel == null ? null : channel.attr(GUARDED).get();
        if (guarded != null) {
            guarded.requestId = requestId(context.response());
            guarded.headReceived();
            context.addHeadersEndHandler(begun -> guarded.answering = true);
            context.addEndHandler(done -> guarded.exchangeDone(context));
        }
    }

    /**
     * The exception the request's connection failed with (a body whose chunked framing the codec could not decode,
     * a reset), or null: a failure of the request that follows from it is the client's or the network's, not the
     * service's.
     */
    public static Throwable brokenBy(HttpServerRequest request) {
        Channel channel = channelOf(request.connection());
        Guarded guarded = channel == null ? null : channel.attr(GUARDED).get();
        return guarded == null ? null : guarded.broken;
    }

    private static Channel channelOf(HttpConnection connection) {
        return connection instanceof ConnectionBase base ? base.channel() : null;
    }

    private void bodyExpired(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        if (request.isEnded() || response.ended() || response.headWritten()) {
            return;
        }
        bodyTimeouts.increment();
        context.put(ANSWERED_BY_TIMEOUT, Boolean.TRUE);
        answerAndClose(request, Problem.requestTimeout("body", bodyTimeout));
    }

    /**
     * The request id of an answer ({@link RequestIds}): the one its route set, or, for a request no route saw (one
     * the codec could not read, one Vert.x Web failed), a new one, set on the answer.
     */
    public static String requestId(HttpServerResponse response) {
        String id = response.headers().get(RequestIds.HEADER);
        if (id == null) {
            id = RandomUuids.next().toString();
            response.headers().set(RequestIds.HEADER, id);
        }
        return id;
    }

    /** Answers a problem with {@code Connection: close} and the security headers, then closes the connection. */
    private static void answerAndClose(HttpServerRequest request, Problem problem) {
        HttpServerResponse response = request.response();
        problem = problem.withInstance(INSTANCE + requestId(response));
        response.setStatusCode(problem.status());
        response.headers()
                .set(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .set(HttpHeaders.CONNECTION, "close")
                .set(SecurityHeaders.NOSNIFF_HEADER, SecurityHeaders.NOSNIFF)
                .set(HttpHeaders.CACHE_CONTROL, SecurityHeaders.NO_STORE);
        response.end(Buffer.buffer(ProblemMapper.json(problem))).onComplete(done -> request.connection().close());
    }

    /** The answer to a request the HTTP codec could not read; Vert.x' own would be an empty 414, 431 or 400. */
    private void answerUnreadable(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        Problem problem;
        if (cause instanceof TooLongHttpLineException) {
            problem = Problem.uriTooLong(maxInitialLine);
        } else if (cause instanceof TooLongHttpHeaderException) {
            problem = Problem.headerFieldsTooLarge(maxHeaderSize);
        } else {
            problem = Problem.malformedRequest();
        }
        LOG.debugf("Unreadable request answered %d: %s", problem.status(), cause);
        answerAndClose(request, problem);
    }

    /**
     * A whole HTTP/1.1 answer, written straight to the socket by {@link Guarded} (no Vert.x request exists, or its
     * answer cannot be written any more), with the request id given or a new one.
     */
    private static byte[] raw(Problem problem, String retryAfter, String requestId) {
        String id = requestId != null ? requestId : RandomUuids.next().toString();
        byte[] body = ProblemMapper.json(problem.withInstance(INSTANCE + id));
        StringBuilder head = new StringBuilder()
                .append("HTTP/1.1 ").append(problem.status()).append(' ')
                .append(HttpResponseStatus.valueOf(problem.status()).reasonPhrase()).append("\r\n")
                .append("Content-Type: ").append(Problem.MEDIA_TYPE).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n")
                .append(SecurityHeaders.NOSNIFF_HEADER).append(": ").append(SecurityHeaders.NOSNIFF).append("\r\n")
                .append("Cache-Control: ").append(SecurityHeaders.NO_STORE).append("\r\n")
                .append(RequestIds.HEADER).append(": ").append(id).append("\r\n");
        if (retryAfter != null) {
            head.append("Retry-After: ").append(retryAfter).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        answer.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        answer.writeBytes(body);
        return answer.toByteArray();
    }

    // -------------------------------------------------------------------------------------------------------------
    // Each connection
    // -------------------------------------------------------------------------------------------------------------

    /** On the listening channel: sees each accepted connection before Vert.x sets it up. */
    @ChannelHandler.Sharable
    private final class Acceptor extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (message instanceof Channel child) {
                admit(child);
            }
            ctx.fireChannelRead(message);
        }
    }

    private void admit(Channel child) {
        Guarded guarded = new Guarded(child);
        child.attr(GUARDED).set(guarded);
        child.pipeline().addFirst(GUARD, guarded);
        if (open.size() >= maxConnections) {
            Guarded victim = longestWaiting();
            if (victim != null) {
                victim.evict();
            } else {
                guarded.refuse = true;
            }
        }
        open.add(guarded);
    }

    /** The connection, with no request in progress, that has waited longest for its next request. */
    private Guarded longestWaiting() {
        Guarded oldest = null;
        for (Guarded candidate : open) {
            if (!candidate.channel.isOpen()) {
                open.remove(candidate);
            } else if (candidate.channel.isRegistered() && candidate.exchanges == 0 && !candidate.evicting
                    && (oldest == null || candidate.waitingSince - oldest.waitingSince < 0)) {
                oldest = candidate;
            }
        }
        return oldest;
    }

    /**
     * First in the pipeline of one connection: the head and body deadlines, the state the connection limit reads, and
     * the codec's answers. Its fields change on the connection's event loop; those the acceptor reads are volatile.
     *
     * <p>The deadlines are checked lazily: a period (a head, a body) records when it began, and one scheduled check per
     * kind is kept for the connection; a check that finds its period begun later (a kept-alive connection's next
     * request) schedules itself again for what is left, one that finds no period running lapses. Scheduling a timer
     * for every head and every body and cancelling it a few microseconds later cost about 1.5 % of the event loop's
     * samples under load (bench/README.md, "The HTTP edge (fourth session)"); a kept-alive connection now schedules
     * about one check per deadline's length.
     */
    private final class Guarded extends ChannelInboundHandlerAdapter {

        final Channel channel;
        /** Requests whose head has arrived and whose answer has not ended (more than one when pipelined). */
        volatile int exchanges;
        /** Since when the connection has waited for a request: its opening, or the end of its last answer. */
        volatile long waitingSince = System.nanoTime();
        volatile boolean evicting;
        /** The first exception of the pipeline (Vert.x fires a decoding failure of a body from its head). */
        volatile Throwable broken;
        /** Whether the answer to the request in progress has begun (its head is being written). */
        volatile boolean answering;
        /** The request id of the request in progress (its answer's {@code X-Request-Id}). */
        volatile String requestId;
        /** Set by the acceptor: answered 503 and closed as soon as it is active. */
        volatile boolean refuse;
        private ScheduledFuture<?> deadline;
        /** Whether a head is awaited against its deadline (from the opening, or from the first byte of a request). */
        private boolean awaitingHead;
        /** When the awaited head's period began ({@link System#nanoTime()}). */
        private long headSince;
        /** The request whose body is awaited against its deadline, from the end of its head; null when none. */
        private RoutingContext awaitingBody;
        private long bodySince;
        private ScheduledFuture<?> bodyDeadline;
        /** Set while the channel is not writable: closes the connection if it stays so for the write deadline. */
        private ScheduledFuture<?> stalled;
        private boolean bytesWhileWaiting;

        Guarded(Channel channel) {
            this.channel = channel;
        }

        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            ctx.channel().closeFuture().addListener(closed -> open.remove(this));
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            if (refuse) {
                refused.increment();
                ctx.writeAndFlush(Unpooled.wrappedBuffer(raw(refusedAnswer, "1", null)))
                        .addListener(ChannelFutureListener.CLOSE);
                return;
            }
            VertxHandler<?> vertx = ctx.pipeline().get(VertxHandler.class);
            if (vertx != null && vertx.getConnection() instanceof HttpServerConnection connection) {
                connection.invalidRequestHandler(ConnectionGuard.this::answerUnreadable);
            }
            awaitHead(ctx);
            ctx.fireChannelActive();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (exchanges == 0) {
                bytesWhileWaiting = true;
                if (!awaitingHead) {
                    awaitHead(ctx);
                }
            }
            ctx.fireChannelRead(message);
        }

        /**
         * Vert.x reports a body it cannot decode (a chunk size that is not hexadecimal) from the head of the pipeline,
         * then closes the connection before an answer written through it would be flushed: the 400 is written here,
         * straight to the socket, unless the request's answer has begun. An I/O error (a reset) is only recorded.
         */
        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (broken == null) {
                broken = cause;
                if (!(cause instanceof IOException) && exchanges > 0 && !answering && channel.isActive()) {
                    answering = true;
                    ctx.writeAndFlush(Unpooled.wrappedBuffer(raw(Problem.malformedRequest(), null, requestId)));
                }
            }
            ctx.fireExceptionCaught(cause);
        }

        /**
         * The outbound buffer crossed its high-water mark (the client is not reading) or fell below the low one again:
         * the write deadline starts or ends.
         */
        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            if (!ctx.channel().isWritable()) {
                if (stalled == null) {
                    stalled = ctx.executor().schedule(() -> writeExpired(ctx), writeTimeout.toNanos(),
                            TimeUnit.NANOSECONDS);
                }
            } else if (stalled != null) {
                stalled.cancel(false);
                stalled = null;
            }
            ctx.fireChannelWritabilityChanged();
        }

        private void writeExpired(ChannelHandlerContext ctx) {
            stalled = null;
            if (ctx.channel().isActive() && !ctx.channel().isWritable()) {
                writeTimeouts.increment();
                LOG.debugf("Answer %s unread for %s: connection closed", requestId, Problem.describe(writeTimeout));
                ctx.close();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            disarm();
            awaitingBody = null;
            if (bodyDeadline != null) {
                bodyDeadline.cancel(false);
                bodyDeadline = null;
            }
            if (stalled != null) {
                stalled.cancel(false);
                stalled = null;
            }
            open.remove(this);
            ctx.fireChannelInactive();
        }

        /** A head period begins now; a check is scheduled unless one is already pending. */
        private void awaitHead(ChannelHandlerContext ctx) {
            awaitingHead = true;
            headSince = System.nanoTime();
            if (deadline == null) {
                arm(ctx, headerTimeout.toNanos());
            }
        }

        private void arm(ChannelHandlerContext ctx, long nanos) {
            deadline = ctx.executor().schedule(() -> expire(ctx), nanos, TimeUnit.NANOSECONDS);
        }

        private void disarm() {
            if (deadline != null) {
                deadline.cancel(false);
                deadline = null;
            }
        }

        private void expire(ChannelHandlerContext ctx) {
            deadline = null;
            if (!awaitingHead || exchanges > 0 || !channel.isActive()) {
                return;
            }
            long left = headSince + headerTimeout.toNanos() - System.nanoTime();
            if (left > 0) {
                arm(ctx, left); // the period of a later head than the one this check was scheduled for
                return;
            }
            headTimeouts.increment();
            if (bytesWhileWaiting) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(raw(headTimedOut, null, null)))
                        .addListener(ChannelFutureListener.CLOSE);
            } else {
                ctx.close();
            }
        }

        /** From the route: a request head is complete. */
        void headReceived() {
            answering = false;
            onLoop(() -> {
                exchanges++;
                awaitingHead = false; // the pending check, if any, lapses or serves the next head
                bytesWhileWaiting = false;
            });
        }

        /** From the route, on the loop: the body of the request is awaited from now, for the body deadline. */
        void awaitBody(RoutingContext context) {
            awaitingBody = context;
            bodySince = System.nanoTime();
            if (bodyDeadline == null) {
                bodyDeadline = channel.eventLoop().schedule(this::checkBody, bodyTimeout.toNanos(),
                        TimeUnit.NANOSECONDS);
            }
        }

        private void checkBody() {
            bodyDeadline = null;
            RoutingContext context = awaitingBody;
            if (context == null || !channel.isActive()) {
                return;
            }
            long left = bodySince + bodyTimeout.toNanos() - System.nanoTime();
            if (left > 0) {
                bodyDeadline = channel.eventLoop().schedule(this::checkBody, left, TimeUnit.NANOSECONDS);
                return;
            }
            awaitingBody = null;
            bodyExpired(context);
        }

        /** From the request's end handler: its answer has ended (or the connection closed). */
        void exchangeDone(RoutingContext context) {
            onLoop(() -> {
                if (awaitingBody == context) {
                    awaitingBody = null;
                }
                if (exchanges > 0 && --exchanges == 0) {
                    waitingSince = System.nanoTime();
                }
            });
        }

        /** Closes the connection to make room, unless a request has begun on it meanwhile. */
        void evict() {
            evicting = true;
            onLoop(() -> {
                if (exchanges == 0 && channel.isOpen()) {
                    evicted.increment();
                    channel.close();
                } else {
                    evicting = false;
                }
            });
        }

        private void onLoop(Runnable action) {
            if (channel.eventLoop().inEventLoop()) {
                action.run();
            } else {
                channel.eventLoop().execute(action);
            }
        }
    }
}
