package cn.netlaw.api.problem;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a request's query string, name to values, in the order each name first appears in the query
 * string, for the resources that check their query: a problem lists the parameters it refuses in that order, the same
 * on every request (docs/problems.md). The names and values are decoded as Vert.x decodes them for JAX-RS' own query
 * parameters (Netty's {@link QueryStringDecoder} over the request target); JAX-RS' view of them
 * ({@code UriInfo.getQueryParameters()}) is a hash map, whose order is neither that of the query nor sorted.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The query parameters of the request, in the order of the query string; empty without a query. */
    public static Map<String, List<String>> of(HttpServerRequest request) {
        return of(request.uri());
    }

    /** The query parameters of a request target (path and query, as on the request line). */
    static Map<String, List<String>> of(String target) {
        return target.indexOf('?') < 0 ? Map.of() : new QueryStringDecoder(target).parameters();
    }
}
