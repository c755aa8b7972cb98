package cn.netlaw.api.provisions;

import cn.netlaw.api.explanation.Citations;
import cn.netlaw.api.operations.ApiAuthentication;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemMapper;
import cn.netlaw.api.problem.QueryParameters;
import cn.netlaw.liability.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/provisions} and {@code GET /api/v1/provisions/{id}}: the provisions catalogue, every id that a
 * classification's {@code legalBasis} can hold, with its text and dates in force. The catalogue is read once at
 * start-up; these methods only look it up.
 */
@Path("/api/v1/provisions")
@Tag(name = "Provisions", description = """
        The provisions catalogue: every statute, regulation and judicial-interpretation article the classifications \
        cite, with its dates in force, its Chinese text, an English working rendering and whether the Chinese text was \
        verified against a source.""")
// security: [{}, {bearer: []}]: no credentials by default; a bearer JWT where the deployment turns authentication on
// (liability.auth.enabled, ApiAuthentication); its 401 and 403 answers are declared by NullableReferences
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = ApiAuthentication.SCHEME))
public class ProvisionsResource {

    private static final String IF_NONE_MATCH = """
            The ETag of an answer the client holds; when it is still the answer's tag, the answer is 304 without a \
            body.""";
    private static final String ETAG = """
            A strong tag of this answer; it changes only when the catalogue does (a new release of the service).""";
    private static final String CACHING = """
            public, max-age=3600: the catalogue is the same for every caller and changes only with a release; after \
            an hour, ask again with If-None-Match.""";
    /** A tag no answer has (an answer's tag is the digest of its JSON): sent, it gets the whole answer. */
    private static final String ETAG_EXAMPLE = "\"an-older-answer\"";
    private static final String NOT_MODIFIED = "The answer named by If-None-Match is still current; no body.";

    /** How long a client or a shared cache may reuse an answer of the catalogue without asking again. */
    static final int MAX_AGE_SECONDS = 3600;
    static final String CACHE_CONTROL = "public, max-age=" + MAX_AGE_SECONDS;

    private final ProvisionCatalogue catalogue;
    private final Citations citations;
    private final ObjectMapper json;

    ProvisionsResource(ProvisionCatalogue catalogue, Citations citations, ObjectMapper json) {
        this.catalogue = catalogue;
        this.citations = citations;
        this.json = json;
    }

    /**
     * The answer with a strong {@code ETag} (a digest of its JSON: the catalogue is fixed for the life of the
     * service, so an answer changes only with a new release) and {@code Cache-Control: public, max-age=3600}; a
     * request whose {@code If-None-Match} names the tag is answered 304 without a body.
     */
    private Response cacheable(Request request, Object body) {
        EntityTag tag = new EntityTag(digest(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null
                ? notModified : Response.ok(body, MediaType.APPLICATION_JSON);
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    private String digest(Object body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot tag an answer of the catalogue", e);
        }
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "listProvisions", summary = "List the provisions of the catalogue", description = """
            Every provision of the catalogue, in its order, or those that match the filters (both when both are \
            given). Unknown query parameters, a repeated or empty parameter, an instrument the catalogue does not know \
            and a malformed date are answered 400, each naming the parameter; a filter that matches nothing is an \
            empty list.""")
    @Parameter(name = ProvisionQuery.INSTRUMENT, in = ParameterIn.QUERY, description = """
            Only the provisions of this instrument: an instrument key (the part of the id before the article number: \
            CIVIL_CODE, TORT_LAW, GPCL, REG, SPC_NDR, SPC_PR_2014, SPC_PR_2020, ECL, SPC_REPLY_2020, SPC_CC_TIME, \
            COPYRIGHT_LAW, NCAC_2016_LIT, SPC_TLL_NOTICE_2010, GENERAL_PROVISIONS, LEGISLATION_LAW), or a leading \
            part of one that ends before an underscore (SPC_PR: both SPC_PR texts; SPC: every SPC interpretation). \
            Case-sensitive. Anything else is a 400 whose error lists the instrument keys.""",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z][A-Z0-9_]*$"), example = "CIVIL_CODE")
    @Parameter(name = ProvisionQuery.IN_FORCE_ON, in = ParameterIn.QUERY, description = """
            Only the provisions whose text applied on this day: effectiveFrom ≤ day ≤ effectiveTo, both ends \
            inclusive, a null effectiveTo meaning still in force. A date YYYY-MM-DD; anything else is a 400.""",
            schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2022-04-02")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = IF_NONE_MATCH,
            schema = @Schema(type = SchemaType.STRING), example = ETAG_EXAMPLE)
    @APIResponse(responseCode = "200", description = "The matching provisions, in the catalogue's order.",
            headers = {
                @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHING,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProvisionResponse.Listing.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = {
        @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
        @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHING, schema = @Schema(type = SchemaType.STRING))
    })
    @APIResponse(responseCode = "400", description = """
            A query parameter the resource does not take, given twice or empty, an unknown instrument (allowed lists \
            the instrument keys) or a malformed inForceOn.""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The Accept header admits neither JSON nor problem+json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Context HttpServerRequest connection, @Context Request request) {
        return switch (ProvisionQuery.read(QueryParameters.of(connection), catalogue)) {
            case ProvisionQuery.Invalid invalid -> ProblemMapper.invalidQuery(invalid.violations());
            case ProvisionQuery.Valid valid -> cacheable(request, new ProvisionResponse.Listing(
                    catalogue.select(valid.query().instrument(), valid.query().inForceOn()).stream()
                            .map(entry -> ProvisionResponse.of(entry, citations))
                            .toList()));
        };
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "getProvision", summary = "One provision of the catalogue", description = """
            The provision with this legal-basis id, as a classification cites it in legalBasis. The resource takes no \
            query parameters.""")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = IF_NONE_MATCH,
            schema = @Schema(type = SchemaType.STRING), example = ETAG_EXAMPLE)
    @APIResponse(responseCode = "200", description = "The provision.",
            headers = {
                @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHING,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProvisionResponse.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = {
        @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
        @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHING, schema = @Schema(type = SchemaType.STRING))
    })
    @APIResponse(responseCode = "400", description = "A query parameter was given; the resource takes none.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The catalogue holds no provision with this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The Accept header admits neither JSON nor problem+json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = "A legal-basis id, e.g. CIVIL_CODE_1195_2 (case-sensitive).",
                    example = "CIVIL_CODE_1195_2")
            @PathParam("id") String id,
            @Context HttpServerRequest connection, @Context Request request) {
        List<Violation> unexpected = ProvisionQuery.none(QueryParameters.of(connection));
        if (!unexpected.isEmpty()) {
            return ProblemMapper.invalidQuery(unexpected);
        }
        return catalogue.find(id)
                .map(entry -> cacheable(request, ProvisionResponse.of(entry, citations)))
                .orElseGet(() -> ProblemMapper.unknownProvision(id));
    }
}
