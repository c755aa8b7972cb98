package cn.netlaw.api.explanation;

import cn.netlaw.api.operations.SecurityHeaders;
import cn.netlaw.api.problem.AcceptGuard;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemMapper;
import cn.netlaw.api.problem.ProblemsResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /docs/{page}}: the pages of the repository's {@code docs/} (the decision procedure, its vocabulary, the
 * request and its validation rules, the answer, the problem types), which the build copies into the jar. The contract's
 * {@code externalDocs} and the detail of every 400 point here, so a caller reads the rules where it got the answer.
 *
 * <p>A page is Markdown, served as {@code text/markdown} to a client that admits it and does not name
 * {@code text/html} more specifically (curl's {@code *}/{@code *}, {@code Accept: text/markdown}), and as
 * {@code text/plain} to a browser, which would otherwise download it; an {@code Accept} that admits neither is a 406
 * problem, an unknown page a 404 problem. Static text: cacheable for an hour, with a Content-Security-Policy that
 * allows nothing, besides the {@code X-Content-Type-Options: nosniff} of every answer ({@code quarkus.http.header},
 * {@link SecurityHeaders}).
 */
@Path(DocsResource.PATH)
@Tag(name = "Documentation", description = """
        The decision procedure the service applies, the vocabulary of requests and answers, the rules of a valid \
        request and the problem types, as Markdown pages (the docs/ directory of the service's repository).""")
@SecurityRequirements // security: []: the API takes no credentials (k8s/base/networkpolicy.yaml fences it)
public class DocsResource {

    public static final String PATH = "/docs";
    private static final String DIRECTORY = "docs/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,40}\\.md");
    private static final String PLAIN = MediaType.TEXT_PLAIN;

    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    @GET
    @Path("{page}")
    @Produces({ProblemsResource.MARKDOWN, MediaType.TEXT_PLAIN})
    @Operation(operationId = "getDocument", summary = "A page of the documentation", description = """
            A page of the documentation, in Markdown: procedure.md (what the service decides and on which law, the \
            steps with the provisions each rests on, the timeliness bands, the open questions, the exploration \
            budget, the periods), vocabulary.md (every code of a request and an answer), request.md (the fields, \
            dates and validation rules of a request), result.md (the answer), problems.md (the problem types), \
            scenarios.md (how the worked scenarios are judged), api.md (the API guide), operations.md (configuration, \
            limits, operations), container.md (the container and Kubernetes), development.md (CI, the repository), \
            README.md (the index). text/markdown, or text/plain for a browser.""")
    @Parameter(name = "page", description = "The page's file name.",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z][A-Za-z0-9-]*\\.md$", maxLength = 44),
            example = "procedure.md")
    @APIResponse(responseCode = "200", description = "The page, in Markdown.", content = {
        @Content(mediaType = ProblemsResource.MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "There is no page of this name.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The Accept header admits neither text/markdown nor text/plain.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("page") String page, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Optional<byte[]> text = find(page);
        if (text.isEmpty()) {
            return ProblemMapper.response(new Problem("/problems/not-found", "Not found", 404,
                    "There is no page '" + Problem.shorten(page) + "' of the documentation; /docs/README.md lists"
                            + " them.", null, List.of()));
        }
        String type = chosenType(accept);
        if (type == null) {
            return ProblemMapper.response(Problem.notAcceptable());
        }
        return Response.ok(text.get(), type + ";charset=UTF-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CACHE_CONTROL, ProblemsResource.CACHE_CONTROL)
                .header(HttpHeaders.CONTENT_LANGUAGE, "en")
                .header("Content-Security-Policy", ProblemsResource.CONTENT_SECURITY_POLICY)
                .build();
    }

    /** The page of this file name, as UTF-8 bytes, or empty when there is none. */
    Optional<byte[]> find(String page) {
        if (page == null || !NAME.matcher(page).matches()) {
            return Optional.empty();
        }
        byte[] known = pages.get(page);
        if (known != null) {
            return Optional.of(known);
        }
        try (InputStream in = DocsResource.class.getClassLoader().getResourceAsStream(DIRECTORY + page)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] text = in.readAllBytes();
            pages.put(page, text);
            return Optional.of(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the page " + page + " cannot be read", e);
        }
    }

    /**
     * text/markdown when the header admits it and names text/html no more specifically (a browser names text/html
     * and reaches Markdown only through *), text/plain when it admits that, null when neither.
     */
    static String chosenType(String accept) {
        if (accept == null || accept.isBlank() || accept.length() > AcceptGuard.MAX_HEADER) {
            return ProblemsResource.MARKDOWN;
        }
        AcceptGuard.Preference markdown = AcceptGuard.preference(accept, "text", "markdown");
        AcceptGuard.Preference html = AcceptGuard.preference(accept, "text", "html");
        AcceptGuard.Preference plain = AcceptGuard.preference(accept, "text", "plain");
        if (markdown.q() > 0 && (markdown.specificity() >= html.specificity() || html.q() <= 0)) {
            return ProblemsResource.MARKDOWN;
        }
        if (plain.q() > 0) {
            return PLAIN;
        }
        return markdown.q() > 0 ? ProblemsResource.MARKDOWN : null;
    }
}
