package org.decisionledger.command.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.decisionledger.kernel.common.DomainException;
import org.decisionledger.kernel.common.RuleRefused;
import org.springframework.dao.DataAccessResourceFailureException;
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

    public static final String IMPORT_IN_PROGRESS = "IMPORT_IN_PROGRESS";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The advisory-lock class of import claims (the second key is the council's id hashed). */
    private static final int CLAIM_CLASS = 0x494d5054;

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

    /**
     * One import at a time per council, across every node on this database: a PostgreSQL advisory
     * lock, held by a connection of its own until the claim is closed (or the node dies and the
     * connection with it). A second import for the council meanwhile is refused, not queued, so a
     * waiting request never holds a connection that the running import needs for its commands.
     * A dry run sends nothing and needs no claim.
     */
    Claim claim(String authorityId, boolean dryRun) {
        if (dryRun) {
            return () -> { };
        }
        Connection connection = connection();
        boolean claimed;
        try {
            claimed = advisory(connection, "SELECT pg_try_advisory_lock(?, hashtext(?))", authorityId);
        } catch (RuntimeException failure) {
            closeQuietly(connection, failure);
            throw failure;
        }
        if (!claimed) {
            closeQuietly(connection, null);
            throw new RuleRefused(IMPORT_IN_PROGRESS, "Another import for " + authorityId
                    + " is in progress; send this page again when it has finished");
        }
        return () -> {
            try {
                advisory(connection, "SELECT pg_advisory_unlock(?, hashtext(?))", authorityId);
            } finally {
                closeQuietly(connection, null);
            }
        };
    }

    private Connection connection() {
        DataSource dataSource = jdbc.getDataSource();
        try {
            return dataSource.getConnection();
        } catch (SQLException failure) {
            throw new DataAccessResourceFailureException("No connection for an import claim", failure);
        }
    }

    private static void closeQuietly(Connection connection, RuntimeException pending) {
        try {
            connection.close();
        } catch (SQLException failure) {
            if (pending != null) {
                pending.addSuppressed(failure);
            }
        }
    }

    private static boolean advisory(Connection connection, String sql, String authorityId) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, CLAIM_CLASS);
            statement.setString(2, authorityId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException failure) {
            throw new DataAccessResourceFailureException("Import claim for " + authorityId, failure);
        }
    }

    /** A council's import claim; closing it lets the next import in. */
    interface Claim extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Keeps an import that failed part-way: what it had sent by then and why it stopped, so every
     * import id on a recorded event names an entry here. If the log cannot be written either (the
     * database is gone), the import's own failure is what the caller sees.
     */
    void recordFailure(String importId, String kind, String authorityId, ImportOrigin origin, String sourceHash,
            Instant failedAt, Map<String, Object> answer, RuntimeException failure) {
        Map<String, Object> kept = new LinkedHashMap<>(answer);
        kept.put("failed", failure instanceof DomainException refused ? refused.code() : failure.getClass().getSimpleName());
        try {
            record(importId, kind, authorityId, origin, sourceHash, failedAt, kept);
        } catch (RuntimeException unrecorded) {
            failure.addSuppressed(unrecorded);
        }
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
