package org.decisionledger.app.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Every stored event reached every projection exactly once, whichever node stored it and whichever
 * node projected it: the correctness check of docs/performance.md, in SQL against the event table.
 * Primary keys make "at most once" structural; the counts make it "exactly once".
 */
final class ExactlyOnce {

    private ExactlyOnce() {
    }

    /** What differs from "each event exactly once in each projection", by check; all zero when it holds. */
    static Map<String, Long> mismatches(JdbcTemplate jdbc) {
        Map<String, Long> found = new LinkedHashMap<>();
        long stored = count(jdbc, "SELECT count(*) FROM domain_event_entry");
        found.put("audit-log: events missing", count(jdbc, """
                SELECT count(*) FROM domain_event_entry e LEFT JOIN audit_log a USING (global_index)
                WHERE a.global_index IS NULL"""));
        found.put("audit-log: rows without an event", count(jdbc, """
                SELECT count(*) FROM audit_log a LEFT JOIN domain_event_entry e USING (global_index)
                WHERE e.global_index IS NULL"""));
        found.put("audit-log: rows != events", Math.abs(count(jdbc, "SELECT count(*) FROM audit_log") - stored));
        found.put("audit-log: wrong event", count(jdbc, """
                SELECT count(*) FROM domain_event_entry e JOIN audit_log a USING (global_index)
                WHERE a.sequence_number IS DISTINCT FROM e.sequence_number OR a.event_identifier <> e.event_identifier"""));
        found.put("ledger: events missing", count(jdbc, """
                SELECT count(*) FROM domain_event_entry e LEFT JOIN ledger_entry l USING (event_identifier)
                WHERE l.event_identifier IS NULL"""));
        found.put("ledger: rows != events", Math.abs(count(jdbc, "SELECT count(*) FROM ledger_entry") - stored));
        found.put("ledger: positions not 1..n",
                Math.abs(count(jdbc, "SELECT count(*) - COALESCE(max(ledger_position), 0) FROM ledger_entry"))
                        + count(jdbc, "SELECT COALESCE(min(ledger_position), 1) - 1 FROM ledger_entry"));
        found.put("decision-register: version != last sequence", count(jdbc, """
                SELECT count(*) FROM (SELECT aggregate_identifier, max(sequence_number) AS last
                    FROM domain_event_entry WHERE type = 'Decision' GROUP BY aggregate_identifier) s
                LEFT JOIN decision_view v ON v.decision_id = s.aggregate_identifier
                WHERE v.version IS DISTINCT FROM s.last"""));
        found.put("decision-register: timeline rows != events", count(jdbc, """
                SELECT count(*) FROM (SELECT aggregate_identifier, count(*) AS n FROM domain_event_entry
                    WHERE type = 'Decision' GROUP BY aggregate_identifier) s
                LEFT JOIN (SELECT decision_id, count(*) AS n FROM decision_timeline GROUP BY decision_id) t
                    ON t.decision_id = s.aggregate_identifier
                WHERE t.n IS DISTINCT FROM s.n"""));
        found.put("decision-register: timeline row without its event", count(jdbc, """
                SELECT count(*) FROM decision_timeline t
                LEFT JOIN domain_event_entry e ON e.aggregate_identifier = t.decision_id AND e.sequence_number = t.sequence
                WHERE e.global_index IS NULL"""));
        found.put("action-plan-tracker: version != last sequence", count(jdbc, """
                SELECT count(*) FROM (SELECT aggregate_identifier, max(sequence_number) AS last
                    FROM domain_event_entry WHERE type = 'ActionPlan' GROUP BY aggregate_identifier) s
                LEFT JOIN action_plan_view v ON v.plan_id = s.aggregate_identifier
                WHERE v.version IS DISTINCT FROM s.last"""));
        found.put("authority-register: version != last sequence", count(jdbc, """
                SELECT count(*) FROM (SELECT aggregate_identifier, max(sequence_number) AS last
                    FROM domain_event_entry WHERE type = 'Authority' GROUP BY aggregate_identifier) s
                LEFT JOIN authority_view v ON v.authority_id = s.aggregate_identifier
                WHERE v.version IS DISTINCT FROM s.last"""));
        return found;
    }

    /**
     * Asserts the check holds, the ledger's hash chain verifies over every stored event, and the node
     * asked sees every projection at the head of the store with none of its segments unclaimed.
     *
     * @param auditor signed in as an auditor, on any node
     */
    static void holds(JdbcTemplate jdbc, Api auditor) {
        long head = count(jdbc, "SELECT COALESCE(max(global_index), 0) FROM domain_event_entry");
        long stored = count(jdbc, "SELECT count(*) FROM domain_event_entry");
        assertThat(mismatches(jdbc)).as("every stored event (%d) in every projection exactly once", stored)
                .allSatisfy((check, count) -> assertThat(count).as(check).isZero());
        Api.Response verify = auditor.get("/api/audit/verify");
        assertThat(verify.status()).as(verify.toString()).isEqualTo(200);
        assertThat(verify.json().get("valid").asBoolean()).as(verify.toString()).isTrue();
        assertThat(verify.json().get("events").asLong()).as(verify.toString()).isEqualTo(stored);
        Api.Response projections = auditor.get("/api/admin/projections");
        assertThat(projections.status()).as(projections.toString()).isEqualTo(200);
        for (JsonNode projection : projections.json()) {
            assertThat(projection.get("position").asLong()).as("position of " + projection).isGreaterThanOrEqualTo(head);
            assertThat(projection.get("unclaimedSegments").asInt()).as("unclaimed segments of " + projection).isZero();
            assertThat(projection.get("error").asBoolean()).as("error of " + projection).isFalse();
        }
    }

    static long count(JdbcTemplate jdbc, String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
