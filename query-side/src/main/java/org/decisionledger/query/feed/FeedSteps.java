package org.decisionledger.query.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.decisionledger.query.common.Documents;
import org.decisionledger.query.scrutiny.ScrutinyItemView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Reads what the feeds show from the read models the public pages use: the decisions' timelines
 * (with each decision's title and council from the register) and the scrutiny items. Nothing is
 * stored for the feeds; newest recorded first is read from the indexes of V14.
 */
@Repository
class FeedSteps {

    /** A step of a decision's public timeline, with what the feed needs to name the decision. */
    record Step(String decisionId, long sequence, LocalDate date, String kind, String summary, String actor,
            Instant recordedAt, String decisionTitle, String authorityId) {
    }

    private static final String STEPS = """
            SELECT t.decision_id, t.sequence, t.business_date, t.kind, t.summary, t.actor, t.recorded_at,
                v.title, v.authority_id
            FROM decision_timeline t JOIN decision_view v ON v.decision_id = t.decision_id""";

    private static final RowMapper<Step> STEP = (rs, row) -> new Step(rs.getString(1), rs.getLong(2),
            rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9));

    private final JdbcTemplate jdbc;

    FeedSteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The newest steps of every decision (of one council when {@code authority} is not null), of the
     * given kinds or of every kind when {@code kinds} is empty. Steps recorded at the same instant
     * (one command's events) come in the reverse of their order in the decision.
     */
    List<Step> newest(String authority, Set<String> kinds, int limit) {
        StringBuilder sql = new StringBuilder(STEPS).append(" WHERE TRUE");
        List<Object> arguments = new ArrayList<>();
        if (authority != null) {
            sql.append(" AND v.authority_id = ?");
            arguments.add(authority);
        }
        if (!kinds.isEmpty()) {
            // The kinds are the timeline's own constants, written as literals so the plan sees them.
            sql.append(kinds.stream().sorted().map(kind -> "'" + kind.replace("'", "''") + "'")
                    .collect(Collectors.joining(", ", " AND t.kind IN (", ")")));
        }
        sql.append(" ORDER BY t.recorded_at DESC, t.decision_id DESC, t.sequence DESC LIMIT ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), STEP, arguments.toArray());
    }

    /** One decision's steps, the last recorded first (a decision's events are numbered in the order recorded). */
    List<Step> ofDecision(String decisionId, int limit) {
        return jdbc.query(STEPS + " WHERE t.decision_id = ? ORDER BY t.sequence DESC LIMIT ?", STEP, decisionId, limit);
    }

    /** The scrutiny items last recorded (of one council when {@code authority} is not null). */
    List<ScrutinyItemView> newestScrutinyItems(String authority, int limit) {
        return jdbc.query("SELECT document::text FROM scrutiny_item_view"
                        + (authority == null ? "" : " WHERE authority_id = ?")
                        + " ORDER BY recorded_at DESC, scrutiny_item_id DESC LIMIT ?",
                (rs, row) -> Documents.read(rs.getString(1), ScrutinyItemView.class),
                authority == null ? new Object[] {limit} : new Object[] {authority, limit});
    }
}
