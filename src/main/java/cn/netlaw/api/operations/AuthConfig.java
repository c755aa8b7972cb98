package cn.netlaw.api.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Optional authentication of the API (docs/operations.md#authentication), under {@code liability.auth.*}. Off by
 * default: the API then takes no credentials and ignores any it is sent. On, every request outside {@code /q/} must
 * carry a bearer JWT that smallrye-jwt verifies against the {@code mp.jwt.verify.*} configuration (issuer, public key
 * or JWKS, optionally audiences); see {@link ApiAuthentication}.
 */
@ConfigMapping(prefix = "liability.auth")
public interface AuthConfig {

    /** Whether the API requires a bearer JWT. Read at start: the same jar or image serves both modes. */
    @WithDefault("false")
    boolean enabled();

    /**
     * A role (a value of the token's {@code groups} claim, or of the claim {@code smallrye.jwt.path.groups} names)
     * that a token must carry; without it a valid token is answered 403. Unset, any valid token is accepted.
     */
    Optional<String> requiredRole();
}
