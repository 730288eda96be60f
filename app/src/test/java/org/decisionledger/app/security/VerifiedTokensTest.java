package org.decisionledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.decisionledger.app.support.SignedTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class VerifiedTokensTest {

    private static final SignedTokens IDENTITY_PROVIDER = new SignedTokens();

    private final AtomicInteger verifications = new AtomicInteger();
    private final NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(IDENTITY_PROVIDER.publicKey()).build();
    private final JwtDecoder identityProvider = token -> {
        verifications.incrementAndGet();
        return nimbus.decode(token);
    };
    private final MovableClock clock = new MovableClock(Instant.now());

    @Test
    void aTokenIsVerifiedOnceAndThenRemembered() {
        VerifiedTokens tokens = remembering(Duration.ofMinutes(5), 16);
        String token = token("officer", "OFFICER", 3600);

        assertThat(tokens.decode(token).getSubject()).isEqualTo("officer");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("officer");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void aTokenAlteredInOneByteIsVerifiedInFullAndRefused() {
        VerifiedTokens tokens = remembering(Duration.ofMinutes(5), 16);
        String token = token("officer", "OFFICER", 3600);
        tokens.decode(token);
        String altered = SignedTokens.withClaimsReplaced(token, "OFFICER", "ADMIN");

        assertThatThrownBy(() -> tokens.decode(altered)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void somethingThatIsNotATokenIsRefusedEveryTimeAndNeverRemembered() {
        VerifiedTokens tokens = remembering(Duration.ofMinutes(5), 16);

        assertThatThrownBy(() -> tokens.decode("not-a-token")).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode("not-a-token")).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        VerifiedTokens tokens = remembering(Duration.ofHours(1), 16);
        String token = token("officer", "OFFICER", 120);
        tokens.decode(token);

        clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).as("refused from memory, by its expiry").hasValue(1);
    }

    @Test
    void aTokenIsVerifiedAgainAfterTheRememberedTimeOrWhenCrowdedOut() {
        VerifiedTokens tokens = remembering(Duration.ofMinutes(5), 1);
        String officer = token("officer", "OFFICER", 3600);
        String auditor = token("auditor", "AUDITOR", 3600);

        tokens.decode(officer);
        clock.advance(Duration.ofMinutes(6));
        tokens.decode(officer);
        assertThat(verifications).hasValue(2);

        tokens.decode(auditor);
        tokens.decode(officer);
        assertThat(verifications).hasValue(4);
    }

    private VerifiedTokens remembering(Duration remembered, int capacity) {
        return new VerifiedTokens(identityProvider, clock, remembered, capacity);
    }

    private static String token(String subject, String role, long secondsToExpiry) {
        return IDENTITY_PROVIDER.sign(subject, role, Instant.now().plusSeconds(secondsToExpiry));
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
