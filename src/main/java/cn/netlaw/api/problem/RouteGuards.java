package cn.netlaw.api.problem;

import cn.netlaw.api.operations.ConnectionGuard;
import cn.netlaw.api.operations.ContinueExpectation;
import cn.netlaw.api.operations.SecurityHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The Vert.x side of the HTTP edge: the body-size limit, and failures outside JAX-RS, as problem+json answers.
 *
 * <p>The body-size limit. Vert.x refuses a body larger than
 * {@code quarkus.http.limits.max-body-size} before JAX-RS sees the request, with an empty 413; this route runs just
 * before that check (order -3, Quarkus' own is -2) and answers the same status with an RFC 9457 body instead:
 * <ul>
 * <li>a declared {@code Content-Length} above the limit is refused before any of the body is read;</li>
 * <li>a chunked body (other than a form) is buffered up to the limit (Vert.x' body handler, whose buffer Quarkus
 * REST then reads) and refused as soon as it grows past it.</li>
 * </ul>
 * The refused body is read and discarded before the answer is sent, so that a client that writes its whole request
 * before reading (most HTTP/1.1 clients) gets the 413 instead of a reset connection; past four times the limit (at
 * least 16 MiB) the answer is sent at once and the connection closed. A client that expects {@code 100-continue}
 * waits for it before it sends its body: a {@code Content-Length} above the limit is then answered at once, without
 * it, and the connection closed ({@link ContinueExpectation}); a chunked body is asked for with the one
 * {@code 100 Continue} as it is gathered, unless its type is one Quarkus REST refuses without reading it.
 */
@Singleton
public class RouteGuards {

    /** Before Quarkus' own upload-limit route (order -2, which answers 413 with an empty body). */
    static final int BODY_LIMIT_ORDER = -3;

    private static final Logger LOG = Logger.getLogger(RouteGuards.class);

    private final long limit;
    private final long drainCap;
    private final BodyHandler chunkedBodies;

    RouteGuards(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        this.limit = limit.asLongValue();
        this.drainCap = Math.max(4 * this.limit, 16L << 20);
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.limit);
    }

    void install(@Observes Router router) {
        router.route().order(BODY_LIMIT_ORDER - 1).handler(RouteGuards::refuseUnreadable);
        router.route().order(BODY_LIMIT_ORDER).handler(this::limitBody).failureHandler(this::failure);
        // the same order, added after: runs once the body handler above has gathered a chunked body
        router.route().order(BODY_LIMIT_ORDER).handler(RouteGuards::emptyChunkedBody);
    }

    /**
     * A chunked body that ended without any data (a last chunk alone) is gathered as no body at all, and Quarkus REST
     * then waits for a body that has already ended, until the body deadline: it is given as an empty body instead, and
     * answered like an empty body sent with {@code Content-Length: 0} (ChunkedBodiesTest).
     */
    static void emptyChunkedBody(RoutingContext context) {
        if (context.body().buffer() == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)
                && !isForm(context.request())) {
            context.setBody(Buffer.buffer());
        }
        context.next();
    }

    /**
     * A transfer coding other than {@code chunked} is answered 400 (the body could not be framed); a path with a dot
     * segment ({@code .} or {@code ..}), written out or percent-encoded ({@code %2e}), is answered 404 before routing: Vert.x routes the normalised path, so {@code /api/v1/%2e%2e/%2e%2e/q/info} would otherwise
     * reach {@code /q/info} from an API path. No path the service serves has a dot segment.
     */
    static void refuseUnreadable(RoutingContext context) {
        String coding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (coding != null && !coding.strip().equalsIgnoreCase("chunked")) {
            // RFC 9112 §6.1: a transfer coding the server does not understand; the body cannot be framed, so the
            // connection is closed after the answer
            context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Buffer.buffer(ProblemMapper.json(Problem.unsupportedTransferCoding())));
            return;
        }
        String uri = context.request().uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (hasDotSegment(path)) {
            context.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Buffer.buffer(ProblemMapper.json(Problem.notFound())));
            return;
        }
        context.next();
    }

    /** Whether a raw path has a segment that is {@code .} or {@code ..}, its dots written out or as {@code %2e}. */
    public static boolean hasDotSegment(String rawPath) {
        String path = rawPath.replace("%2e", ".").replace("%2E", ".");
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            String segment = path.substring(start, end);
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        return false;
    }

    private void limitBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (declaredLength(length) <= limit) {
                context.next();
            } else if (ContinueExpectation.expected(request) && !request.isEnded()) {
                answer(context, true); // the client waits for 100 Continue: the body is never asked for
            } else {
                refuse(context);
            }
        } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING) && !isForm(request)) {
            if (ContinueExpectation.expected(request)) {
                if (ContentTypeGuard.refuses(request)) {
                    context.next(); // answered 415 (or 404, 405) without the body, never asked for
                    return;
                }
                ContinueExpectation.meet(context); // the one 100 Continue: Vert.x' body handler sends none after it
            }
            chunkedBodies.handle(context);
        } else {
            context.next();
        }
    }

    /** Vert.x' body handler would decode a form; forms are no JSON, and JAX-RS refuses them with 415. */
    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && (type.regionMatches(true, 0, "multipart/", 0, 10)
                || type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33));
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // the HTTP codec rejects a malformed Content-Length before any route runs
        }
    }

    /**
     * A failure of any route before or outside JAX-RS (a chunked body past the limit, a body the Vert.x body handler
     * cannot take, an error in a route) is answered as a problem too: 4xx with its status, anything else 500 with a
     * reference under which it is logged. A connection that broke or was closed under the request is answered
     * nothing and logged at DEBUG: the client's doing or the network's, and nobody is left to read an answer.
     */
    private void failure(RoutingContext context) {
        ConnectionGuard.exchangeBegins(context);
        Throwable broken = ConnectionGuard.brokenBy(context.request());
        if (broken != null) {
            // the connection failed under the request (a chunk size the codec cannot read, a reset): the client's
            // fault or the network's, not an internal error. Vert.x closes the connection; ConnectionGuard has
            // already answered 400 where it still could.
            LOG.debugf("A request failed with its connection (%s): %s", broken, context.failure());
            return;
        }
        if (ProblemMapper.connectionClosed(context.failure())) {
            // the client closed its connection before its body was whole: nobody is left to answer
            LOG.debugf("A request's client left before its body was read: %s", context.failure());
            return;
        }
        if (context.statusCode() == 413) {
            refuse(context);
            return;
        }
        HttpServerResponse response = context.response();
        if (response.ended() && Boolean.TRUE.equals(context.get(ConnectionGuard.ANSWERED_BY_TIMEOUT))) {
            // the body did not come in time and the request was answered 408; a resource that was then called with
            // the part that came could not answer again, and nobody is left to read it
            LOG.debugf("A request answered 408 failed afterwards: %s", context.failure());
            return;
        }
        if (response.headWritten()) {
            LOG.errorf(context.failure(), "Failure after the answer was begun, on %s", context.request().path());
            context.request().connection().close();
            return;
        }
        int status = context.statusCode();
        Problem problem;
        if (status == 404) {
            problem = Problem.notFound();
        } else if (status >= 400 && status < 500) {
            problem = Problem.otherClientError(status, HttpResponseStatus.valueOf(status).reasonPhrase());
        } else {
            UUID reference = UUID.randomUUID();
            LOG.errorf(context.failure(), "Internal error %s", reference);
            problem = Problem.internalError(reference);
        }
        // A request Vert.x Web fails before any route (a target that is not a path, such as "*") has passed neither
        // SecurityHeaders' route nor RequestIds': its headers and its request id are set here.
        if (problem.instance() == null) {
            problem = problem.withInstance("urn:request-id:" + ConnectionGuard.requestId(response));
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(SecurityHeaders.NOSNIFF_HEADER, SecurityHeaders.NOSNIFF)
                .putHeader(HttpHeaders.CACHE_CONTROL, SecurityHeaders.NO_STORE)
                .end(Buffer.buffer(ProblemMapper.json(problem)));
    }

    private void refuse(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            answer(context, false);
            return;
        }
        long[] discarded = {0};
        request.handler(buffer -> {
            discarded[0] += buffer.length();
            if (discarded[0] > drainCap) {
                answer(context, true);
            }
        });
        request.endHandler(end -> answer(context, false));
        request.exceptionHandler(error -> answer(context, true));
        request.resume();
    }

    private void answer(RoutingContext context, boolean closeConnection) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (closeConnection) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ended -> context.request().connection().close());
        }
        response.end(Buffer.buffer(ProblemMapper.json(Problem.bodyTooLarge(limit))));
    }
}
