package cn.netlaw.api.problem;

import cn.netlaw.api.explanation.DocsResource;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An {@code Accept} header that admits neither {@code application/json} nor {@code application/problem+json} is
 * answered 406 problem+json, q-values honoured. JAX-RS matches {@code Accept} to {@code @Produces} by media range alone:
 * it answers {@code text/plain} with 406 itself, but {@code application/json;q=0} ("not acceptable", RFC 9110 §12.4.2)
 * or {@code *}{@code /*;q=0} with JSON. Here a type takes the q-value of the most specific range that matches it
 * (RFC 9110 §12.5.1: {@code application/json} before {@code application/*} before {@code *}{@code /*}); a range that
 * cannot be read is passed over, and a header with no readable range admits everything, as an absent one does.
 * {@code POST /api/v1/classifications} also answers its timeline picture: there an Accept that admits
 * {@value #PICTURE_TYPE} is acceptable too ({@link #prefersPicture} chooses between the two).
 * Runs after {@link ContentTypeGuard}, so that a body of the wrong type is a 415 first, as JAX-RS orders them. The
 * pages of {@link ProblemsResource} and {@link DocsResource} answer text, not JSON, and choose their type themselves.
 */
public class AcceptGuard {

    /** Headers longer than this are left to JAX-RS (a real Accept is a few dozen characters). */
    public static final int MAX_HEADER = 4096;

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Optional<Response> requireAcceptableAnswer(HttpServerRequest request, UriInfo uri) {
        String header = header(request, HttpHeaders.ACCEPT);
        if (header == null) {
            return Optional.empty(); // no Accept admits everything, on every path
        }
        String path = uri.getPath();
        if (path.startsWith(ProblemsResource.PATH + "/") || path.startsWith(DocsResource.PATH + "/")) {
            return Optional.empty(); // the problem and documentation pages answer text, and negotiate it themselves
        }
        if (admitsJson(header) || (path.equals(PICTURE_PATH) && admitsPicture(header))) {
            return Optional.empty();
        }
        return Optional.of(ProblemMapper.response(path.equals(PICTURE_PATH) ? Problem.notAcceptableNorPicture()
                : Problem.notAcceptable()));
    }

    /**
     * A request header as JAX-RS gives it ({@code HttpHeaders.getHeaderString}): null when absent, its value, or the
     * values of a header sent several times joined with commas. Read from the Vert.x request, so that no filter nor
     * resource on the way of a classification builds the JAX-RS view of the headers (a sorted copy of all of them).
     */
    public static String header(HttpServerRequest request, CharSequence name) {
        String first = request.getHeader(name);
        if (first == null) {
            return null;
        }
        List<String> values = request.headers().getAll(name);
        return values.size() == 1 ? first : String.join(",", values);
    }

    /**
     * The one resource that also answers a picture, {@value #PICTURE_TYPE}: the classification's timeline
     * (docs/result.md#timeline-picture).
     */
    static final String PICTURE_PATH = "/api/v1/classifications";
    static final String PICTURE_TYPE = "image/svg+xml";

    /** Whether the Accept header admits image/svg+xml with a q-value above 0. */
    static boolean admitsPicture(String accept) {
        return accept.length() <= MAX_HEADER && preference(accept, "image", "svg+xml").q() > 0;
    }

    /**
     * Whether the header asks for the picture rather than JSON: a higher q-value for image/svg+xml than for
     * application/json, or the same q-value by a more specific range ({@code image/svg+xml, *}{@code /*}); JSON, the
     * default, on a tie and when the header is absent.
     */
    public static boolean prefersPicture(String accept) {
        if (accept == null || accept.isBlank() || !admitsPicture(accept)) {
            return false;
        }
        Preference picture = preference(accept, "image", "svg+xml");
        Preference json = preference(accept, "application", "json");
        return picture.q() > json.q() || (picture.q() == json.q() && picture.specificity() > json.specificity());
    }

    /** Whether the Accept header admits application/json or application/problem+json with a q-value above 0. */
    public static boolean admitsJson(String accept) {
        if (accept.length() > MAX_HEADER) {
            return true;
        }
        return weight(accept, "json") > 0 || weight(accept, "problem+json") > 0;
    }

    /**
     * The q-value the header gives {@code application/<subtype>}: that of the most specific range matching it (the
     * first of equally specific ones), 0 when none matches, 1 when no range can be read.
     */
    static double weight(String accept, String subtype) {
        return preference(accept, "application", subtype).q();
    }

    /**
     * How much a header wants a type: the q-value of the most specific range that matches it, and how specific that
     * range is ({@code 2} the type itself, {@code 1} {@code <type>/*}, {@code 0} {@code *}{@code /*}, {@code -1} none).
     */
    public record Preference(double q, int specificity) {
    }

    /**
     * The preference the header gives {@code <type>/<subtype>}: that of the most specific range matching it (the first
     * of equally specific ones); q 0 when none matches, 1 (at specificity 0) when no range can be read.
     */
    public static Preference preference(String accept, String wantedType, String subtype) {
        int bestSpecificity = -1;
        double best = 0;
        boolean readable = false;
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String range = pieces[0].strip().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1 || range.indexOf('/', slash + 1) >= 0) {
                continue;
            }
            Double q = quality(pieces);
            if (q == null) {
                continue;
            }
            readable = true;
            String type = range.substring(0, slash);
            String sub = range.substring(slash + 1);
            int specificity;
            if (type.equals("*") && sub.equals("*")) {
                specificity = 0;
            } else if (type.equals(wantedType) && sub.equals("*")) {
                specificity = 1;
            } else if (type.equals(wantedType) && sub.equals(subtype)) {
                specificity = 2;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = q;
            }
        }
        return readable ? new Preference(best, bestSpecificity) : new Preference(1, 0);
    }

    /** The q parameter of a range (1 when absent), or null when it is not a number from 0 to 1. */
    private static Double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip();
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("q")) {
                continue;
            }
            try {
                double q = Double.parseDouble(parameter.substring(equals + 1).strip());
                return q >= 0 && q <= 1 ? q : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return 1.0;
    }
}
