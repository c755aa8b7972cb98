package cn.netlaw.api.problem;

import cn.netlaw.liability.Violation;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx answer ({@code application/problem+json}). The
 * {@code type} is a stable relative URI naming the kind of problem; {@code errors} lists the offending fields of a
 * 400 and is empty otherwise. No answer names a Java class or carries a stack trace.
 */
@Schema(name = "Problem", description = """
        An RFC 9457 problem detail (application/problem+json), the body of every error answer. For 400, errors lists \
        every offending field with its path (e.g. noticeHistory[0].itemCount, $ for the body itself).""")
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
        @Schema(required = true, description = """
                A stable relative URI naming the kind of problem, which resolves: GET it for a page on what the \
                problem means and how to fix the request (/docs/problems.md lists them). /problems/invalid-request \
                (400), /problems/unsupported-transfer-coding (400, a body framed by neither Content-Length nor \
                chunked), /problems/malformed-request (400, not readable as HTTP/1.1), /problems/unauthorized (401) \
                and /problems/forbidden (403) where the deployment requires authentication, /problems/not-found \
                (404), /problems/method-not-allowed (405), /problems/not-acceptable (406), /problems/request-timeout \
                (408, a request head or body not received in time), /problems/body-too-large (413), \
                /problems/too-many-items (413, a batch over its item limit), /problems/uri-too-long (414), \
                /problems/unsupported-media-type (415), /problems/header-fields-too-large (431), \
                /problems/http-<status> (another 4xx of the HTTP exchange), /problems/internal-error (500), \
                /problems/service-busy (503, retry after the Retry-After seconds), /problems/shutting-down (503, the \
                replica is stopping: send again), /problems/too-many-connections \
                (503, retry after the Retry-After seconds), /problems/unsupported-http-version (505).""",
                example = "/problems/invalid-request")
        String type,

        @Schema(required = true, description = "A short summary of the kind of problem.", example = "Invalid request")
        String title,

        @Schema(required = true, description = "The HTTP status code.", example = "400")
        int status,

        @Schema(required = true, description = "What went wrong with this request, in plain words.")
        String detail,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = """
                The occurrence: urn:request-id:<id>, the X-Request-Id of the answer (the caller's, or one the service \
                made), which the service's log lines for the request carry as requestId; for an internal error \
                urn:uuid:<id>, the reference under which the error was logged. Absent on the problem of a batch \
                item (the batch answer carries the request id).""")
        String instance,

        @Schema(required = true, description = "The offending fields of a 400; empty for other problems.")
        List<FieldError> errors) {
    /** At most this many violations are reported per request (the rest are counted as "at least"). */
    public static final int MAX_VIOLATIONS = 100;
    /** Echoed values of a request are cut to this many characters. */
    private static final int MAX_ECHO = 60;

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The same problem, naming the occurrence it answers. */
    public Problem withInstance(String occurrence) {
        return new Problem(type, title, status, detail, occurrence, errors);
    }

    /** Where the rules of a valid request are written, for the detail of a 400. */
    static final String RULES = "The rules: /problems/invalid-request and /docs/request.md#validation.";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One offending field. */
    @Schema(name = "FieldError", description = "One offending field of a rejected request.")
    @JsonPropertyOrder({"field", "message", "allowed"})
    public record FieldError(
            @Schema(required = true, description = """
                    Path of the field: property names joined by dots, array indexes in brackets, e.g. \
                    noticeHistory[0].counterNotice.receivedAt; $ for the body itself.""",
                    example = "noticeHistory[0].itemCount")
            String field,

            @Schema(required = true, description = "What is wrong with the field.",
                    example = "expected a whole number, found the number 1.5")
            String message,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(nullable = true, description = """
                    The legal values, for a closed vocabulary (an enum) or an unknown property (the known property \
                    names of that object). Absent otherwise.""")
            List<String> allowed) {

        static FieldError of(Violation violation) {
            return new FieldError(violation.field(), violation.message(), violation.allowed());
        }
    }

    /**
     * 400 for a request that breaks the request shape or a rule of its validation. The detail points to where the rules
     * are written: the page the problem type resolves to, and the section of the documentation.
     */
    public static Problem invalidRequest(List<Violation> violations) {
        int count = violations.size();
        String detail = count == 1
                ? "The request breaks a rule of the request shape or its validation; see errors. " + RULES
                : "The request breaks " + (count >= Problem.MAX_VIOLATIONS ? "at least " : "") + count
                        + " rules of the request shape or its validation; see errors. " + RULES;
        return new Problem("/problems/invalid-request", "Invalid request", 400, detail, null,
                violations.stream().map(FieldError::of).toList());
    }

    /**
     * An item's 400 whose errors a batch answer no longer lists: the answer already lists
     * {@code liability.limits.max-batch-errors} of them.
     */
    public static Problem errorsNotListed(Problem problem, int maxBatchErrors) {
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail()
                + " The errors of this item are not listed: this batch answer already lists " + maxBatchErrors
                + " errors (liability.limits.max-batch-errors); send the item alone to see them.",
                null, List.of());
    }

    /** 400 for a batch whose envelope is not {@code {"items": [...]}} (a fault of an item is that item's result). */
    public static Problem invalidBatch(List<Violation> violations) {
        return new Problem("/problems/invalid-request", "Invalid request", 400,
                "The body is not a batch: send a JSON object with exactly the property items, an array of requests;"
                        + " see errors.",
                null, violations.stream().map(FieldError::of).toList());
    }

    /** 413 for a batch of more items than {@code liability.limits.max-batch-items}. */
    public static Problem tooManyItems(Violation violation) {
        return new Problem("/problems/too-many-items", "Too many items", 413,
                "The batch holds more items than the service takes in one request; send them in smaller batches.",
                null, List.of(FieldError.of(violation)));
    }

    /** 400 for a query string the resource does not take (a provisions filter, an unknown parameter). */
    public static Problem invalidQuery(List<Violation> violations) {
        return new Problem("/problems/invalid-request", "Invalid request", 400,
                "The query string is not one this resource takes; see errors.",
                null, violations.stream().map(FieldError::of).toList());
    }

    /** 404 for a provision id the catalogue does not hold. */
    static Problem unknownProvision(String id) {
        return new Problem("/problems/not-found", "Not found", 404,
                "The provisions catalogue holds no provision '" + Problem.shorten(id)
                        + "'; GET /api/v1/provisions lists every id.",
                null, List.of());
    }

    /**
     * Every endpoint of the service, for the 404 text; {@code HttpHygieneTest} checks it against the operations of
     * the contract.
     */
    static final String ENDPOINTS = "POST /api/v1/classifications, POST /api/v1/classifications/batch, "
            + "GET /api/v1/provisions, GET /api/v1/provisions/{id}, GET /docs/{page}, GET /problems/{name}, "
            + "the contract at GET /q/openapi and Swagger UI at /q/swagger-ui/, and health, metrics and info "
            + "(README, Operations)";

    static Problem notFound() {
        return new Problem("/problems/not-found", "Not found", 404,
                "Nothing is served at this path. The service serves " + ENDPOINTS + ".",
                null, List.of());
    }

    /** 404 on the management interface (ManagementInterfaceGuard), which serves health, metrics and info only. */
    public static Problem notServedOnManagement() {
        return new Problem("/problems/not-found", "Not found", 404,
                "Nothing is served at this path of the management interface: it serves /q/health (/started, /ready,"
                        + " /live), /q/metrics and /q/info; the API and its contract are on the API port.",
                null, List.of());
    }

    public static Problem methodNotAllowed(String method) {
        return new Problem("/problems/method-not-allowed", "Method not allowed", 405,
                "The method " + Problem.shorten(method) + " is not allowed at this path; see the Allow header.",
                null, List.of());
    }

    public static Problem notAcceptable() {
        return new Problem("/problems/not-acceptable", "Not acceptable", 406,
                "This resource answers application/json (and application/problem+json for errors);"
                        + " the Accept header admits neither.",
                null, List.of());
    }

    /** The 406 of {@code POST /api/v1/classifications}, which also answers the timeline picture. */
    static Problem notAcceptableNorPicture() {
        return new Problem("/problems/not-acceptable", "Not acceptable", 406,
                "This resource answers application/json or image/svg+xml (the timeline picture), and"
                        + " application/problem+json for errors; the Accept header admits none of them.",
                null, List.of());
    }

    static Problem unsupportedMediaType() {
        return new Problem("/problems/unsupported-media-type", "Unsupported media type", 415,
                "Send the request body as application/json (Content-Type: application/json).", null, List.of());
    }

    static Problem bodyTooLarge(long limitBytes) {
        return new Problem("/problems/body-too-large", "Request body too large", 413,
                "The request body exceeds the limit of " + limitBytes + " bytes.", null, List.of());
    }

    static Problem unsupportedTransferCoding() {
        return new Problem("/problems/unsupported-transfer-coding", "Unsupported transfer coding", 400,
                "Send the body with a Content-Length, or with Transfer-Encoding: chunked; no other coding is read.",
                null, List.of());
    }

    /** 400 for a request the HTTP codec could not read (a malformed request line, header or chunk size). */
    public static Problem malformedRequest() {
        return new Problem("/problems/malformed-request", "Malformed request", 400,
                "The request could not be read as HTTP/1.1: its request line, a header or the chunked framing of its"
                        + " body is not well-formed.",
                null, List.of());
    }

    /** 414 for a request line longer than {@code quarkus.http.limits.max-initial-line-length}. */
    public static Problem uriTooLong(int limitBytes) {
        return new Problem("/problems/uri-too-long", "URI too long", 414,
                "The request line (method, target and version) exceeds the limit of " + limitBytes + " bytes.",
                null, List.of());
    }

    /** 431 for headers larger than {@code quarkus.http.limits.max-header-size} in all. */
    public static Problem headerFieldsTooLarge(long limitBytes) {
        return new Problem("/problems/header-fields-too-large", "Request header fields too large", 431,
                "The request headers exceed the limit of " + limitBytes + " bytes in all.", null, List.of());
    }

    /** 505 for a request of another version than HTTP/1.0 or HTTP/1.1. */
    public static Problem httpVersionNotSupported() {
        return new Problem("/problems/unsupported-http-version", "HTTP version not supported", 505,
                "The service speaks HTTP/1.1 (and HTTP/1.0); send the request as HTTP/1.1.", null, List.of());
    }

    /** 408 for a request whose head or body did not arrive within its deadline. */
    public static Problem requestTimeout(String part, java.time.Duration limit) {
        return new Problem("/problems/request-timeout", "Request timeout", 408,
                "The request " + part + " did not arrive within " + Problem.describe(limit)
                        + "; the connection is closed.",
                null, List.of());
    }

    /** 503 while the replica stops: another replica answers. */
    public static Problem shuttingDown() {
        return new Problem("/problems/shutting-down", "Shutting down", 503,
                "This replica of the service is stopping and takes no new requests; send the request again.",
                null, List.of());
    }

    /** 503 for a connection beyond the limit when no idle connection can be closed to make room. */
    public static Problem tooManyConnections(int limit) {
        return new Problem("/problems/too-many-connections", "Too many connections", 503,
                "The service holds its limit of " + limit + " connections, each with a request in progress;"
                        + " connect again shortly.",
                null, List.of());
    }

    static Problem otherClientError(int status, String reason) {
        return new Problem("/problems/http-" + status, reason == null ? "Client error" : reason, status,
                "The request cannot be answered as sent (HTTP " + status + ").", null, List.of());
    }

    /** 503 for an expensive request beyond the admission limits (docs/operations.md#limits). */
    public static Problem busy(int retryAfterSeconds) {
        return new Problem("/problems/service-busy", "Service busy", 503,
                "The service is running as many batches and counterfactual explorations as it takes at once, and as"
                        + " many wait already; send the request again after " + retryAfterSeconds
                        + " seconds (Retry-After).",
                null, List.of());
    }

    public static Problem internalError(UUID reference) {
        return new Problem("/problems/internal-error", "Internal error", 500,
                "The request could not be answered because of an error in the service. It was logged under reference "
                        + reference + ".",
                "urn:uuid:" + reference, List.of());
    }
    /** At most {@value #MAX_ECHO} characters of a value echoed in a problem, cut between code points, never inside one. */
    public static String shorten(String text) {
        if (text.length() <= MAX_ECHO) {
            return text;
        }
        int end = MAX_ECHO;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** "10 s", "1.5 s", "250 ms". */
    public static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return millis >= 1000 ? String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0) : millis + " ms";
    }
}
