package cn.netlaw.api.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body must say what it is. Without a {@code Content-Type}, JAX-RS would match the body to
 * {@code @Consumes(application/json)} all the same and the service would read bytes whose type nobody declared; the
 * answer is 415 instead, as for any type other than JSON (RFC 9110 §8.3 lets a recipient refuse rather than guess).
 * The headers are read from the Vert.x request as JAX-RS would give them (several {@code Content-Type} fields joined
 * with commas, {@link AcceptGuard#header}), without the JAX-RS view of the headers, a sorted copy of all of them made
 * for the first filter that asks (bench/README.md, "The HTTP edge (fourth session)").
 */
public class ContentTypeGuard {

    @ServerRequestFilter
    public Optional<Response> requireDeclaredType(HttpServerRequest request) {
        if (refuses(request)) {
            return Optional.of(ProblemMapper.response(Problem.unsupportedMediaType()));
        }
        return Optional.empty();
    }

    /** Whether the request has a body whose type is not JSON: a resource that reaches it answers 415. */
    static boolean refuses(HttpServerRequest request) {
        boolean body = declaredLength(request.getHeader(HttpHeaders.CONTENT_LENGTH)) > 0
                || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        return body && !isJson(AcceptGuard.header(request, HttpHeaders.CONTENT_TYPE));
    }

    /** A {@code Content-Length} as a number, -1 when absent or not a number (as JAX-RS' {@code getLength()}). */
    public static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * {@code application/json}, with any parameters ({@code charset=UTF-8}), in any case: the type the resources
     * consume. A wildcard ({@code *}{@code /*}, {@code application/*}) declares nothing about the body and is refused
     * like a missing type.
     */
    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json");
    }
}
