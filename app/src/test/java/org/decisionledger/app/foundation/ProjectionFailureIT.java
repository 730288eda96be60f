package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A projection whose handler fails stops at that event and keeps it: its segment is released and
 * retried with a growing pause, and the projection status shows it unclaimed; once the cause is gone
 * it handles the event and what came after it. It never logs the failure and moves on with the event missing from the view, which is
 * what Axon does by default.
 */
class ProjectionFailureIT extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void aFailingHandlerHoldsTheEventUntilItCanBeHandled() {
        String authorityId = "fail-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response council = api.as("admin").put("/api/authorities/" + authorityId,
                Map.of("name", "Failure Borough Council", "callInWorkingDays", 3));
        assertThat(council.status()).as(council.toString()).isEqualTo(201);
        Api.Response proposed = api.as("officer").post("/api/decisions", Map.of("authorityId", authorityId,
                "title", "Held while its view cannot be read", "decisionMaker", "Cabinet", "keyDecision", true,
                "proposedOn", "2025-01-02"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String decisionId = proposed.json().get("id").asString();
        await().atMost(PATIENCE).until(() -> api.get("/api/decisions/" + decisionId).status() == 200);
        String stored = jdbc.queryForObject("SELECT document::text FROM decision_view WHERE decision_id = ?",
                String.class, decisionId);

        // The stored view can no longer be read, so the handler of the decision's next event fails.
        jdbc.update("UPDATE decision_view SET document = '{\"version\": \"unreadable\"}'::jsonb WHERE decision_id = ?",
                decisionId);
        Api.Response notice = api.as("officer").post("/api/decisions/" + decisionId + "/notice",
                Map.of("firstPublished", "2025-01-06"));
        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        long noticeSequence = jdbc.queryForObject("""
                SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?""",
                Long.class, decisionId);

        // The event is stored and handed out: the audit log, another processor, has it.
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE aggregate_identifier = ? AND sequence_number = ?",
                Long.class, decisionId, noticeSequence) == 1);
        assertThat(jdbc.queryForObject("SELECT document->>'version' FROM decision_view WHERE decision_id = ?",
                String.class, decisionId)).as("the view is left as it was, not written past the event").isEqualTo("unreadable");
        assertThat(timelineRows(decisionId, noticeSequence)).as("the notice is not in the timeline yet").isZero();
        await().atMost(PATIENCE).until(() -> api.as("auditor").get("/api/admin/projections/decision-register")
                .json().get("unclaimedSegments").asInt() > 0);
        long noticeIndex = jdbc.queryForObject("""
                SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""",
                Long.class, decisionId, noticeSequence);
        JsonNode held = api.as("auditor").get("/api/admin/projections/decision-register").json();
        assertThat(held.get("position").asLong()).as("the status counts the held segment: " + held)
                .isLessThan(noticeIndex);
        assertThat(held.get("lag").asLong()).as("what the view is missing shows as lag: " + held).isPositive();

        jdbc.update("UPDATE decision_view SET document = ?::jsonb WHERE decision_id = ?", stored, decisionId);

        await().atMost(PATIENCE).until(() -> timelineRows(decisionId, noticeSequence) == 1);
        await().atMost(PATIENCE).until(() -> api.as("auditor").get("/api/admin/projections/decision-register")
                .json().get("unclaimedSegments").asInt() == 0);
        await().atMost(PATIENCE).until(() -> api.as("auditor").get("/api/admin/projections/decision-register")
                .json().get("position").asLong() >= noticeIndex);
        JsonNode view = api.get("/api/decisions/" + decisionId).json();
        assertThat(view.get("version").asLong()).as("the view has the held event").isEqualTo(noticeSequence);
        assertThat(view.get("notice").isNull()).as("the notice is in the view").isFalse();
    }

    /**
     * A processor stopped for a rebuild whose batch in hand outlasts the wait for it to stop (a statement
     * waiting for a lock) is started again once it has stopped, even when the request is over by then
     * (ADR 25). Axon refuses to start a processor while its shutdown is under way.
     */
    @Test
    void aProjectionStoppedForARebuildRunsAgainOnceItHasStoppedHoweverLongThatTakes() throws Exception {
        String authorityId = "slow-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").put("/api/authorities/" + authorityId,
                Map.of("name", "Slow Stop Borough Council", "callInWorkingDays", 3)).status()).isEqualTo(201);
        Api.Response proposed = api.as("officer").post("/api/decisions", Map.of("authorityId", authorityId,
                "title", "Held by a lock while its projection stops", "decisionMaker", "Cabinet", "keyDecision", true,
                "proposedOn", "2025-01-02"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String decisionId = proposed.json().get("id").asString();
        await().atMost(PATIENCE).until(() -> api.get("/api/decisions/" + decisionId).status() == 200);

        try (Connection holder = jdbc.getDataSource().getConnection()) {
            // The decision's view locked, so the batch of its next event waits, and so does the shutdown.
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "SELECT 1 FROM decision_view WHERE decision_id = ? FOR UPDATE")) {
                lock.setString(1, decisionId);
                lock.executeQuery().close();
            }
            Api.Response notice = api.as("officer").post("/api/decisions/" + decisionId + "/notice",
                    Map.of("firstPublished", "2025-01-06"));
            assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
            await("the register's batch waits for the lock").atMost(PATIENCE).until(() -> jdbc.queryForObject("""
                    SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'
                    AND query LIKE '%decision_view%'""", Long.class) > 0);

            // A rebuild another node took, which expires while this node still waits for its processor to stop.
            jdbc.update("""
                    INSERT INTO projection_rebuild (projection, node, state, target, expires_at)
                    VALUES ('decision-register', 'node-elsewhere', 'PENDING', 0, now() + interval '5 seconds')""");
            await("the request has expired").atMost(PATIENCE).until(() -> jdbc.queryForObject(
                    "SELECT state FROM projection_rebuild WHERE node = 'node-elsewhere'", String.class)
                    .equals("EXPIRED"));
            assertThat(api.as("auditor").get("/api/admin/projections/decision-register").json().get("running")
                    .asBoolean()).as("still stopping").isFalse();
            holder.rollback();
        }

        await("the register runs again").atMost(PATIENCE).until(() -> api.as("auditor")
                .get("/api/admin/projections/decision-register").json().get("running").asBoolean());
        long noticeSequence = jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                decisionId);
        await().atMost(PATIENCE).until(() -> timelineRows(decisionId, noticeSequence) == 1);
        String later = api.as("officer").post("/api/decisions", Map.of("authorityId", authorityId,
                "title", "Proposed once the register runs again", "decisionMaker", "Cabinet", "keyDecision", false,
                "proposedOn", "2025-01-03")).json().get("id").asString();
        await("the register handles what comes after").atMost(PATIENCE)
                .until(() -> api.get("/api/decisions/" + later).status() == 200);
    }

    private long timelineRows(String decisionId, long sequence) {
        return jdbc.queryForObject("SELECT count(*) FROM decision_timeline WHERE decision_id = ? AND sequence = ?",
                Long.class, decisionId, sequence);
    }
}
