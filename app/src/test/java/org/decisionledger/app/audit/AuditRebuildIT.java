package org.decisionledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.decisionledger.app.audit.AuditFixtures.PATIENCE;

import java.util.List;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Replaying the whole history into an emptied projection gives back exactly the views it had. */
class AuditRebuildIT extends IntegrationTest {

    @Test
    void rebuildingTheDecisionRegisterReproducesIdenticalViews() {
        String authorityId = AuditFixtures.council(api);
        String proposed = AuditFixtures.propose(api, authorityId, "Rebuilt while proposed");
        String effective = AuditFixtures.propose(api, authorityId, "Rebuilt once in effect");
        AuditFixtures.approve(api, effective, "2023-09-20");
        AuditFixtures.publishAndLetTheWindowClose(api, jdbc, effective, "2023-09-21");
        await().atMost(PATIENCE).until(() -> api.get("/api/decisions/" + effective),
                response -> response.status() == 200 && "EFFECTIVE".equals(response.json().get("status").asString()));
        await().atMost(PATIENCE).until(() -> api.get("/api/decisions/" + proposed).status() == 200);
        List<Map<String, Object>> viewsBefore = views(authorityId);
        List<Map<String, Object>> timelinesBefore = timelines(authorityId);
        JsonNode apiBefore = api.get("/api/decisions/" + effective).json();
        JsonNode timelineBefore = api.get("/api/decisions/" + effective + "/timeline").json();

        Api.Response accepted = api.as("admin").post("/api/admin/projections/decision-register/rebuild", "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.header("Location")).isEqualTo("/api/admin/projections/decision-register");
        assertThat(accepted.json().get("name").asString()).isEqualTo("decision-register");
        JsonNode done = rebuilt("decision-register");
        assertThat(done.get("lag").asLong()).isZero();
        await().atMost(PATIENCE).until(() -> views(authorityId).size() == viewsBefore.size()
                && timelines(authorityId).size() == timelinesBefore.size());
        assertThat(views(authorityId)).as("the register's rows").isEqualTo(viewsBefore);
        assertThat(timelines(authorityId)).as("the timelines' rows").isEqualTo(timelinesBefore);
        assertThat(api.get("/api/decisions/" + effective).json()).isEqualTo(apiBefore);
        assertThat(api.get("/api/decisions/" + effective + "/timeline").json()).isEqualTo(timelineBefore);
    }

    @Test
    void rebuildingTheAuditLogReproducesItAndLeavesTheLedgerAsItWas() {
        AuditFixtures.propose(api, AuditFixtures.council(api), "Audited twice");
        JsonNode report = AuditFixtures.verifiedWhenChained(api);
        long upTo = report.get("headPosition").asLong();
        await().atMost(PATIENCE).until(() -> auditRows(Long.MAX_VALUE).size() >= upTo);
        long lastIndex = jdbc.queryForObject("SELECT global_index FROM ledger_entry WHERE ledger_position = ?",
                Long.class, upTo);
        List<Map<String, Object>> auditBefore = auditRows(lastIndex);
        List<Map<String, Object>> ledgerBefore = ledgerRows(upTo);

        assertThat(api.as("admin").post("/api/admin/projections/audit-log/rebuild", "").status()).isEqualTo(202);
        rebuilt("audit-log");
        // The status reports a segment's position as soon as its last batch is handled; its rows
        // commit with its token a moment later.
        await().atMost(PATIENCE).until(() -> auditRows(lastIndex).size() == auditBefore.size());

        assertThat(auditRows(lastIndex)).isEqualTo(auditBefore);
        assertThat(ledgerRows(upTo)).as("the ledger is evidence: a replay leaves it alone").isEqualTo(ledgerBefore);
        JsonNode after = AuditFixtures.verifiedWhenChained(api);
        assertThat(after.get("valid").asBoolean()).isTrue();
    }

    @Test
    void projectionsShowTheirPositionAndLagAndTheLedgerCannotBeRebuilt() {
        AuditFixtures.verifiedWhenChained(api);
        JsonNode projections = api.as("auditor").get("/api/admin/projections").json();
        assertThat(projections).extracting(projection -> projection.get("name").asString())
                .contains("audit-log", "authority-register", "decision-register", "ledger");
        JsonNode ledger = api.as("auditor").get("/api/admin/projections/ledger").json();
        assertThat(ledger.get("segments").asInt()).as("one segment, so one order").isEqualTo(1);
        assertThat(ledger.get("rebuildable").asBoolean()).isFalse();
        assertThat(ledger.get("head").asLong()).isPositive();
        assertThat(ledger.has("lag")).isTrue();
        assertThat(ledger.get("replaying").asBoolean()).isFalse();

        Api.Response refused = api.as("admin").post("/api/admin/projections/ledger/rebuild", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("LEDGER_NOT_REBUILDABLE");
        Api.Response unknown = api.as("admin").post("/api/admin/projections/no-such-projection/rebuild", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api.as("auditor").get("/api/admin/projections/no-such-projection").status()).isEqualTo(404);
    }

    private JsonNode rebuilt(String name) {
        return await().atMost(PATIENCE).until(() -> api.as("admin").get("/api/admin/projections/" + name).json(),
                status -> !status.get("replaying").asBoolean() && status.get("running").asBoolean()
                        && status.get("lag") != null && status.get("lag").asLong() == 0);
    }

    private List<Map<String, Object>> views(String authorityId) {
        return jdbc.queryForList("""
                SELECT decision_id, authority_id, reference, title, decision_maker, key_decision, status, proposed_on,
                    decided_on, published_on, call_in_closes_on, effective_from, decision_due, earliest_decision_date,
                    document::text AS document, version, last_event_at
                FROM decision_view WHERE authority_id = ? ORDER BY decision_id""", authorityId);
    }

    private List<Map<String, Object>> timelines(String authorityId) {
        return jdbc.queryForList("""
                SELECT t.* FROM decision_timeline t JOIN decision_view v ON v.decision_id = t.decision_id
                WHERE v.authority_id = ? ORDER BY t.decision_id, t.sequence""", authorityId);
    }

    private List<Map<String, Object>> auditRows(long upToGlobalIndex) {
        return jdbc.queryForList("SELECT * FROM audit_log WHERE global_index <= ? ORDER BY global_index", upToGlobalIndex);
    }

    private List<Map<String, Object>> ledgerRows(long upToPosition) {
        return jdbc.queryForList("SELECT * FROM ledger_entry WHERE ledger_position <= ? ORDER BY ledger_position",
                upToPosition);
    }
}
