package cn.netlaw.api;

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
        if (body && request.getHeaderString("Content-Type") == null) {
            return Optional.of(ProblemMapper.response(Problem.unsupportedMediaType()));
        }
        return Optional.empty();
    }
}
