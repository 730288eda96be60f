package org.decisionledger.command.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The history of imports that changed something or were asked to: who imported which text (by its
 * SHA-256) for which council, when, what each record read as (every raw value), and what became of
 * each command. The ledger's facts are in the events, which name the import id and source hash; this
 * keeps the page's own words beside them.
 */
@Component
public class ImportLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    ImportLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String importId, String kind, String authorityId, ImportOrigin origin, String sourceHash,
            Instant importedAt, Map<String, Object> answer) {
        jdbc.update("""
                INSERT INTO import_log (import_id, kind, authority_id, source_name, source_hash, actor, imported_at, answer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                importId, kind, authorityId, origin.source(), sourceHash, origin.actor(), Timestamp.from(importedAt),
                JSON.writeValueAsString(answer));
    }

    /** Whether a text with this hash was imported for the council by this actor before. */
    public boolean imported(String authorityId, String sourceHash, String actor) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM import_log WHERE authority_id = ? AND source_hash = ? AND actor = ?",
                Integer.class, authorityId, sourceHash, actor);
        return count != null && count > 0;
    }

    Optional<Map<String, Object>> find(String importId) {
        List<String> answers = jdbc.queryForList("SELECT answer::text FROM import_log WHERE import_id = ?",
                String.class, importId);
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = JSON.readValue(answers.get(0), LinkedHashMap.class);
        return Optional.of(answer);
    }

    List<Map<String, Object>> list(String authorityId, int limit) {
        String sql = """
                SELECT import_id, kind, authority_id, source_name, source_hash, actor, imported_at,
                       answer -> 'counts' ->> 'recorded' AS recorded
                FROM import_log %s ORDER BY imported_at DESC LIMIT ?""".formatted(
                authorityId == null ? "" : "WHERE authority_id = ?");
        Object[] arguments = authorityId == null ? new Object[] {limit} : new Object[] {authorityId, limit};
        return jdbc.query(sql, (row, number) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("importId", row.getString("import_id"));
            entry.put("kind", row.getString("kind"));
            entry.put("authorityId", row.getString("authority_id"));
            entry.put("source", row.getString("source_name"));
            entry.put("sourceHash", row.getString("source_hash"));
            entry.put("actor", row.getString("actor"));
            entry.put("importedAt", row.getTimestamp("imported_at").toInstant().toString());
            String recorded = row.getString("recorded");
            entry.put("commandsRecorded", recorded == null ? 0 : Long.parseLong(recorded));
            return entry;
        }, arguments);
    }
}
