package org.decisionledger.query.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.decisionledger.query.common.Documents;
import org.decisionledger.query.common.KeySetStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** Reads the decision register. */
@Repository
public class DecisionRegister {

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record Filter(String authority, String status, Boolean keyDecision, java.time.LocalDate from,
            java.time.LocalDate to, String text) {
    }

    private final JdbcTemplate jdbc;

    DecisionRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DecisionView> find(String decisionId) {
        return jdbc.query("SELECT document::text FROM decision_view WHERE decision_id = ?",
                (rs, row) -> Documents.read(rs.getString(1), DecisionView.class), decisionId).stream().findFirst();
    }

    /** The stored views with these ids, read and locked in one statement (in id order), keyed by id. */
    Map<String, DecisionView> findAllForUpdate(Collection<String> decisionIds) {
        Map<String, DecisionView> views = new HashMap<>();
        KeySetStatements.query(jdbc, """
                SELECT decision_id, document::text FROM decision_view WHERE decision_id = ANY (?)
                ORDER BY decision_id FOR UPDATE""",
                (RowCallbackHandler) rs -> views.put(rs.getString(1), Documents.read(rs.getString(2), DecisionView.class)),
                (Object) decisionIds.toArray(String[]::new));
        return views;
    }

    Optional<DecisionView> findForUpdate(String decisionId) {
        return jdbc.query("SELECT document::text FROM decision_view WHERE decision_id = ? FOR UPDATE",
                (rs, row) -> Documents.read(rs.getString(1), DecisionView.class), decisionId).stream().findFirst();
    }

    public record TimelineEntry(java.time.LocalDate date, String kind, String summary, String actor,
            java.time.Instant recordedAt, long sequence) {
    }

    private static final String TIMELINE = """
            SELECT business_date, kind, summary, actor, recorded_at, sequence FROM decision_timeline
            WHERE decision_id = ? ORDER BY business_date NULLS FIRST, sequence""";

    private static final org.springframework.jdbc.core.RowMapper<TimelineEntry> TIMELINE_ENTRY = (rs, row) ->
            new TimelineEntry(rs.getObject(1, java.time.LocalDate.class), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getLong(6));

    public List<TimelineEntry> timeline(String decisionId) {
        return jdbc.query(TIMELINE, TIMELINE_ENTRY, decisionId);
    }

    /** One page of the timeline, read in the timeline's order from its index (V9). */
    public List<TimelineEntry> timeline(String decisionId, int page, int size) {
        return jdbc.query(TIMELINE + " LIMIT ? OFFSET ?", TIMELINE_ENTRY, decisionId, size, (long) page * size);
    }

    /** Key decisions not yet taken, soonest lawful date first. */
    public List<DecisionView> forwardPlan(String authority) {
        return jdbc.query("SELECT document::text FROM decision_view WHERE key_decision AND status IN ('"
                        + DecisionViewFolding.PROPOSED + "', '" + DecisionViewFolding.ON_FORWARD_PLAN + "', '"
                        + DecisionViewFolding.DEFERRED + "')"
                        + (authority == null ? "" : " AND authority_id = ?")
                        + " ORDER BY COALESCE(earliest_decision_date, decision_due) NULLS LAST, decision_id LIMIT 1000",
                (rs, row) -> Documents.read(rs.getString(1), DecisionView.class),
                authority == null ? new Object[0] : new Object[] {authority});
    }

    public record CallInEntry(String callInId, String decisionId, String authorityId, String decisionTitle,
            java.time.LocalDate windowClosesOn, DecisionView.CallIn callIn) {
    }

    public List<CallInEntry> callIns(String authority, Boolean open) {
        StringBuilder sql = new StringBuilder("SELECT call_in_id, decision_id, authority_id, decision_title,"
                + " window_closes_on, document::text FROM call_in_register WHERE TRUE");
        List<Object> arguments = new ArrayList<>();
        if (authority != null) {
            sql.append(" AND authority_id = ?");
            arguments.add(authority);
        }
        if (open != null) {
            sql.append(open ? " AND status = 'OPEN'" : " AND status <> 'OPEN'");
        }
        sql.append(" ORDER BY raised_on DESC NULLS LAST, call_in_id LIMIT 1000");
        return jdbc.query(sql.toString(), (rs, row) -> new CallInEntry(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getObject(5, java.time.LocalDate.class),
                Documents.read(rs.getString(6), DecisionView.CallIn.class)), arguments.toArray());
    }

    /** Published decisions, subject to call-in, whose window closes on or after {@code day}: soonest first. */
    public List<DecisionView> callInWindowsClosingFrom(java.time.LocalDate day, int limit) {
        return jdbc.query("SELECT document::text FROM decision_view WHERE status = '" + DecisionViewFolding.PUBLISHED
                        + "' AND call_in_closes_on >= ? ORDER BY call_in_closes_on, decision_id LIMIT ?",
                (rs, row) -> Documents.read(rs.getString(1), DecisionView.class), day, limit);
    }

    /** Decisions in effect from a day between {@code from} and {@code to}, by that day. */
    public List<DecisionView> effectiveBetween(java.time.LocalDate from, java.time.LocalDate to, int limit) {
        return jdbc.query("SELECT document::text FROM decision_view WHERE effective_from BETWEEN ? AND ?"
                        + " ORDER BY effective_from, decision_id LIMIT ?",
                (rs, row) -> Documents.read(rs.getString(1), DecisionView.class), from, to, limit);
    }

    /** Decisions with a date worth a calendar entry. */
    public List<DecisionView> dated(String authority) {
        return jdbc.query("SELECT document::text FROM decision_view WHERE (decision_due IS NOT NULL"
                        + " OR earliest_decision_date IS NOT NULL OR call_in_closes_on IS NOT NULL OR effective_from IS NOT NULL)"
                        + (authority == null ? "" : " AND authority_id = ?") + " ORDER BY decision_id LIMIT 5000",
                (rs, row) -> Documents.read(rs.getString(1), DecisionView.class),
                authority == null ? new Object[0] : new Object[] {authority});
    }

    public Page<DecisionView> search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> arguments = new ArrayList<>();
        if (filter.authority() != null) {
            where.append(" AND authority_id = ?");
            arguments.add(filter.authority());
        }
        if (filter.status() != null) {
            where.append(" AND status = ?");
            arguments.add(filter.status());
        }
        if (filter.keyDecision() != null) {
            where.append(" AND key_decision = ?");
            arguments.add(filter.keyDecision());
        }
        if (filter.from() != null) {
            where.append(" AND COALESCE(decided_on, decision_due, proposed_on) >= ?");
            arguments.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND COALESCE(decided_on, decision_due, proposed_on) <= ?");
            arguments.add(filter.to());
        }
        if (filter.text() != null) {
            where.append(" AND (title ILIKE ? ESCAPE '\\' OR reference ILIKE ? ESCAPE '\\')");
            String pattern = "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            arguments.add(pattern);
            arguments.add(pattern);
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM decision_view" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add((long) page * size);
        // Newest first on both keys: among decisions of one day, the latest recorded (identifiers are
        // time-ordered, ADR 16) comes first, so one entered today is not pushed off the first page by
        // every other entry of the same day.
        List<DecisionView> items = jdbc.query("SELECT document::text FROM decision_view" + where
                        + " ORDER BY COALESCE(decided_on, decision_due, proposed_on) DESC NULLS LAST, decision_id DESC"
                        + " LIMIT ? OFFSET ?",
                (rs, row) -> Documents.read(rs.getString(1), DecisionView.class), paged.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }
}
