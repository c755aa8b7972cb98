package cn.netlaw.api.operations;

import cn.netlaw.api.problem.Problem;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A nullable object property that refers to another schema is generated as {@code type: object} with {@code anyOf:
 * [$ref, {type: "null"}]}; the {@code type} then forbids the null the {@code anyOf} allows, and validators reject the
 * {@code null} the service accepts (docs/request.md#nulls: {@code null} on an optional field means absent). The
 * property's own type admits {@code null} too. Likewise a nullable property with an {@code enum} (a closed vocabulary
 * whose absence is {@code null}, e.g. {@code cutBy}): under JSON Schema 2020-12 the {@code enum} must list {@code null}
 * as well, or it forbids what the type allows.
 *
 * <p>And the answers every API operation can give before its resource runs, declared once here instead of on each
 * resource: 401 and 403 where the deployment requires authentication ({@link ApiAuthentication}), and the
 * connection guard's 408 (a head or body too slow), 414 (a request line too long), 431 (headers too large) and 505 (an
 * HTTP version other than 1.0 and 1.1), and the 503 of the connection limit and of the drain at shutdown, added to
 * the description of an operation's own 503 (admission) where it has one. And
 * the {@code traceparent} request and response headers of every API operation ({@link TraceContext}).
 */
public class NullableReferences implements OASFilter {

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        declareTraceContext(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/") || item.getOperations() == null) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                org.eclipse.microprofile.openapi.models.responses.APIResponses responses = operation.getResponses();
                answer(responses, "401", ApiAuthentication.UNAUTHORIZED_ANSWER, true);
                answer(responses, "403", ApiAuthentication.FORBIDDEN_ANSWER, true);
                answer(responses, "408", """
                        The request's head did not arrive within liability.http.header-timeout (10 s), or its body \
                        within liability.http.body-timeout (30 s) (/problems/request-timeout); the connection is \
                        closed.""", false);
                answer(responses, "414", """
                        The request line is longer than quarkus.http.limits.max-initial-line-length (4096 bytes) \
                        (/problems/uri-too-long); the connection is closed.""", false);
                answer(responses, "431", """
                        The request's headers are larger than quarkus.http.limits.max-header-size (16 KiB) \
                        (/problems/header-fields-too-large); the connection is closed.""", false);
                answer(responses, "505", """
                        The request is neither HTTP/1.1 nor HTTP/1.0 (/problems/unsupported-http-version); the \
                        connection is closed.""", false);
                unavailable(responses);
                traced(operation, responses);
            });
        });
    }

    /** What the 503 of every operation says beyond admission: the connection limit and the drain. */
    static final String UNAVAILABLE = """
            Every connection the service may hold has a request in progress (liability.http.max-connections; \
            /problems/too-many-connections, Retry-After: 1, the connection closed), or the service is shutting down \
            and its drain window has passed (/problems/shutting-down, Retry-After: 1): send the request again, another \
            instance answers it.""";

    /** The 503 of the connection limit and the drain, added to an operation's own 503 or declared on its own. */
    private static void unavailable(org.eclipse.microprofile.openapi.models.responses.APIResponses responses) {
        if (responses == null) {
            return;
        }
        org.eclipse.microprofile.openapi.models.responses.APIResponse own = responses.getAPIResponse("503");
        if (own == null) {
            answer(responses, "503", UNAVAILABLE, false);
            responses.getAPIResponse("503").addHeader("Retry-After",
                    org.eclipse.microprofile.openapi.OASFactory.createHeader()
                            .description("Seconds to wait before sending the request again.")
                            .schema(org.eclipse.microprofile.openapi.OASFactory.createSchema()
                                    .addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)));
        } else if (own.getDescription() != null && !own.getDescription().contains("too-many-connections")) {
            own.setDescription(own.getDescription() + " Also when e" + UNAVAILABLE.substring(1));
        }
    }

    /**
     * The W3C trace context of an operation ({@link TraceContext}): {@code traceparent} taken on the request and given
     * on every answer the service's routes make; not on the connection guard's 408, 414, 431 and 505, which are written
     * before a request is traced.
     */
    private static void traced(org.eclipse.microprofile.openapi.models.Operation operation,
            org.eclipse.microprofile.openapi.models.responses.APIResponses responses) {
        operation.addParameter(org.eclipse.microprofile.openapi.OASFactory.createParameter().ref(TraceContext.HEADER));
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, answer) -> {
            if (!UNTRACED.contains(status)) {
                answer.addHeader(TraceContext.HEADER,
                        org.eclipse.microprofile.openapi.OASFactory.createHeader().ref(TraceContext.HEADER));
            }
        });
    }

    /** The {@code traceparent} request parameter and answer header, declared once under components. */
    private static void declareTraceContext(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(org.eclipse.microprofile.openapi.OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(TraceContext.HEADER,
                org.eclipse.microprofile.openapi.OASFactory.createParameter()
                        .name(TraceContext.HEADER)
                        .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                        .description("""
                                W3C Trace Context: the caller's trace, which the service continues (its span for the \
                                request a child of the given span); without one, or with one that is not valid, the \
                                service starts a new trace.""")
                        .schema(org.eclipse.microprofile.openapi.OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING).pattern(TRACEPARENT))
                        .example("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        openAPI.getComponents().addHeader(TraceContext.HEADER,
                org.eclipse.microprofile.openapi.OASFactory.createHeader()
                        .description("""
                                W3C Trace Context of the answer: the request's trace id (the caller's, or a new one), \
                                the id of the service's span for the request, and the sampling flag. The service's \
                                log lines for the request carry the same traceId and spanId.""")
                        .schema(org.eclipse.microprofile.openapi.OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING).pattern(TRACEPARENT)));
    }

    /** A {@code traceparent} of version 00. */
    private static final String TRACEPARENT = "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$";
    /** The connection guard's answers, written before a request is traced. */
    private static final java.util.Set<String> UNTRACED = java.util.Set.of("408", "414", "431", "505");

    /** Declares a problem answer on an operation that does not declare that status itself. */
    private static void answer(org.eclipse.microprofile.openapi.models.responses.APIResponses responses, String status,
            String description, boolean challenge) {
        if (responses == null || responses.hasAPIResponse(status)) {
            return;
        }
        org.eclipse.microprofile.openapi.models.responses.APIResponse answer =
                org.eclipse.microprofile.openapi.OASFactory.createAPIResponse().description(description)
                        .content(org.eclipse.microprofile.openapi.OASFactory.createContent().addMediaType(
                                Problem.MEDIA_TYPE, org.eclipse.microprofile.openapi.OASFactory.createMediaType()
                                        .schema(org.eclipse.microprofile.openapi.OASFactory.createSchema()
                                                .ref("Problem"))));
        if (challenge) {
            answer.addHeader("WWW-Authenticate", org.eclipse.microprofile.openapi.OASFactory.createHeader()
                    .description(ApiAuthentication.CHALLENGE_HEADER)
                    .schema(org.eclipse.microprofile.openapi.OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)));
        }
        responses.addAPIResponse(status, answer);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        List<Schema.SchemaType> type = schema.getType();
        if (anyOf != null && type != null && type.contains(Schema.SchemaType.OBJECT)
                && !type.contains(Schema.SchemaType.NULL)
                && anyOf.stream().anyMatch(s -> s.getType() != null && s.getType().contains(Schema.SchemaType.NULL))) {
            schema.addType(Schema.SchemaType.NULL);
        }
        List<Object> values = schema.getEnumeration();
        if (values != null && !values.contains(null) && type != null && type.contains(Schema.SchemaType.NULL)) {
            List<Object> withNull = new java.util.ArrayList<>(values);
            withNull.add(null);
            schema.setEnumeration(withNull);
        }
        return schema;
    }
}
