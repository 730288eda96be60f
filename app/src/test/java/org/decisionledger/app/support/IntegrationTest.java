package org.decisionledger.app.support;

import java.util.Map;

import org.decisionledger.app.DecisionLedgerApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service over real HTTP on a real PostgreSQL with real Axon processors. All subclasses
 * share one running service (one store), so tests create their own data with unique ids.
 */
@SpringBootTest(classes = DecisionLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
public abstract class IntegrationTest {

    private static final Map<String, String> STORE = TestDatabase.freshStore();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        STORE.forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api;

    @BeforeEach
    void client() {
        api = Api.at(port);
    }

    /** Sends a bad request and checks it was answered as a problem with a code, recording nothing. */
    protected Api.Response recordsNothing(java.util.function.Supplier<Api.Response> call) {
        long before = storedEvents();
        Api.Response response = call.get();
        org.assertj.core.api.Assertions.assertThat(storedEvents()).as("events recorded by " + response)
                .isEqualTo(before);
        org.assertj.core.api.Assertions.assertThat(response.contentType()).startsWith("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(response.json().get("code").isString()).isTrue();
        return response;
    }

    protected long storedEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Writes an authority's rename into the event table with SQL, as another node or an older
     * version of the service would have stored it: {@code payload} is the stored JSON, and the
     * metadata names the admin who configured it.
     */
    protected void storeAuthorityRenamedDirectly(String authorityId, long sequence, String revision, String payload) {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, ?, 'Authority', ?, 'org.decisionledger.kernel.authority.AuthorityRenamed', ?,
                    ?::jsonb, ?::jsonb)""",
                java.util.UUID.randomUUID().toString(), authorityId, sequence,
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString(), revision, payload,
                "{\"actor\": \"admin\", \"roles\": \"ADMIN\", \"command\": \"ConfigureAuthority\"}");
    }
}
