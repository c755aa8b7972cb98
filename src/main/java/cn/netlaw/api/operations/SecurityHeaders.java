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
 * Response headers that keep answers from being reinterpreted or stored on the way:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} on every answer, so that a browser never reads JSON as a script or
 * page;</li>
 * <li>{@code Cache-Control: no-store} on every answer of the API ({@code /api/}) and on every problem, so that no
 * shared or browser cache keeps a decision about a case or an echo of its request.</li>
 * </ul>
 * The headers are added when the answer's headers are written, on the Vert.x route in front of everything else, so
 * they are on the answers of the resource, of {@link ProblemMapper} and of {@link RouteGuards} (413) alike.
 */
@Singleton
public class SecurityHeaders {

    /** First of all routes, so that every answer passes through it. */
    static final int ORDER = Integer.MIN_VALUE;

    public static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    public static final String NOSNIFF = "nosniff";
    public static final String NO_STORE = "no-store";

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            context.addHeadersEndHandler(written -> decorate(context));
            context.next();
        });
    }

    private static void decorate(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set(NOSNIFF_HEADER, NOSNIFF);
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        String path = context.request().path();
        if ((path != null && path.startsWith("/api/")) || (type != null && type.startsWith(Problem.MEDIA_TYPE))) {
            headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
