package org.decisionledger.query.delegation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.decisionledger.query.common.Documents;
import org.decisionledger.query.common.KeySetStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the delegation register. */
@Repository
public class DelegationRegister {

    /** A delegation with its source decision (null for a standing delegation). */
    record Row(DelegationView view, SourceDecision source) {
    }

    private static final String ROW = """
            SELECT v.document::text, d.decision_id, d.title, d.status, d.effective_from, d.version
            FROM delegation_view v LEFT JOIN delegation_source_decision d ON d.decision_id = v.source_decision_id
            """;

    private final JdbcTemplate jdbc;

    DelegationRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DelegationView> find(String delegationId) {
        return jdbc.query("SELECT document::text FROM delegation_view WHERE delegation_id = ?",
                (rs, row) -> Documents.read(rs.getString(1), DelegationView.class), delegationId).stream().findFirst();
    }

    Optional<DelegationView> findForUpdate(String delegationId) {
        return jdbc.query("SELECT document::text FROM delegation_view WHERE delegation_id = ? FOR UPDATE",
                (rs, row) -> Documents.read(rs.getString(1), DelegationView.class), delegationId).stream().findFirst();
    }

    Optional<SourceDecision> sourceDecision(String decisionId) {
        return jdbc.query("SELECT decision_id, title, status, effective_from, version FROM delegation_source_decision"
                + " WHERE decision_id = ?", (rs, row) -> sourceDecision(rs, 1), decisionId).stream().findFirst();
    }

    Optional<SourceDecision> sourceDecisionForUpdate(String decisionId) {
        return jdbc.query("SELECT decision_id, title, status, effective_from, version FROM delegation_source_decision"
                + " WHERE decision_id = ? FOR UPDATE", (rs, row) -> sourceDecision(rs, 1), decisionId).stream()
                .findFirst();
    }

    /**
     * The delegations in force on {@code day}, by the rule of {@link DelegationStatus}: within the
     * period, not revoked on or before the day, and granted by no decision or by one in effect by then.
     */
    List<Row> inForceOn(LocalDate day, String authority, String delegate) {
        StringBuilder sql = new StringBuilder(ROW).append("""
                WHERE v.valid_from <= ? AND (v.valid_until IS NULL OR v.valid_until >= ?)
                  AND (v.revoked_on IS NULL OR v.revoked_on > ?)
                  AND (v.source_decision_id IS NULL OR (d.status = ? AND d.effective_from <= ?))""");
        List<Object> arguments = new ArrayList<>(List.of(day, day, day, SourceDecision.EFFECTIVE, day));
        return rows(sql, arguments, authority, delegate);
    }

    /** Every delegation, whatever its status. */
    List<Row> all(String authority, String delegate) {
        return rows(new StringBuilder(ROW).append(" WHERE TRUE"), new ArrayList<>(), authority, delegate);
    }

    private List<Row> rows(StringBuilder sql, List<Object> arguments, String authority, String delegate) {
        if (authority != null) {
            sql.append(" AND v.authority_id = ?");
            arguments.add(authority);
        }
        if (delegate != null) {
            sql.append(" AND v.delegate ILIKE ? ESCAPE '\\'");
            arguments.add("%" + delegate.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY v.authority_id, v.valid_from, v.granted_at, v.delegation_id LIMIT 1000");
        return jdbc.query(sql.toString(), (rs, row) -> new Row(Documents.read(rs.getString(1), DelegationView.class),
                rs.getString(2) == null ? null : sourceDecision(rs, 2)), arguments.toArray());
    }

    /**
     * The delegations a decision granted itself (not those passed on beneath them), oldest first;
     * with {@code recordedBy}, only those recorded by that instant.
     */
    public List<String> grantedBy(String decisionId, Instant recordedBy) {
        return jdbc.queryForList("SELECT delegation_id FROM delegation_view WHERE source_decision_id = ?"
                        + " AND parent_id IS NULL" + (recordedBy == null ? "" : " AND granted_at <= ?")
                        + " ORDER BY granted_at, delegation_id",
                String.class, recordedBy == null ? new Object[] {decisionId}
                        : new Object[] {decisionId, Timestamp.from(recordedBy)});
    }

    /** The delegations a decision granted itself, as the register holds them now, oldest first. */
    public List<DelegationView> viewsGrantedBy(String decisionId) {
        return grantedBy(decisionId, null).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** The delegations each of {@code decisionIds} granted itself, oldest first. */
    public Map<String, List<String>> grantedBy(Collection<String> decisionIds) {
        Map<String, List<String>> granted = new LinkedHashMap<>();
        if (decisionIds.isEmpty()) {
            return granted;
        }
        KeySetStatements.query(jdbc,
                "SELECT source_decision_id, delegation_id FROM delegation_view WHERE parent_id IS NULL"
                        + " AND source_decision_id = ANY (?) ORDER BY granted_at, delegation_id",
                rs -> {
                    granted.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                },
                (Object) decisionIds.toArray(String[]::new));
        return granted;
    }

    private static SourceDecision sourceDecision(ResultSet rs, int first) throws SQLException {
        return new SourceDecision(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getObject(first + 3, LocalDate.class), rs.getLong(first + 4));
    }
}
