package cn.netlaw.api.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each path takes, for the {@code Allow} header that every 405 carries (RFC 9110 §15.5.6): Quarkus REST
 * answers a method a resource does not take with 405 but names no method, and its problem says "see the Allow
 * header". The table is read at start-up from the JAX-RS resources ({@code @Path} and {@code @GET}, {@code @POST}, …;
 * HEAD wherever GET is, OPTIONS everywhere, as Quarkus REST answers them). The OpenAPI document and Swagger UI
 * ({@link #OPERATIONS_PATHS}) take GET and HEAD; health, metrics and info are not on this port but on the management
 * interface ({@link ManagementInterfaceGuard}).
 *
 * <p>The answer to {@code OPTIONS} carries the same list: Quarkus REST would name HEAD on a resource that takes only
 * POST, and answer HEAD there with 405.
 *
 * <p>{@code TRACE} is refused everywhere, with 405 and that header, before any route: the API has no use for it and
 * the operations endpoints would otherwise answer it as a GET.
 */
@Singleton
public class AllowedMethods {

    /** Before {@link RouteGuards}: a TRACE request is refused whatever it carries. */
    public static final int ORDER = RouteGuards.BODY_LIMIT_ORDER - 2;

    public static final String OPERATIONS = "GET, HEAD";
    /** The operations endpoints the API port serves: the OpenAPI document and Swagger UI (each with its sub-paths). */
    static final List<String> OPERATIONS_PATHS = List.of("/q/openapi", "/q/swagger-ui");
    /** The order in which methods are listed. */
    private static final List<String> CANONICAL = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private final Map<Pattern, String> table;

    AllowedMethods(BeanManager beans) {
        List<Class<?>> resources = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
                resources.add(bean.getBeanClass());
            }
        }
        this.table = table(resources);
    }

    /** Path pattern to the {@code Allow} value, for the given resource classes. */
    static Map<Pattern, String> table(List<Class<?>> resources) {
        Map<String, Set<String>> methods = new LinkedHashMap<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = normalise(sub == null ? base : base + "/" + sub.value());
                Set<String> allowed = methods.computeIfAbsent(path, p -> new TreeSet<>(
                        Comparator.comparingInt(AllowedMethods::rank).thenComparing(Comparator.naturalOrder())));
                allowed.add(http);
                if (http.equals("GET")) {
                    allowed.add("HEAD");
                }
                allowed.add("OPTIONS");
            }
        }
        Map<Pattern, String> table = new LinkedHashMap<>();
        methods.forEach((path, allowed) -> table.put(pattern(path), String.join(", ", allowed)));
        return table;
    }

    private static int rank(String method) {
        int rank = CANONICAL.indexOf(method);
        return rank < 0 ? CANONICAL.size() : rank;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            jakarta.ws.rs.HttpMethod http = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String normalise(String path) {
        String joined = ("/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** A JAX-RS path template as a pattern: {@code {id}} one segment, {@code {id: regex}} that regex. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = TEMPLATE.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append(parameter.group(1) == null ? "[^/]+" : "(?:" + parameter.group(1).strip() + ")");
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }

    /** The {@code Allow} value of a path: its resource's methods, GET and HEAD at the operations paths, else none. */
    Optional<String> at(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (Map.Entry<Pattern, String> entry : table.entrySet()) {
            if (entry.getKey().matcher(path).matches()) {
                return Optional.of(entry.getValue());
            }
        }
        return isOperations(path) ? Optional.of(OPERATIONS) : Optional.empty();
    }

    /** Whether the path is one of {@link #OPERATIONS_PATHS} or below one. */
    static boolean isOperations(String path) {
        for (String operations : OPERATIONS_PATHS) {
            if (path.equals(operations) || path.startsWith(operations + "/")) {
                return true;
            }
        }
        return false;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String path = context.request().path();
        Optional<String> allowed = at(path);
        if (context.request().method() == HttpMethod.TRACE && allowed.isPresent()) {
            context.response().setStatusCode(405)
                    .putHeader(HttpHeaders.ALLOW, allowed.get())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Buffer.buffer(ProblemMapper.json(Problem.methodNotAllowed("TRACE"))));
            return;
        }
        if (allowed.isPresent()) {
            String value = allowed.get();
            context.addHeadersEndHandler(written -> {
                int status = context.response().getStatusCode();
                if (status == 405 || (status == 200 && context.request().method() == HttpMethod.OPTIONS
                        && context.response().headers().contains(HttpHeaders.ALLOW))) {
                    context.response().headers().set(HttpHeaders.ALLOW, value);
                }
            });
        }
        context.next();
    }
}
