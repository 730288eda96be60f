package org.decisionledger.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers, for a few minutes, the bearer tokens the identity provider's decoder has already
 * verified, so a signed-in officer's next request does not pay for parsing the token and checking its
 * RSA signature again (a fifth of a command's request-thread CPU, measured). What a token's signature,
 * issuer and audience were checked for cannot change; its time can, so a remembered token is checked
 * against its expiry and not-before on every request, and refused once expired like any other.
 *
 * <p>Tokens are remembered by their SHA-256, never by their text, and only tokens the decoder accepted
 * are remembered: a token altered in any byte is another key and is verified in full. An entry is
 * forgotten after {@code remembered} (so a key the identity provider withdraws stops being trusted
 * within that time) or when {@code capacity} newer tokens have been seen.
 */
final class VerifiedTokens implements JwtDecoder {

    private record Verified(Jwt jwt, Instant at) {
    }

    private final JwtDecoder decoder;
    private final JwtTimestampValidator timestamps = new JwtTimestampValidator();
    private final Clock clock;
    private final Duration remembered;
    private final int capacity;
    private final LinkedHashMap<String, Verified> verified;

    VerifiedTokens(JwtDecoder decoder, Clock clock, Duration remembered, int capacity) {
        this.decoder = decoder;
        this.clock = clock;
        this.remembered = remembered;
        this.capacity = capacity;
        this.timestamps.setClock(clock);
        this.verified = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                return size() > VerifiedTokens.this.capacity;
            }
        };
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        String key = digest(token);
        Verified known;
        synchronized (verified) {
            known = verified.get(key);
        }
        Instant now = clock.instant();
        if (known != null && now.isBefore(known.at().plus(remembered))) {
            OAuth2TokenValidatorResult result = timestamps.validate(known.jwt());
            if (result.hasErrors()) {
                forget(key);
                throw new JwtValidationException("The token is no longer valid", result.getErrors());
            }
            return known.jwt();
        }
        Jwt jwt = decoder.decode(token);
        synchronized (verified) {
            verified.put(key, new Verified(jwt, now));
        }
        return jwt;
    }

    private void forget(String key) {
        synchronized (verified) {
            verified.remove(key);
        }
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", impossible);
        }
    }
}
