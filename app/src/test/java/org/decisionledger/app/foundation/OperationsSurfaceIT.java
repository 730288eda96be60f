package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What operators and integrators see: the OpenAPI description, health, and nothing more of the actuator. */
class OperationsSurfaceIT extends IntegrationTest {

    @Test
    void theOpenApiDescriptionDocumentsTheContract() {
        Api.Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/decisions")).isTrue();
        assertThat(docs.json().get("paths").has("/api/authorities/{authorityId}")).isTrue();
        assertThat(docs.json().get("paths").has("/api/authorities/{authorityId}/dates")).isTrue();
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void healthIsPublicAndUp() {
        Api.Response health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void onlyHealthInfoAndPrometheusAreExposed() {
        assertThat(api.get("/actuator/env").status()).isEqualTo(401);
        assertThat(api.as("admin").get("/actuator/env").status()).isEqualTo(404);
        assertThat(api.as("admin").get("/actuator/beans").status()).isEqualTo(404);
        assertThat(api.as("admin").get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(api.get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void answersCarrySecurityHeadersAndARequestId() {
        Api.Response response = api.get("/api/decisions");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void browsersOnOtherOriginsAreNotInvitedIn() {
        Api.Response preflight = api.header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .get("/api/decisions");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void unknownPathsAreProblemsNotPages() {
        Api.Response response = api.get("/api/nothing-here");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
