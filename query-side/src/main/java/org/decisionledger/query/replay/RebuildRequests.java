package org.decisionledger.query.replay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuild requests as stored in {@code projection_rebuild}, where every node on the store sees them
 * (ADR 25). Times are the store's, so the nodes' clocks need not agree.
 */
@Component
class RebuildRequests {

    static final String PENDING = "PENDING";
    static final String RESET = "RESET";
    static final String EXPIRED = "EXPIRED";
    static final String FAILED = "FAILED";

    /**
     * @param node    the node that took the request and resets the tokens
     * @param overdue pending past {@code expiresAt}, by the store's clock
     */
    record Request(long id, String projection, String node, String state, long target, Instant requestedAt,
            Instant expiresAt, Instant finishedAt, String code, String message, boolean overdue) {

        boolean pending() {
            return PENDING.equals(state) && !overdue;
        }
    }

    private static final String COLUMNS = "id, projection, node, state, target, requested_at, expires_at,"
            + " finished_at, code, message, state = 'PENDING' AND expires_at <= now() AS overdue";

    private final JdbcTemplate jdbc;

    RebuildRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a pending request; empty when one for the projection is pending already. */
    Optional<Request> open(String projection, String node, long target, Duration bound) {
        try {
            return Optional.of(jdbc.queryForObject("INSERT INTO projection_rebuild (projection, node, state, target,"
                    + " expires_at) VALUES (?, ?, 'PENDING', ?, now() + ? * interval '1 millisecond') RETURNING "
                    + COLUMNS, RebuildRequests::request, projection, node, target, bound.toMillis()));
        } catch (DuplicateKeyException pending) {
            return Optional.empty();
        }
    }

    /** Requests still marked pending, those past their time included. */
    List<Request> pending() {
        return jdbc.query("SELECT " + COLUMNS + " FROM projection_rebuild WHERE state = 'PENDING'",
                RebuildRequests::request);
    }

    /** The projection's latest request, whatever became of it. */
    Optional<Request> latest(String projection) {
        return jdbc.query("SELECT " + COLUMNS + " FROM projection_rebuild WHERE projection = ? ORDER BY id DESC LIMIT 1",
                RebuildRequests::request, projection).stream().findFirst();
    }

    /**
     * Marks a pending request as carried out, unless it is past its time or no longer pending. In the
     * transaction of the reset, the row's lock keeps another node from expiring it meanwhile.
     */
    boolean markReset(long id) {
        return jdbc.update("UPDATE projection_rebuild SET state = 'RESET', finished_at = now()"
                + " WHERE id = ? AND state = 'PENDING' AND expires_at > now()", id) == 1;
    }

    /** Marks a pending request past its time as expired; false when it was carried out or closed meanwhile. */
    boolean expire(long id, String code, String message) {
        return jdbc.update("UPDATE projection_rebuild SET state = 'EXPIRED', finished_at = now(), code = ?, message = ?"
                + " WHERE id = ? AND state = 'PENDING' AND expires_at <= now()", code, message, id) == 1;
    }

    /** Marks a pending request as failed. */
    boolean fail(long id, String code, String message) {
        return jdbc.update("UPDATE projection_rebuild SET state = 'FAILED', finished_at = now(), code = ?, message = ?"
                + " WHERE id = ? AND state = 'PENDING'", code, message, id) == 1;
    }

    private static Request request(ResultSet rs, int row) throws SQLException {
        return new Request(rs.getLong("id"), rs.getString("projection"), rs.getString("node"), rs.getString("state"),
                rs.getLong("target"), instant(rs.getTimestamp("requested_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("finished_at")), rs.getString("code"), rs.getString("message"),
                rs.getBoolean("overdue"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
