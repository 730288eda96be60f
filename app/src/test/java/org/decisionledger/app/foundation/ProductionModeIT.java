package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.SignedTokens;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without the local profile the service is in production mode: no demo users, an identity provider required. */
class ProductionModeIT {

    @Test
    void refusesToStartWithoutAnIdentityProvider() {
        assertThatThrownBy(() -> ServiceInstance.start(TestDatabase.freshStore()).close())
                .hasStackTraceContaining("No identity provider is configured");
    }

    @Test
    void refusesToStartWithDemoUsersOutsideTheLocalProfile() {
        Map<String, String> properties = new LinkedHashMap<>(TestDatabase.freshStore());
        properties.put("decision-ledger.security.demo-users", "true");
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "http://127.0.0.1:9/jwks");
        assertThatThrownBy(() -> ServiceInstance.start(properties).close())
                .hasStackTraceContaining("Demo users are enabled outside the local profile");
    }

    @Test
    void withAnIdentityProviderDemoPasswordsOpenNothing() {
        Map<String, String> properties = new LinkedHashMap<>(TestDatabase.freshStore());
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "http://127.0.0.1:9/jwks");
        try (ServiceInstance service = ServiceInstance.start(properties)) {
            Api api = service.api();
            Api.Response basic = api.as("admin").put("/api/authorities/prod-council",
                    Map.of("name", "Prod council", "callInWorkingDays", 3));
            assertThat(basic.status()).isEqualTo(401);
            assertThat(api.get("/api/decisions").status()).as("the register is public").isEqualTo(200);
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
            assertThat(service.jdbc().queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isZero();
        }
    }

    @Test
    void onlyTokensTheIdentityProviderSignedOpenTheApiEveryTime(@TempDir Path directory) throws IOException {
        SignedTokens identityProvider = new SignedTokens();
        Map<String, String> properties = new LinkedHashMap<>(TestDatabase.freshStore());
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location",
                "file:" + identityProvider.writePublicKey(directory));
        Instant inAnHour = Instant.now().plusSeconds(3600);
        String admin = "Bearer " + identityProvider.sign("jo.admin", "ADMIN", inAnHour);
        String officer = "Bearer " + identityProvider.sign("sam.officer", "OFFICER", inAnHour);
        try (ServiceInstance service = ServiceInstance.start(properties)) {
            Api api = service.api();
            Map<String, Object> council = Map.of("name", "Token council", "callInWorkingDays", 3);

            assertThat(api.header("Authorization", admin).put("/api/authorities/token-council", council).status())
                    .isEqualTo(201);
            assertThat(api.header("Authorization", admin).put("/api/authorities/token-council",
                    Map.of("name", "Token borough council", "callInWorkingDays", 3)).status())
                    .as("the same token, again").isEqualTo(200);
            assertThat(service.jdbc().queryForList("SELECT meta_data->>'actor' FROM domain_event_entry "
                    + "WHERE aggregate_identifier = 'token-council' ORDER BY sequence_number", String.class))
                    .containsExactly("jo.admin", "jo.admin");

            assertThat(api.header("Authorization", officer).put("/api/authorities/token-council", council).status())
                    .as("an officer may not configure a council").isEqualTo(403);
            assertThat(api.header("Authorization", SignedTokens.withClaimsReplaced(officer, "OFFICER", "ADMIN"))
                    .put("/api/authorities/token-council", council).status())
                    .as("a role written into a signed token").isEqualTo(401);
            assertThat(api.header("Authorization", "Bearer "
                    + identityProvider.sign("jo.admin", "ADMIN", Instant.now().minusSeconds(600)))
                    .put("/api/authorities/token-council", council).status())
                    .as("an expired token").isEqualTo(401);
            assertThat(api.header("Authorization", "Bearer " + new SignedTokens().sign("jo.admin", "ADMIN", inAnHour))
                    .put("/api/authorities/token-council", council).status())
                    .as("a token another key signed").isEqualTo(401);
            assertThat(api.header("Authorization", "Bearer not.a.token")
                    .put("/api/authorities/token-council", council).status())
                    .as("a malformed token").isEqualTo(401);
            for (String nobody : new String[] {null, "", " "}) {
                assertThat(api.header("Authorization", "Bearer " + identityProvider.sign(nobody, "ADMIN", inAnHour))
                        .put("/api/authorities/token-council", council).status())
                        .as("a signed token naming no subject: " + nobody).isEqualTo(401);
            }
            assertThat(service.jdbc().queryForObject("SELECT count(*) FROM domain_event_entry "
                    + "WHERE aggregate_identifier = 'token-council'", Long.class)).isEqualTo(2);
        }
    }
}
