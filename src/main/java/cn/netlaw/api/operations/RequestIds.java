package cn.netlaw.api.operations;

import cn.netlaw.api.problem.ProblemMapper;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * A request id on every answer: the caller's {@code X-Request-Id} when it is a plain token (1 to 128 letters, digits
 * and {@code . _ : -}), else a new random UUID ({@link RandomUuids}). It is echoed as {@code X-Request-Id} on the
 * answer, is the {@code instance} of every problem ({@code urn:request-id:<id>}, {@link ProblemMapper#json}), and is
 * in the logging context ({@value #MDC_KEY}) of every log line written for the request, as {@code mdc.requestId} of
 * the JSON log lines. A value that is not a plain token is not echoed (it could carry header or log injection) and is
 * replaced.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** Right after {@link SecurityHeaders}, before every other route (the guards answer problems too). */
    static final int ORDER = SecurityHeaders.ORDER + 1;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIds::identify);
    }

    private static void identify(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : RandomUuids.next().toString();
        ContextLocals.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        context.response().headers().set(HEADER, id);
        context.addEndHandler(ended -> MDC.remove(MDC_KEY));
        context.next();
    }

    /** The id of the request being answered on this thread's Vert.x context, if any. */
    public static Optional<String> current() {
        try {
            return ContextLocals.get(MDC_KEY);
        } catch (UnsupportedOperationException | IllegalStateException notOnARequest) {
            return Optional.empty();
        }
    }
}
