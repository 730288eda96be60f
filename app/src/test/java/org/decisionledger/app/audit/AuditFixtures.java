package org.decisionledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.decisionledger.app.support.Api;

import tools.jackson.databind.JsonNode;

/** Data made through the real API, as an officer and an administrator make it, and the checks an auditor runs. */
final class AuditFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private AuditFixtures() {
    }

    static String council(Api api) {
        String authorityId = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response configured = api.as("admin").put("/api/authorities/" + authorityId,
                Map.of("name", "Audit Borough Council", "callInWorkingDays", 3));
        assertThat(configured.status()).as(configured.toString()).isEqualTo(201);
        return authorityId;
    }

    static String propose(Api api, String authorityId, String title) {
        Api.Response proposed = api.as("officer").post("/api/decisions", Map.of("authorityId", authorityId,
                "title", title, "decisionMaker", "Cabinet", "keyDecision", false, "proposedOn", "2018-01-02"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }

    static void approve(Api api, String decisionId, String decidedOn) {
        Api.Response approved = api.as("officer").post("/api/decisions/" + decisionId + "/approval",
                Map.of("decidedOn", decidedOn, "resolutions", List.of(Map.of("label", "(a)", "text", "Approve the plan."))));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    /**
     * Publishes a decision whose call-in window closed long ago, then lets time pass: a late-entered
     * publication waits a grace period before taking effect (ADR 10), so its persisted deadline is
     * moved to now, as the passing of that hour would.
     */
    static void publishAndLetTheWindowClose(Api api, org.springframework.jdbc.core.JdbcTemplate jdbc,
            String decisionId, String publishedOn) {
        publish(api, decisionId, publishedOn);
        String scheduleId = jdbc.queryForObject("SELECT payload->>'deadlineScheduleId' FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND payload_type LIKE '%DecisionPublished'", String.class, decisionId);
        jdbc.update("UPDATE scheduled_tasks SET execution_time = now() WHERE task_instance = ?", scheduleId);
    }

    static void publish(Api api, String decisionId, String publishedOn) {
        Api.Response published = api.as("officer").post("/api/decisions/" + decisionId + "/publication",
                Map.of("publishedOn", publishedOn, "subjectToCallIn", true));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
    }

    /** The audit rows of one aggregate, once the audit log holds {@code count} of them. */
    static List<JsonNode> auditOf(Api api, String aggregateId, int count) {
        JsonNode page = await().atMost(PATIENCE).until(
                () -> api.as("auditor").get("/api/audit?aggregateId=" + aggregateId + "&size=500").json(),
                json -> json.get("total").asLong() >= count);
        List<JsonNode> rows = new ArrayList<>();
        page.get("items").forEach(rows::add);
        return rows;
    }

    /** A verification once the ledger has chained everything stored so far. */
    static JsonNode verifiedWhenChained(Api api) {
        return await().atMost(PATIENCE).until(() -> api.as("auditor").get("/api/audit/verify").json(),
                report -> report.get("unchainedEvents").asLong() == 0);
    }

    /**
     * Checks an exported archive with nothing but SHA-256, as an auditor would offline, written
     * again here from the definition in the ADR rather than with the service's code. Answers the
     * position of the first line that does not verify, or -1.
     */
    static long firstLineThatDoesNotVerify(List<JsonNode> lines) {
        String previous = "0".repeat(64);
        for (JsonNode line : lines) {
            if (!line.get("previousHash").asString().equals(previous)) {
                return line.get("position").asLong();
            }
            String recomputed = chain(previous, text(line, "eventIdentifier"), text(line, "aggregateType"),
                    text(line, "aggregateIdentifier"), Long.toString(line.get("sequenceNumber").asLong()),
                    text(line, "timestamp"), text(line, "payloadType"), text(line, "payloadRevision"),
                    text(line, "payload"), text(line, "metaData"));
            if (!recomputed.equals(line.get("hash").asString())) {
                return line.get("position").asLong();
            }
            previous = recomputed;
        }
        return -1;
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static String chain(String previous, String... fields) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(HexFormat.of().parseHex(previous));
            for (String field : fields) {
                if (field == null) {
                    out.writeInt(-1);
                } else {
                    byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> jsonLines(String body) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                lines.add(Api.JSON.readTree(line));
            }
        }
        return lines;
    }
}
