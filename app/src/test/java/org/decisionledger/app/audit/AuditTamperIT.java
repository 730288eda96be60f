package org.decisionledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.List;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * History edited behind the service's back by someone allowed to switch the trigger off (the test
 * database's user is a superuser, as {@code postgres} is). Runs on a store of its own, so the
 * other tests' verifications stay valid.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTamperIT {

    private ServiceInstance service;
    private Api api;
    private JdbcTemplate jdbc;

    @BeforeAll
    void start() {
        service = ServiceInstance.start(withoutSeeds(), "local");
        api = service.api();
        jdbc = service.jdbc();
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void anEventEditedWithTheTriggerSwitchedOffIsNamedByVerification() {
        String authorityId = AuditFixtures.council(api);
        String first = AuditFixtures.propose(api, authorityId, "Sale of the town hall");
        String second = AuditFixtures.propose(api, authorityId, "Closure of the museum");
        AuditFixtures.approve(api, second, "2024-05-01");
        JsonNode untouched = AuditFixtures.verifiedWhenChained(api);
        assertThat(untouched.get("valid").asBoolean()).as(untouched.toString()).isTrue();
        assertThat(untouched.get("events").asLong()).isEqualTo(4);

        long edited = jdbc.queryForObject("SELECT global_index FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0", Long.class, second);
        assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET payload = jsonb_set(payload, '{title}', "
                + "'\"Closure of the museum (postponed)\"') WHERE global_index = ?", edited))
                .as("a normal UPDATE is refused").isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE domain_event_entry"))
                .as("TRUNCATE is refused too").isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("TRUNCATE on domain_event_entry is refused");

        asSuperuserWithTheTriggerOff(() -> jdbc.update("UPDATE domain_event_entry SET payload = jsonb_set(payload, "
                + "'{title}', '\"Closure of the museum (postponed)\"') WHERE global_index = ?", edited));
        assertThat(jdbc.queryForObject("SELECT payload->>'title' FROM domain_event_entry WHERE global_index = ?",
                String.class, edited)).isEqualTo("Closure of the museum (postponed)");

        JsonNode tampered = api.as("auditor").get("/api/audit/verify").json();
        long position = jdbc.queryForObject("SELECT ledger_position FROM ledger_entry WHERE global_index = ?",
                Long.class, edited);
        assertThat(tampered.get("valid").asBoolean()).isFalse();
        assertThat(tampered.get("firstInvalidSequence").asLong()).isEqualTo(position);
        assertThat(tampered.get("firstInvalidGlobalIndex").asLong()).isEqualTo(edited);
        assertThat(tampered.get("problem").asString()).isEqualTo("HASH_MISMATCH");
        assertThat(tampered.get("verifiedEvents").asLong()).isEqualTo(position - 1);
        assertThat(tampered.get("headHash").asString()).as("the published head did not move")
                .isEqualTo(untouched.get("headHash").asString());

        List<JsonNode> archive = AuditFixtures.jsonLines(api.as("auditor").get("/api/audit/export").body());
        assertThat(AuditFixtures.firstLineThatDoesNotVerify(archive))
                .as("an archive exported now shows the same edit offline").isEqualTo(position);

        long removed = jdbc.queryForObject("SELECT global_index FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0", Long.class, first);
        asSuperuserWithTheTriggerOff(() -> jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", removed));

        JsonNode deleted = api.as("auditor").get("/api/audit/verify").json();
        assertThat(deleted.get("valid").asBoolean()).isFalse();
        assertThat(deleted.get("firstInvalidGlobalIndex").asLong()).isEqualTo(removed);
        assertThat(deleted.get("firstInvalidSequence").asLong()).isEqualTo(
                jdbc.queryForObject("SELECT ledger_position FROM ledger_entry WHERE global_index = ?", Long.class, removed));
        assertThat(deleted.get("problem").asString()).isEqualTo("EVENT_MISSING");
    }

    @Test
    void anEventInsertedBehindTheLedgerIsNamedByVerification() {
        try (ServiceInstance own = ServiceInstance.start(withoutSeeds(), "local")) {
            Api ownApi = own.api();
            JdbcTemplate ownJdbc = own.jdbc();
            String authorityId = AuditFixtures.council(ownApi);
            String decision = AuditFixtures.propose(ownApi, authorityId, "Sale of the depot");
            AuditFixtures.approve(ownApi, decision, "2024-05-01");
            JsonNode untouched = AuditFixtures.verifiedWhenChained(ownApi);
            assertThat(untouched.get("valid").asBoolean()).as(untouched.toString()).isTrue();
            assertThat(untouched.get("unchainedEvents").asLong()).isZero();

            // no trigger has to be switched off: appending is what the table allows
            String forged = "forged-" + decision;
            ownJdbc.update("""
                    INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                        sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                    SELECT 0, ?, aggregate_identifier, sequence_number + 1, type, time_stamp, payload_type,
                        payload_revision, payload, meta_data
                    FROM domain_event_entry WHERE aggregate_identifier = ?
                    ORDER BY sequence_number DESC LIMIT 1""", forged, decision);

            JsonNode report = ownApi.as("auditor").get("/api/audit/verify").json();
            assertThat(report.get("valid").asBoolean()).as(report.toString()).isFalse();
            assertThat(report.get("problem").asString()).isEqualTo("EVENT_NOT_CHAINED");
            assertThat(report.get("firstInvalidGlobalIndex").asLong()).isZero();
            assertThat(report.get("firstInvalidEventIdentifier").asString()).isEqualTo(forged);
            assertThat(report.has("firstInvalidSequence")).as("it has no ledger position").isFalse();
            assertThat(report.get("verifiedEvents").asLong()).as("every chained event still verifies")
                    .isEqualTo(untouched.get("events").asLong());
            assertThat(report.get("headHash").asString()).isEqualTo(untouched.get("headHash").asString());

            String later = AuditFixtures.propose(ownApi, authorityId, "Sale of the library");
            JsonNode afterMore = await().atMost(AuditFixtures.PATIENCE)
                    .until(() -> ownApi.as("auditor").get("/api/audit/verify").json(),
                            next -> next.get("events").asLong() == untouched.get("events").asLong() + 1);
            assertThat(afterMore.get("unchainedEvents").asLong()).as("the ledger went on chaining " + later)
                    .isEqualTo(1);
            assertThat(afterMore.get("valid").asBoolean()).isFalse();
            assertThat(afterMore.get("firstInvalidEventIdentifier").asString()).isEqualTo(forged);
        }
    }

    private static java.util.Map<String, String> withoutSeeds() {
        java.util.Map<String, String> store = new java.util.HashMap<>(TestDatabase.freshStore());
        store.put("decision-ledger.seeds.enabled", "false");
        return store;
    }

    private void asSuperuserWithTheTriggerOff(Runnable change) {
        jdbc.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only");
        try {
            change.run();
        } finally {
            jdbc.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_append_only");
        }
        assertThat(jdbc.queryForObject("SELECT tgenabled FROM pg_trigger WHERE tgname = 'domain_event_entry_append_only'",
                String.class)).isEqualTo("O");
        assertThat(jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .isTrue();
    }
}
