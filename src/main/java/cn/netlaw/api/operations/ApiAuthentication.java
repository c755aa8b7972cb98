package cn.netlaw.api.operations;

import cn.netlaw.api.explanation.DocsResource;
import cn.netlaw.api.problem.Problem;
import cn.netlaw.api.problem.ProblemMapper;
import cn.netlaw.api.problem.ProblemsResource;
import cn.netlaw.api.problem.RouteGuards;
import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Optional bearer-JWT authentication of the API ({@code liability.auth.enabled}, off by default).
 *
 * <p>Off, this class installs nothing: no route, no check. Quarkus' own authentication is lazy
 * ({@code quarkus.http.auth.proactive=false}), so smallrye-jwt never reads an {@code Authorization} header that no
 * check asks for, and the API answers as it did without the extension, credentials sent or not.
 *
 * <p>On, a route in front of every path except {@code /q/} (the OpenAPI document and Swagger UI stay open; health,
 * metrics and info are on the management interface, which this route does not guard) and the static pages of
 * {@code /problems/} and {@code /docs/} (a refused caller must be able to read what its problem means) asks for the
 * caller's identity, which smallrye-jwt makes from the bearer token: signature against
 * {@code mp.jwt.verify.publickey.location} (a PEM or JWK(S) file, or a JWKS URL) or {@code mp.jwt.verify.publickey},
 * issuer against {@code mp.jwt.verify.issuer}, expiry and not-before, and the audiences of
 * {@code mp.jwt.verify.audiences} when set.
 * <ul>
 * <li>no token, or one that is not accepted (malformed, badly signed, expired, another issuer or audience): 401
 * problem+json ({@code /problems/unauthorized}) with {@code WWW-Authenticate: Bearer} (RFC 6750 §3);</li>
 * <li>a valid token without {@code liability.auth.required-role}, when that is set: 403 problem+json
 * ({@code /problems/forbidden}).</li>
 * </ul>
 * Neither body says why a token was refused or repeats any part of it; the reason is logged at DEBUG. The route
 * runs after Quarkus' authentication handler (which puts the deferred identity in the routing context) and before
 * the body-size guard of {@link RouteGuards}, so an unauthenticated body is never buffered.
 */
@Singleton
@Startup
public class ApiAuthentication {

    /** The name of the security scheme in the OpenAPI document (package-info). */
    public static final String SCHEME = "bearer";

    /** The OpenAPI description of the scheme. */
    public static final String SCHEME_DESCRIPTION = """
            A JWT from the deployment's identity provider, sent as Authorization: Bearer <token>. Required only where \
            the deployment turns authentication on (liability.auth.enabled; off by default, when the API takes no \
            credentials and reads none): the token must then be signed with the configured key (a public key or the \
            provider's JWKS), come from the configured issuer, be unexpired, and carry the configured audience and \
            role where these are set. The OpenAPI document, Swagger UI, health, metrics and info never need it.""";

    /** The OpenAPI description of a 401 answer. */
    static final String UNAUTHORIZED_ANSWER = """
            Only where the deployment requires authentication: no bearer token was sent, or the token was not \
            accepted (malformed, not signed by the configured key, expired, another issuer or audience) \
            (/problems/unauthorized). The body never says which, nor repeats the token.""";

    /** The OpenAPI description of the challenge of a 401 or 403. */
    static final String CHALLENGE_HEADER = """
            The bearer challenge (RFC 6750 §3): Bearer when no token was sent, Bearer error="invalid_token" when one \
            was not accepted, Bearer error="insufficient_scope" when it lacks the required role.""";

    /** The OpenAPI description of a 403 answer. */
    static final String FORBIDDEN_ANSWER = """
            Only where the deployment requires authentication and a role: the bearer token is valid but does not \
            carry the role (liability.auth.required-role) (/problems/forbidden).""";

    /** After Quarkus' authentication handler (order -200), before its authorization (-100) and {@link RouteGuards}. */
    static final int ORDER = -150;

    /**
     * The paths that never need a token: Quarkus' non-application endpoints, the problem pages ({@link ProblemsResource})
     * and the documentation ({@link DocsResource}).
     */
    static final List<String> OPEN_PREFIXES = List.of("/q/", ProblemsResource.PATH + "/", DocsResource.PATH + "/");

    private static final Logger LOG = Logger.getLogger(ApiAuthentication.class);

    /** Hands an identity failure to this class instead of Quarkus' default challenge (an empty 401). */
    private static final BiConsumer<RoutingContext, Throwable> ANSWERED_HERE = (context, failure) -> {
    };

    private final AuthConfig config;
    private final IdentityProviderManager identities;

    ApiAuthentication(AuthConfig config, Config names, IdentityProviderManager identities) {
        this.config = config;
        this.identities = identities;
        if (config.enabled()) {
            List<String> missing = missingKeys(names);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("liability.auth.enabled is true, but " + String.join(" and ", missing)
                        + " " + (missing.size() == 1 ? "is" : "are") + " not set; see"
                        + " docs/operations.md#authentication.");
            }
        }
    }

    /** The verification keys that authentication needs and the configuration lacks, as sentences' subjects. */
    static List<String> missingKeys(Config names) {
        List<String> missing = new ArrayList<>();
        if (absent(names, "mp.jwt.verify.issuer")) {
            missing.add("mp.jwt.verify.issuer (the iss every token must carry)");
        }
        if (absent(names, "mp.jwt.verify.publickey.location") && absent(names, "mp.jwt.verify.publickey")
                && absent(names, "smallrye.jwt.verify.key.location")) {
            missing.add("a verification key: mp.jwt.verify.publickey.location (a PEM or JWK(S) file, or a JWKS URL)"
                    + " or mp.jwt.verify.publickey");
        }
        return missing;
    }

    private static boolean absent(Config names, String key) {
        Optional<String> value = names.getOptionalValue(key, String.class);
        return value.isEmpty() || value.get().isBlank();
    }

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        LOG.infof("API authentication is on: every path outside %s needs a bearer JWT%s", OPEN_PREFIXES,
                config.requiredRole().map(role -> " with the role " + role).orElse(""));
        router.route().order(ORDER).handler(this::authenticate);
    }

    private void authenticate(RoutingContext context) {
        String path = context.normalizedPath();
        if (path != null && OPEN_PREFIXES.stream().anyMatch(path::startsWith)) {
            context.next();
            return;
        }
        // The deferred identity of Quarkus' lazy authentication; its failure comes to the subscriber below.
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWERED_HERE);
        Uni<SecurityIdentity> identity = QuarkusHttpUser.getSecurityIdentity(context, identities);
        identity.subscribe().with(caller -> decide(context, caller), failure -> refuse(context, failure));
    }

    private void decide(RoutingContext context, SecurityIdentity caller) {
        if (caller == null || caller.isAnonymous()) {
            answer(context, AuthProblems.missingToken(), "Bearer");
            return;
        }
        Optional<String> role = config.requiredRole();
        if (role.isPresent() && !caller.hasRole(role.get())) {
            LOG.debugf("A bearer token without the required role was refused on %s", context.normalizedPath());
            answer(context, AuthProblems.forbidden(), "Bearer error=\"insufficient_scope\"");
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, Throwable failure) {
        if (authenticationFailure(failure)) {
            // smallrye-jwt's reason (expired, issuer, signature, ...): for the operator, never for the caller
            LOG.debugf("A bearer token was refused on %s: %s", context.normalizedPath(), reason(failure));
            answer(context, AuthProblems.invalidToken(), "Bearer error=\"invalid_token\"");
            return;
        }
        UUID reference = UUID.randomUUID();
        LOG.errorf(failure, "Internal error %s", reference);
        answer(context, Problem.internalError(reference), null);
    }

    static boolean authenticationFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailedException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                reason.append(reason.isEmpty() ? "" : " / ").append(cause.getMessage());
            }
        }
        return reason.isEmpty() ? failure.getClass().getSimpleName() : reason.toString();
    }

    private static void answer(RoutingContext context, Problem problem, String challenge) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (challenge != null) {
            response.putHeader("WWW-Authenticate", challenge);
        }
        response.end(Buffer.buffer(ProblemMapper.json(problem)));
    }
}
