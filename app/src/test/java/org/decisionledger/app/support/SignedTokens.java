package org.decisionledger.app.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

/** An identity provider for tests: an RSA key pair of its own, and RS256 tokens signed with it. */
public final class SignedTokens {

    private final KeyPair keys;

    public SignedTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    /** Writes the public key as PEM, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public Path writePublicKey(Path directory) throws IOException {
        Path file = directory.resolve("identity-provider.pem");
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                        keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return file;
    }

    /** A token for {@code subject} (none when null) with one role, issued an hour before it expires. */
    public String sign(String subject, String role, Instant expires) {
        String header = url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = url(((subject == null ? "{" : "{\"sub\":\"" + subject + "\",")
                + "\"name\":\"%s\",\"roles\":[\"%s\"],\"iat\":%d,\"exp\":%d}")
                .formatted("Test " + subject, role, expires.getEpochSecond() - 3600, expires.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same token with its claims changed and its signature kept: a forgery. */
    public static String withClaimsReplaced(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(from, to);
        return parts[0] + "." + url(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
