package org.decisionledger.query.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.decisionledger.query.common.Documents;
import org.springframework.jdbc.core.JdbcTemplate;
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

    Optional<DecisionView> findForUpdate(String decisionId) {
        return jdbc.query("SELECT document::text FROM decision_view WHERE decision_id = ? FOR UPDATE",
                (rs, row) -> Documents.read(rs.getString(1), DecisionView.class), decisionId).stream().findFirst();
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
        List<DecisionView> items = jdbc.query("SELECT document::text FROM decision_view" + where
                        + " ORDER BY COALESCE(decided_on, decision_due, proposed_on) DESC NULLS LAST, decision_id LIMIT ? OFFSET ?",
                (rs, row) -> Documents.read(rs.getString(1), DecisionView.class), paged.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }
}
