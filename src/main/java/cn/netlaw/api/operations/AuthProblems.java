package cn.netlaw.api.operations;

import cn.netlaw.api.problem.Problem;
import java.util.List;

/**
 * The problems of {@link ApiAuthentication}: what a caller is told when authentication is on and its request is
 * refused. None says why a token was not accepted, or repeats any part of it.
 */
final class AuthProblems {

    static final String UNAUTHORIZED = "/problems/unauthorized";
    static final String FORBIDDEN = "/problems/forbidden";

    private AuthProblems() {
    }

    /** 401: no bearer token. */
    static Problem missingToken() {
        return new Problem(UNAUTHORIZED, "Unauthorized", 401,
                "This deployment requires authentication: send a bearer JWT from its issuer in the Authorization"
                        + " header (Authorization: Bearer <token>).",
                null, List.of());
    }

    /** 401: a token that was not accepted. */
    static Problem invalidToken() {
        return new Problem(UNAUTHORIZED, "Unauthorized", 401,
                "The bearer token was not accepted: it is malformed, not signed by the configured key, expired or"
                        + " not yet valid, or not issued by or for this deployment. Obtain a new token.",
                null, List.of());
    }

    /** 403: a valid token without the role this deployment requires. */
    static Problem forbidden() {
        return new Problem(FORBIDDEN, "Forbidden", 403,
                "The bearer token is valid but does not carry the role this deployment requires for the API"
                        + " (liability.auth.required-role).",
                null, List.of());
    }
}
