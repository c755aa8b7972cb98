package cn.netlaw.api.operations;

import cn.netlaw.api.problem.AllowedMethods;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemMapper;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The management interface ({@code quarkus.management.*}, port 9000): health ({@code /q/health/started},
 * {@code /ready}, {@code /live}), Prometheus metrics ({@code /q/metrics}) and build information ({@code /q/info}) on a
 * port of their own, for the kubelet and the monitoring stack, so that the API port serves only the API, its contract
 * and its documentation, and a network policy can admit callers to one port and scrapers to the other.
 *
 * <p>The routes of the API port ({@link RouteGuards}, {@link ConnectionGuard}, {@link Drain}, authentication) do not
 * run here: the management router is a router of its own. What this class adds to it are the answers the API port
 * gives too: {@code TRACE} refused with 405 and {@code Allow} (its endpoints take GET and HEAD), and a path the
 * interface does not serve answered 404 problem+json instead of Vert.x' HTML page.
 */
@Singleton
public class ManagementInterfaceGuard {

    void install(@Observes ManagementInterface management) {
        Router router = management.router();
        router.route().order(AllowedMethods.ORDER).handler(ManagementInterfaceGuard::refuseTrace);
        router.route().last().handler(ManagementInterfaceGuard::notServed);
    }

    private static void refuseTrace(RoutingContext context) {
        if (context.request().method() == HttpMethod.TRACE) {
            answer(context, Problem.methodNotAllowed("TRACE"));
            return;
        }
        context.next();
    }

    private static void notServed(RoutingContext context) {
        answer(context, Problem.notServedOnManagement());
    }

    private static void answer(RoutingContext context, Problem problem) {
        var response = context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(SecurityHeaders.NOSNIFF_HEADER, SecurityHeaders.NOSNIFF)
                .putHeader(HttpHeaders.CACHE_CONTROL, SecurityHeaders.NO_STORE);
        if (problem.status() == 405) {
            response.putHeader(HttpHeaders.ALLOW, AllowedMethods.OPERATIONS);
        }
        response.end(Buffer.buffer(ProblemMapper.json(problem)));
    }
}
