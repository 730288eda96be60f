package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.decisionledger.app.decision.DecisionJourneyAccess;
import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The projection status reads where a segment this node holds has got to from the node itself. A
 * held segment's stored token trails it while the segment has nothing to handle: Axon writes the
 * token with a batch, or when it extends its claim, every few seconds. Read from the stored tokens,
 * the status showed a projection that had caught up as lagging, and a finished rebuild as unfinished,
 * for up to that long.
 */
class ProjectionStatusIT extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PROJECTION = "decision-register";

    @Test
    void aHeldSegmentIsWhereItsNodeSaysNotWhereItsStoredTokenTrails() {
        DecisionJourneyAccess journey = new DecisionJourneyAccess(api);
        String decisionId = journey.propose(journey.council(3, 2), "Counted where its projection is", true);
        long proposalIndex = jdbc.queryForObject(
                "SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, decisionId);
        await().atMost(PATIENCE).until(() -> status().get("position").asLong() >= proposalIndex);
        JsonNode caughtUp = status();
        assertThat(caughtUp.get("unclaimedSegments").asInt()).as(caughtUp.toString()).isZero();

        // Segment 0's stored token now trails far behind, as an idle segment's does for a while.
        byte[] original = storedToken(0);
        String trailing = jdbc.queryForObject("""
                SELECT regexp_replace(regexp_replace(convert_from(token, 'UTF8'), '"index":[0-9]+', '"index":1', 'g'),
                    '"gaps":\\[[^]]*\\]', '"gaps":[]', 'g')
                FROM token_entry WHERE processor_name = ? AND segment = 0""", String.class, PROJECTION);
        assertThat(trailing).as("the stored token is moved back").contains("\"index\":1")
                .isNotEqualTo(new String(original, java.nio.charset.StandardCharsets.UTF_8));
        jdbc.update("UPDATE token_entry SET token = convert_to(?, 'UTF8') WHERE processor_name = ? AND segment = 0",
                trailing, PROJECTION);
        try {
            JsonNode held = status();
            assertThat(held.get("position").asLong()).as("the held segment counts where it is: " + held)
                    .isGreaterThanOrEqualTo(proposalIndex);
            assertThat(held.get("unclaimedSegments").asInt()).as(held.toString()).isZero();
        } finally {
            jdbc.update("""
                    UPDATE token_entry SET token = ? WHERE processor_name = ? AND segment = 0
                    AND token = convert_to(?, 'UTF8')""", original, PROJECTION, trailing);
        }
    }

    private JsonNode status() {
        Api.Response status = api.as("auditor").get("/api/admin/projections/" + PROJECTION);
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        return status.json();
    }

    private byte[] storedToken(int segment) {
        return jdbc.queryForObject("SELECT token FROM token_entry WHERE processor_name = ? AND segment = ?",
                byte[].class, PROJECTION, segment);
    }
}
