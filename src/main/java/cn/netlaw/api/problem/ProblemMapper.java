package cn.netlaw.api.problem;

import cn.netlaw.api.operations.RequestIds;
import cn.netlaw.liability.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns failures into HTTP answers: every 4xx and 5xx is an RFC 9457 problem
 * ({@code application/problem+json}). Bad input is 400 with the offending fields; routing failures keep their
 * status (404, 405, 406, 415); anything unexpected is a 500 with a generic message and a reference under which the
 * error is logged, never an exception's class or stack. The Vert.x routes in front of JAX-RS (body size, paths no
 * resource serves) answer through {@link #json(Problem)} too.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * 400: the request breaks the request shape or its validation (docs/request.md#validation): syntax, found by
     * the request reader, or a combination, found by the engine.
     */
    public static Response invalidRequest(List<Violation> violations) {
        return response(Problem.invalidRequest(violations));
    }

    /** 400: a query string the resource does not take. */
    public static Response invalidQuery(List<Violation> violations) {
        return response(Problem.invalidQuery(violations));
    }

    /** 404: a provision id the catalogue does not hold. */
    public static Response unknownProvision(String id) {
        return response(Problem.unknownProvision(id));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return response(Problem.notFound());
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, ContainerRequestContext request) {
        Response.ResponseBuilder answer = builder(Problem.methodNotAllowed(request.getMethod()));
        Set<String> allowed = e.getResponse().getAllowedMethods();
        if (allowed != null && !allowed.isEmpty()) {
            answer.header(HttpHeaders.ALLOW, String.join(", ", allowed));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, jakarta.ws.rs.core.UriInfo uri) {
        return response(uri.getPath().equals(AcceptGuard.PICTURE_PATH) ? Problem.notAcceptableNorPicture()
                : Problem.notAcceptable());
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e) {
        return response(Problem.unsupportedMediaType());
    }

    @ServerExceptionMapper
    public Response otherHttpError(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 404) {
            return response(Problem.notFound());
        }
        if (status >= 400 && status < 500) {
            Response.StatusType type = e.getResponse().getStatusInfo();
            return response(Problem.otherClientError(status, type == null ? null : type.getReasonPhrase()));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (connectionClosed(e)) {
            // The client closed the connection before its body was read (it gave up, or the service is stopping):
            // nothing went wrong in the service, and nobody is left to read the answer.
            LOG.debug("A request body was not read: the connection was closed");
            return response(Problem.otherClientError(400, "Bad Request"));
        }
        UUID reference = UUID.randomUUID();
        LOG.errorf(e, "Internal error %s", reference);
        return response(Problem.internalError(reference));
    }

    /** Vert.x' closed connection anywhere among the causes. */
    public static boolean connectionClosed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    public static Response response(Problem problem) {
        return builder(problem).build();
    }

    public static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json(problem));
    }

    /**
     * The problem as UTF-8 JSON; its {@code instance}, when it has none of its own, is the id of the request being
     * answered ({@link RequestIds}).
     */
    public static byte[] json(Problem problem) {
        try {
            Problem answered = problem.instance() != null ? problem : RequestIds.current()
                    .map(id -> problem.withInstance("urn:request-id:" + id)).orElse(problem);
            return JSON.writeValueAsBytes(answered);
        } catch (JsonProcessingException e) {
            // A record of strings and lists always renders; keep the answer well-formed all the same.
            return ("{\"type\":\"/problems/internal-error\",\"title\":\"Internal error\",\"status\":500,"
                    + "\"detail\":\"The error could not be rendered.\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
