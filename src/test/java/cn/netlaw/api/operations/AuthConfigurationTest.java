package cn.netlaw.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Authentication turned on without what it verifies tokens against stops the service at start, naming every key
 * missing at once; turned off, nothing is required.
 */
class AuthConfigurationTest {

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
    }

    private static AuthConfig on() {
        return new AuthConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Optional<String> requiredRole() {
                return Optional.empty();
            }
        };
    }

    @Test
    void on_without_issuer_and_key_names_both() {
        assertThatThrownBy(() -> new ApiAuthentication(on(), config(Map.of()), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mp.jwt.verify.issuer")
                .hasMessageContaining("mp.jwt.verify.publickey.location");
    }

    @Test
    void on_without_a_key_names_the_key() {
        assertThat(ApiAuthentication.missingKeys(config(Map.of("mp.jwt.verify.issuer", "https://id.example.cn"))))
                .singleElement().asString().contains("mp.jwt.verify.publickey.location")
                .doesNotContain("mp.jwt.verify.issuer");
    }

    @Test
    void on_with_a_blank_issuer_names_the_issuer() {
        assertThat(ApiAuthentication.missingKeys(config(Map.of("mp.jwt.verify.issuer", " ",
                "mp.jwt.verify.publickey.location", "file:/etc/nsp-liability/jwt/publickey.pem"))))
                .singleElement().asString().contains("mp.jwt.verify.issuer");
    }

    @Test
    void an_issuer_and_a_key_in_either_form_suffice() {
        assertThat(ApiAuthentication.missingKeys(config(Map.of("mp.jwt.verify.issuer", "https://id.example.cn",
                "mp.jwt.verify.publickey.location", "https://id.example.cn/jwks")))).isEmpty();
        assertThat(ApiAuthentication.missingKeys(config(Map.of("mp.jwt.verify.issuer", "https://id.example.cn",
                "mp.jwt.verify.publickey", TestTokens.publicKeyPem())))).isEmpty();
        new ApiAuthentication(on(), config(Map.of("mp.jwt.verify.issuer", "https://id.example.cn",
                "mp.jwt.verify.publickey.location", "https://id.example.cn/jwks")), null);
    }

    @Test
    void off_requires_nothing() {
        AuthConfig off = new AuthConfig() {
            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public Optional<String> requiredRole() {
                return Optional.empty();
            }
        };
        new ApiAuthentication(off, config(Map.of()), null);
    }
}
