package cn.netlaw.api.operations;

import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens for {@link AuthenticationTest}, signed with an RSA key pair made here: the service verifies them
 * against its public half ({@link #publicKeyPem()}, given as {@code mp.jwt.verify.publickey}). The pair is made once
 * per test JVM and kept in two system properties, so that the test profile (which configures the service) and the
 * test (which signs) use the same pair whichever class loader each was loaded by.
 */
final class TestTokens {

    static final String ISSUER = "https://issuer.test.nsp-liability.invalid";
    static final String ROLE = "classifier";
    static final String SUBJECT = "client-4711";

    private static final String PUBLIC = "nsp-liability.test.jwt.public";
    private static final String PRIVATE = "nsp-liability.test.jwt.private";

    private TestTokens() {
    }

    private static synchronized void makeKeys() {
        if (System.getProperty(PRIVATE) != null) {
            return;
        }
        KeyPair pair = newPair();
        Base64.Encoder base64 = Base64.getEncoder();
        System.setProperty(PUBLIC, base64.encodeToString(pair.getPublic().getEncoded()));
        System.setProperty(PRIVATE, base64.encodeToString(pair.getPrivate().getEncoded()));
    }

    static KeyPair newPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform makes RSA keys", e);
        }
    }

    /** The public key as PEM (SubjectPublicKeyInfo), the form mp.jwt.verify.publickey takes. */
    static String publicKeyPem() {
        makeKeys();
        return "-----BEGIN PUBLIC KEY-----\n" + System.getProperty(PUBLIC) + "\n-----END PUBLIC KEY-----";
    }

    static PrivateKey privateKey() {
        makeKeys();
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(System.getProperty(PRIVATE))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the test key does not decode", e);
        }
    }

    /** A token the service accepts: its issuer, the required role, valid for an hour. */
    static String valid() {
        return token(ISSUER, Set.of(ROLE), Instant.now().plusSeconds(3600), privateKey());
    }

    static String token(String issuer, Set<String> groups, Instant expiresAt, PrivateKey key) {
        return Jwt.issuer(issuer).subject(SUBJECT).upn(SUBJECT).groups(groups)
                .issuedAt(expiresAt.minusSeconds(7200)).expiresAt(expiresAt)
                .sign(key);
    }

    /** An unsigned token ({@code alg: none}) with the right issuer and role. */
    static String unsigned() {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        long exp = Instant.now().plusSeconds(3600).getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + SUBJECT + "\",\"upn\":\"" + SUBJECT
                + "\",\"groups\":[\"" + ROLE + "\"],\"exp\":" + exp + "}";
        return url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
