package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.Test;

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
}
