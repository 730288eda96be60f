package org.decisionledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import tools.jackson.databind.JsonNode;

/** The hash chain over the whole store, its verification, the append-only table and the archive export. */
class AuditLedgerIT extends IntegrationTest {

    @Test
    void theUntouchedHistoryVerifiesAndItsHeadIsPublished() {
        String authorityId = AuditFixtures.council(api);
        AuditFixtures.propose(api, authorityId, "Verified decision");

        JsonNode report = AuditFixtures.verifiedWhenChained(api);

        assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.has("firstInvalidSequence")).isFalse();
        assertThat(report.get("events").asLong()).isEqualTo(report.get("headPosition").asLong());
        assertThat(report.get("verifiedEvents").asLong()).isEqualTo(report.get("events").asLong());
        assertThat(report.get("headHash").asString()).matches("[0-9a-f]{64}");
        JsonNode head = api.as("auditor").get("/api/audit/head").json();
        assertThat(head.get("position").asLong()).isGreaterThanOrEqualTo(report.get("headPosition").asLong());

        long position = report.get("headPosition").asLong();
        String hash = report.get("headHash").asString();
        AuditFixtures.propose(api, authorityId, "Recorded after the head was published");
        JsonNode later = AuditFixtures.verifiedWhenChained(api);
        assertThat(later.get("headPosition").asLong()).isGreaterThan(position);

        JsonNode anchored = api.as("auditor")
                .get("/api/audit/verify?anchorPosition=" + position + "&anchorHash=" + hash).json();
        assertThat(anchored.get("valid").asBoolean()).isTrue();
        assertThat(anchored.get("anchor").get("matches").asBoolean())
                .as("the chain still passes through the head published earlier").isTrue();
        JsonNode wrongAnchor = api.as("auditor")
                .get("/api/audit/verify?anchorPosition=" + position + "&anchorHash=" + "ab".repeat(32)).json();
        assertThat(wrongAnchor.get("valid").asBoolean()).isFalse();
        assertThat(wrongAnchor.get("problem").asString()).isEqualTo("PUBLISHED_HEAD_MISMATCH");
        assertThat(api.as("auditor").get("/api/audit/verify?anchorPosition=1").status()).isEqualTo(400);
    }

    @Test
    void theEventTableAndTheLedgerRefuseUpdatesAndDeletes() {
        String authorityId = AuditFixtures.council(api);
        AuditFixtures.verifiedWhenChained(api);
        Long index = jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, authorityId);

        assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET payload = payload WHERE global_index = ?", index))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", index))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE ledger_entry SET hash = hash WHERE global_index = ?", index))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM ledger_entry WHERE global_index = ?", index))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index = ?", Long.class, index))
                .isEqualTo(1);
    }

    @Test
    void anExportStreamsTheChainAndVerifiesOfflineWithNothingButSha256() {
        String authorityId = AuditFixtures.council(api);
        AuditFixtures.propose(api, authorityId, "Exported, with a comma, a \"quote\" and a line\nbreak");
        JsonNode report = AuditFixtures.verifiedWhenChained(api);

        Api.Response export = api.as("auditor").get("/api/audit/export?format=jsonl");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        assertThat(export.header("Content-Length")).as("streamed, not buffered").isNull();
        assertThat(export.header("Content-Disposition")).startsWith("attachment");
        List<JsonNode> lines = AuditFixtures.jsonLines(export.body());
        long headPosition = Long.parseLong(export.header("X-Ledger-Head-Position"));
        assertThat(headPosition).isGreaterThanOrEqualTo(report.get("headPosition").asLong());
        assertThat(lines).hasSize((int) headPosition);
        assertThat(lines.get(lines.size() - 1).get("hash").asString()).isEqualTo(export.header("X-Ledger-Head-Hash"));
        assertThat(AuditFixtures.firstLineThatDoesNotVerify(lines)).as("the archive verifies offline").isEqualTo(-1);

        JsonNode exported = lines.stream()
                .filter(line -> line.get("aggregateIdentifier").asString().equals(authorityId)).findFirst().orElseThrow();
        String stored = jdbc.queryForObject("SELECT payload::text FROM domain_event_entry WHERE event_identifier = ?",
                String.class, exported.get("eventIdentifier").asString());
        assertThat(Api.JSON.readTree(exported.get("payload").asString()))
                .as("the canonical payload is the stored payload").isEqualTo(Api.JSON.readTree(stored));
    }

    @Test
    void aCsvExportHasOneRowPerChainedEventAndAnExportCanBeLimitedInTime() {
        AuditFixtures.propose(api, AuditFixtures.council(api), "Comma, \"quoted\" title");
        AuditFixtures.verifiedWhenChained(api);

        Api.Response csv = api.as("auditor").get("/api/audit/export?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("position,globalIndex,eventIdentifier,aggregateType,aggregateIdentifier,"
                + "sequenceNumber,timestamp,payloadType,payloadRevision,payload,metaData,previousHash,hash\r\n");
        long rows = csv.body().lines().filter(line -> line.matches("^\\d+,\\d+,.*")).count();
        assertThat(rows).isEqualTo(Long.parseLong(csv.header("X-Ledger-Head-Position")));

        JsonNode oldest = api.as("auditor").get("/api/audit?size=1").json();
        String first = oldest.get("items").get(0).get("recordedAt").asString();
        Api.Response beforeEverything = api.as("auditor").get("/api/audit/export?format=jsonl&to=" + first);
        assertThat(beforeEverything.status()).isEqualTo(200);
        assertThat(beforeEverything.body()).isEmpty();

        assertThat(api.as("auditor").get("/api/audit/export?format=xml").status()).isEqualTo(400);
        assertThat(api.as("auditor").get("/api/audit/export?format=xml").json().get("errors").get(0).get("field")
                .asString()).isEqualTo("format");
    }
}
