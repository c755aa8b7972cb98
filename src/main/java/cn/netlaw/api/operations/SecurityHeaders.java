package cn.netlaw.api.operations;

import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemMapper;
import cn.netlaw.api.problem.RouteGuards;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Response headers that keep answers from being reinterpreted or stored on the way. {@code X-Content-Type-Options:
 * nosniff} on every answer comes from Quarkus' configuration ({@code quarkus.http.header}, {@code
 * application.properties}, "HTTP hygiene"), so that a browser never reads JSON as a script or page.
 *
 * <p>{@code Cache-Control: no-store} is set here, on every answer of the classifications ({@value #DECISIONS} and the
 * paths below it), so that no shared or browser cache keeps a decision about a case or an echo of its request, and on
 * every problem, whatever its path (a problem echoes the request). (The provisions catalogue, the same for everyone,
 * sets its own cache lifetime.) Quarkus' own path filter ({@code quarkus.http.filter}) would match a regular
 * expression against every request's path, one more route and matcher per request on the event loop
 * (bench/README.md, issue 17); a prefix is all it takes. The header is set when the answer's headers are written, on
 * the Vert.x route in front of everything else, so it is on the answers of the resources, of {@link ProblemMapper} and
 * of {@link RouteGuards} alike.
 * Answers written outside the router (the connection guard's raw answers, and the failure handler of a request Vert.x
 * fails before any route) set both headers themselves, from the constants below.
 */
@Singleton
public class SecurityHeaders {

    /** First of all routes, so that every answer passes through it. */
    static final int ORDER = Integer.MIN_VALUE;

    public static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    public static final String NOSNIFF = "nosniff";
    public static final String NO_STORE = "no-store";
    /** The classifications' paths: this one and every path below it. */
    static final String DECISIONS = "/api/v1/classifications";

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            context.addHeadersEndHandler(written -> decorate(context));
            context.next();
        });
    }

    private static void decorate(RoutingContext context) {
        MultiMap headers = context.response().headers();
        if (decisions(context.normalizedPath()) || problem(headers.get(HttpHeaders.CONTENT_TYPE))) {
            headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }

    private static boolean problem(String type) {
        return type != null && type.startsWith(Problem.MEDIA_TYPE);
    }

    /** Whether a request's path is one of the classifications' (as {@code /api/v1/classifications.*} would match). */
    static boolean decisions(String path) {
        return path != null && path.startsWith(DECISIONS);
    }
}
