package cn.netlaw.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body must say what it is. Without a {@code Content-Type}, JAX-RS would match the body to
 * {@code @Consumes(application/json)} all the same and the service would read bytes whose type nobody declared; the
 * answer is 415 instead, as for any type other than JSON (RFC 9110 §8.3 lets a recipient refuse rather than guess).
 */
public class ContentTypeGuard {

    @ServerRequestFilter
    public Optional<Response> requireDeclaredType(ContainerRequestContext request) {
        boolean body = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (body && !isJson(request.getHeaderString("Content-Type"))) {
            return Optional.of(ProblemMapper.response(Problem.unsupportedMediaType()));
        }
        return Optional.empty();
    }

    /**
     * {@code application/json}, with any parameters ({@code charset=UTF-8}), in any case: the type the resources
     * consume. A wildcard ({@code *}{@code /*}, {@code application/*}) declares nothing about the body and is refused
     * like a missing type.
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json");
    }
}
