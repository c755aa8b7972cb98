package cn.netlaw.api.operations;

import cn.netlaw.api.problem.RouteGuards;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * A request that expects {@code 100-continue} (RFC 9110 §10.1.1) gets at most one {@code 100 Continue}, and only when
 * its body is asked for. Quarkus REST sends it as it reads a body framed by {@code Content-Length}, after its filters
 * (a 415 or a 406 comes without it); {@link RouteGuards} sends it as it gathers a chunked body, and then takes the
 * expectation off the request, met: Vert.x' body handler would send one more, and Quarkus REST one more again as it
 * took the body gathered (two before). A request answered before its body was asked for (a 401, a 413 by its
 * {@code Content-Length}, a 415, a 404) gets its final answer alone, with {@code Connection: close}, and the connection
 * is closed after it: the client may send the body it announced or may not, so nothing more can be read from that
 * connection as a request (Vert.x would otherwise take the next request's bytes for the body). The connection guard
 * watches each request for it ({@link #watch}) where it sees every request, before any route that can answer without
 * reading the body; no route of its own, so that a request without the expectation pays one header lookup.
 */
public final class ContinueExpectation {

    private ContinueExpectation() {
    }

    /** Whether the request expects {@code 100-continue}: HTTP/1.1 with that expectation (HTTP/1.0 knows no 1xx). */
    public static boolean expected(HttpServerRequest request) {
        String expect = request.getHeader(HttpHeaders.EXPECT);
        return expect != null && expect.strip().equalsIgnoreCase("100-continue")
                && request.version() == HttpVersion.HTTP_1_1;
    }

    /**
     * Sends the request's one {@code 100 Continue} as its body is asked for on a route ahead of Quarkus REST, and takes
     * the expectation off the request so that nothing after sends another.
     */
    public static void meet(RoutingContext context) {
        context.request().headers().remove(HttpHeaders.EXPECT);
        context.response().writeContinue();
    }

    /** Closes the connection after an answer given before the body of a request that expected to be asked for it. */
    static void watch(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (expected(request)) {
            boolean[] unread = {false};
            context.addHeadersEndHandler(head -> {
                if (!request.isEnded()) {
                    unread[0] = true; // answered before the body came: it was never asked for, or is still on its way
                    context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
                }
            });
            context.addEndHandler(ended -> {
                HttpServerResponse response = context.response();
                if (unread[0] && !response.closed()) {
                    request.connection().close();
                }
            });
        }
    }
}
