package cn.netlaw.api.classification;

import cn.netlaw.api.explanation.Language;
import cn.netlaw.api.operations.AuthConfig;
import cn.netlaw.api.problem.AcceptGuard;
import cn.netlaw.api.problem.ContentTypeGuard;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemMapper;
import cn.netlaw.liability.Violation;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.instrumentation.api.instrumenter.LocalRootSpan;
import io.opentelemetry.semconv.incubating.CodeIncubatingAttributes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The common case of {@code POST /api/v1/classifications}, answered on a Vert.x route ahead of Quarkus REST: a JSON
 * answer to a body of at most {@value ClassificationResource#EVENT_LOOP_BODY_LIMIT} bytes, which
 * {@link ClassificationResource} too answers on the event loop. Quarkus REST's own work per request (finding the
 * body's reader and the answer's writer, the CDI request context, the {@code Response} and its headers, its filters)
 * was about a sixth of the event loop's time per answer (bench/README.md, "The HTTP edge (fourth session)" and "A
 * route ahead of Quarkus REST (fifth session)").
 *
 * <p>The route answers a request only when the resource would answer it on the event loop with JSON and no guard of
 * Quarkus REST could answer first: the method {@code POST} on the path exactly; a {@code Content-Length} from 1 to the
 * limit and no {@code Transfer-Encoding} nor {@code Expect}; a {@code Content-Type} that {@link ContentTypeGuard}
 * takes, written plainly ({@code application/json}, with a charset at most); no {@code Accept}, or one of plain media
 * ranges that {@link AcceptGuard} admits with JSON preferred to the picture; at most one {@code Accept-Language}; no
 * query, or a single {@code name=value} of plain characters (anything but {@code include=counterfactuals} is then
 * answered here: {@code explain}, or the 400 of a parameter the resource refuses); and authentication off
 * ({@code liability.auth.enabled}: with it on the route is not installed). Every other request goes on
 * ({@code context.next()}) to the resource, exactly as before: chunked and larger bodies, pictures, counterfactuals,
 * several query parameters, unusual types and ranges, a body without a type.
 *
 * <p>What the resource does, the route does through the same code: {@link Classifier#queryViolations},
 * {@link Language#negotiate}, {@link Classifier#explained}, the request's {@link Budgets}, and {@link JsonAnswers} (the
 * decision under {@code DecisionTelemetry}, {@link ClassificationWriter}, the answer's headers); a problem is written
 * by {@link ProblemMapper#json}. The routes in front of both (security headers, request ids, trace context, the
 * connection guard, the drain) have run before either. For the HTTP server's metrics and the server
 * span the request is named as the resource names it: its path template in the request's context
 * ({@value #PATH_TEMPLATE}: the {@code uri} tag of {@code http_server_requests_seconds} and the span's
 * {@code http.route}, so the span is named {@code POST /api/v1/classifications}), and the span's
 * {@code code.function.name} that Quarkus' REST tracing filter sets. The answer is compressed as Quarkus REST has it
 * compressed: the route runs before Quarkus' compression route (which marks every answer {@code identity} until a
 * resource's type clears it) and marks an answer {@code identity} itself where its type is not among
 * {@code quarkus.http.compress-media-types}. {@code ClassificationRouteTest} sends the same requests through the route
 * and through the resource and compares status, header lines and bytes.
 */
@Singleton
public class ClassificationRoute {

    /**
     * After every route of this service that sees each request (security headers, request ids, trace context, the
     * connection guard, the drain: orders from {@code Integer.MIN_VALUE}) and after Quarkus' CORS filter (-300, when
     * configured); before Quarkus' authentication (-200), behind which Quarkus REST's handler of authentication
     * failures matched every request's path against all its resources' paths, building that matcher anew for each
     * request (4.4 KB of the 23.6 KB the collector counted per answer under load; bench/README.md, issue 17). The
     * route is installed only with authentication off, where neither has anything to do for the requests it answers;
     * and the guards of this service between the two (allowed methods, the body limit, transfer codings and dot
     * segments, orders -5 to -3) have nothing to refuse in them either: {@code POST} on the path exactly, a
     * {@code Content-Length} within the limit, no transfer coding. Before Quarkus' compression route (0) and Quarkus
     * REST.
     */
    static final int ORDER = -250;

    /** The request-context key under which Quarkus REST leaves a request's path template for metrics and tracing. */
    static final String PATH_TEMPLATE = "UrlPathTemplate";

    /** The span attribute Quarkus' REST tracing filter sets, and its value: the resource method, class and name. */
    static final AttributeKey<String> CODE_FUNCTION = CodeIncubatingAttributes.CODE_FUNCTION_NAME;
    static final String FUNCTION = ClassificationResource.class.getName() + ".classify";

    /** The answer's type, as Quarkus REST writes it. */
    private static final CharSequence CONTENT_TYPE = HttpHeaders.createOptimized("Content-Type");
    private static final CharSequence JSON = HttpHeaders.createOptimized(MediaType.APPLICATION_JSON);
    private static final CharSequence PROBLEM = HttpHeaders.createOptimized(Problem.MEDIA_TYPE);

    /** A query this route answers: one parameter, its name and value of plain characters. */
    private static final Pattern PLAIN_QUERY = Pattern.compile("([A-Za-z0-9._~-]+)=([A-Za-z0-9._~,-]+)");
    /** A {@code Content-Type} this route answers: JSON, with a charset at most. */
    private static final Pattern PLAIN_TYPE = Pattern.compile(
            "application/json(\\s*;\\s*charset\\s*=\\s*[A-Za-z0-9._:-]+)?\\s*", Pattern.CASE_INSENSITIVE);
    /** An {@code Accept} this route answers: media ranges, each with a q-value of RFC 9110 at most. */
    private static final Pattern PLAIN_ACCEPT = Pattern.compile(
            "\\s*(\\*/\\*|[A-Za-z0-9.+-]+/(\\*|[A-Za-z0-9.+-]+))(\\s*;\\s*q=(0(\\.\\d{0,3})?|1(\\.0{0,3})?))?\\s*");

    private static final Logger LOG = Logger.getLogger(ClassificationRoute.class);

    private final JsonAnswers answers;
    private final Budgets budgets;
    private final boolean authentication;
    /** Whether an answer of the type is marked {@code identity} (Quarkus compresses only the types configured). */
    private final boolean uncompressedJson;
    private final boolean uncompressedProblems;

    ClassificationRoute(JsonAnswers answers, Budgets budgets, AuthConfig auth,
            @ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false") boolean compression,
            @ConfigProperty(name = "quarkus.http.compress-media-types") Optional<List<String>> compressed) {
        this.answers = answers;
        this.budgets = budgets;
        this.authentication = auth.enabled();
        List<String> types = compressed.orElse(List.of());
        this.uncompressedJson = compression && !types.contains(MediaType.APPLICATION_JSON);
        this.uncompressedProblems = compression && !types.contains(Problem.MEDIA_TYPE);
    }

    void install(@Observes Router router) {
        if (authentication) {
            return; // every request is authenticated first (ApiAuthentication), then answered by the resource
        }
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.POST || !ClassificationResource.PATH.equals(request.path())
                || !common(request)) {
            context.next();
            return;
        }
        String query = request.query();
        String name = null;
        String value = null;
        if (query != null) {
            Matcher parameter = PLAIN_QUERY.matcher(query);
            if (!parameter.matches()) {
                context.next();
                return;
            }
            name = parameter.group(1);
            value = parameter.group(2);
        }
        List<Violation> violations = name == null ? List.of()
                : Classifier.queryViolations(Map.of(name, List.of(value)));
        if (violations.isEmpty() && Classifier.INCLUDE.equals(name)) {
            context.next(); // counterfactuals: the resource, on a worker thread
            return;
        }
        String explain = Classifier.EXPLAIN.equals(name) ? value : null;
        request.body().onComplete(body -> {
            try {
                if (body.failed()) {
                    if (ProblemMapper.connectionClosed(body.cause())) {
                        // the client left (or the body deadline closed the connection): nobody reads an answer
                        LOG.debug("A request body was not read: the connection was closed");
                    } else {
                        context.fail(body.cause());
                    }
                } else if (!context.response().ended()) {
                    answer(context, body.result(), violations, explain);
                }
            } catch (RuntimeException e) {
                context.fail(e);
            }
        });
        request.resume(); // the router holds a request's body until a route reads it
    }

    /**
     * Whether the resource would answer the request on the event loop with JSON, no guard before it answering first
     * (the method and path are checked by the caller; the query after this).
     */
    private static boolean common(HttpServerRequest request) {
        long length = ContentTypeGuard.declaredLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
        if (length < 1 || length > ClassificationResource.EVENT_LOOP_BODY_LIMIT
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                || request.headers().contains(HttpHeaders.EXPECT)
                || !plainJson(AcceptGuard.header(request, HttpHeaders.CONTENT_TYPE))) {
            return false;
        }
        String accept = AcceptGuard.header(request, HttpHeaders.ACCEPT);
        if (accept != null && !accept.equals("*/*") && !accept.equals(MediaType.APPLICATION_JSON)
                && (!plainRanges(accept) || !AcceptGuard.admitsJson(accept) || AcceptGuard.prefersPicture(accept))) {
            return false;
        }
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                || request.headers().getAll(HttpHeaders.ACCEPT_LANGUAGE).size() == 1;
    }

    /** A type {@link ContentTypeGuard} takes, written plainly: {@code application/json}, with a charset at most. */
    private static boolean plainJson(String type) {
        // the type nearly every client sends, known without a matcher
        return type != null && (type.equals(MediaType.APPLICATION_JSON)
                || ContentTypeGuard.isJson(type) && PLAIN_TYPE.matcher(type).matches());
    }

    /** Whether every range of the {@code Accept} header is a plain media range, with a plain q-value at most. */
    private static boolean plainRanges(String accept) {
        if (accept.length() > AcceptGuard.MAX_HEADER) {
            return false;
        }
        for (String range : accept.split(",", -1)) {
            if (!PLAIN_ACCEPT.matcher(range).matches()) {
                return false;
            }
        }
        return true;
    }

    private void answer(RoutingContext context, Buffer body, List<Violation> violations, String explain) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        ((HttpServerRequestInternal) request).context().putLocal(PATH_TEMPLATE, ClassificationResource.PATH);
        LocalRootSpan.current().setAttribute(CODE_FUNCTION, FUNCTION);
        if (!violations.isEmpty()) {
            problem(context, Problem.invalidQuery(violations));
            return;
        }
        Classifier.Asked asked = new Classifier.Asked(
                Language.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), false,
                Classifier.explained(explain));
        Budgets.Request budget = budgets.start(response::closed);
        // The body is read where Vert.x holds it (a heap buffer: its array), not copied out first (the copy was
        // 7.5 % of the weight of JFR's allocation samples under load; bench/README.md, issue 17).
        ByteBuf held = body.getByteBuf();
        JsonAnswers.Json json = held.hasArray()
                ? answers.answer(held.array(), held.arrayOffset() + held.readerIndex(), held.readableBytes(), asked,
                        budget, response)
                : answers.answer(body.getBytes(), asked, budget, response);
        if (json.problem() != null) {
            problem(context, json.problem());
            return;
        }
        typed(context, JSON);
        if (uncompressedJson) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        }
        // The answer's bytes are handed over as they are (Buffer.buffer(byte[]) would copy them into a buffer of its
        // own); nothing writes to them once made.
        response.end(Buffer.buffer(Unpooled.wrappedBuffer(json.classification())));
    }

    /**
     * The answer's type is set as its head is written, as Quarkus REST sets it: after Vert.x' own {@code connection}
     * and {@code content-length}, before the handlers of the routes in front ({@code SecurityHeaders}), which read it.
     */
    private static void typed(RoutingContext context, CharSequence type) {
        context.addHeadersEndHandler(written -> context.response().headers().set(CONTENT_TYPE, type));
    }

    private void problem(RoutingContext context, Problem problem) {
        HttpServerResponse response = context.response().setStatusCode(problem.status());
        typed(context, PROBLEM);
        if (uncompressedProblems) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        }
        response.end(Buffer.buffer(ProblemMapper.json(problem)));
    }
}
