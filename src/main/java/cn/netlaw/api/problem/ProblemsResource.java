package cn.netlaw.api.problem;

import cn.netlaw.api.operations.SecurityHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /problems/{name}}: the page a problem's {@code type} URI resolves to ({@link ProblemPages}), so that the
 * {@code /problems/invalid-request} of a 400 leads a developer to what it means and how to fix the request. The page is
 * HTML for a browser and Markdown for anything else that admits it ({@code Accept: text/markdown}, or {@code *}/{@code *}
 * as curl sends it): the type the {@code Accept} header weighs higher, the more specifically named one on a tie,
 * Markdown on a full tie. An unknown name is a 404 problem; an {@code Accept} that admits neither type a 406 problem.
 *
 * <p>The pages are static text: they may be cached (an hour), and the HTML carries a Content-Security-Policy that
 * allows nothing to load or run, besides the {@code X-Content-Type-Options: nosniff} every answer carries
 * ({@code quarkus.http.header}, {@link SecurityHeaders}).
 */
@Path(ProblemsResource.PATH)
@Tag(name = "Problems", description = """
        What each problem type of an error answer means and how to fix the request: the page its type URI resolves \
        to. The list of types is /docs/problems.md.""")
@SecurityRequirements // security: []: the API takes no credentials (k8s/base/networkpolicy.yaml fences it)
public class ProblemsResource {

    public static final String PATH = "/problems";
    public static final String MARKDOWN = "text/markdown";
    /** Nothing is loaded, run, framed or submitted from a problem page. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    public static final String CACHE_CONTROL = "public, max-age=3600";

    private final ProblemPages pages;

    ProblemsResource(ProblemPages pages) {
        this.pages = pages;
    }

    @GET
    @Path("{name}")
    @Produces({MediaType.TEXT_HTML, MARKDOWN})
    @Operation(operationId = "getProblemType", summary = "What a problem type means", description = """
            The page a problem's type URI resolves to (/problems/invalid-request, /problems/http-400, ...): what the \
            problem means and how to fix the request. HTML when the Accept header prefers it (a browser), Markdown \
            otherwise (Accept: text/markdown, or */*). The types are listed in /docs/problems.md.""")
    @Parameter(name = "name", description = """
            The name of the problem type, the last segment of its type URI: invalid-request, not-found, ..., or \
            http-<status> for a status from 400 to 499 without a name of its own (/docs/problems.md lists them).""",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z][a-z0-9-]*$", maxLength = 64),
            example = "invalid-request")
    @APIResponse(responseCode = "200", description = "The page: a heading, what the problem means, how to fix it.",
            content = {
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "There is no problem type of this name.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The Accept header admits neither text/html nor text/markdown.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("name") String name, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return pages.find(name)
                .map(page -> page(page, accept))
                .orElseGet(() -> ProblemMapper.response(unknown(name)));
    }

    private static Response page(ProblemPages.Page page, String accept) {
        String type = chosenType(accept);
        if (type == null) {
            return ProblemMapper.response(Problem.notAcceptable());
        }
        String body = type.equals(MediaType.TEXT_HTML) ? ProblemPages.html(page) : page.markdown();
        return Response.ok(body, type + ";charset=UTF-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.CONTENT_LANGUAGE, "en")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .build();
    }

    /** text/html, text/markdown, or null when the header admits neither. */
    static String chosenType(String accept) {
        if (accept == null || accept.isBlank() || accept.length() > AcceptGuard.MAX_HEADER) {
            return MARKDOWN;
        }
        AcceptGuard.Preference html = AcceptGuard.preference(accept, "text", "html");
        AcceptGuard.Preference markdown = AcceptGuard.preference(accept, "text", "markdown");
        if (html.q() <= 0 && markdown.q() <= 0) {
            return null;
        }
        if (html.q() != markdown.q()) {
            return html.q() > markdown.q() ? MediaType.TEXT_HTML : MARKDOWN;
        }
        return html.specificity() > markdown.specificity() ? MediaType.TEXT_HTML : MARKDOWN;
    }

    private static Problem unknown(String name) {
        return new Problem("/problems/not-found", "Not found", 404,
                "There is no problem type '" + Problem.shorten(name) + "'; the types are listed in /docs/problems.md"
                        + " (e.g. /problems/invalid-request).",
                null, List.of());
    }
}
