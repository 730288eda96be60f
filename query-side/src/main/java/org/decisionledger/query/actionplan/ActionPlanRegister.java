package org.decisionledger.query.actionplan;

import java.util.List;
import java.util.Optional;

import org.decisionledger.query.common.Documents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads action-plan trackers and actions' histories. */
@Repository
public class ActionPlanRegister {

    private final JdbcTemplate jdbc;

    ActionPlanRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActionPlanTracker> find(String planId) {
        return jdbc.query("SELECT document::text FROM action_plan_view WHERE plan_id = ?",
                (rs, row) -> Documents.read(rs.getString(1), ActionPlanTracker.class), planId).stream().findFirst();
    }

    /** A council's plans, newest first; every council's when {@code authorityId} is null. */
    public List<ActionPlanTracker> ofAuthority(String authorityId, int limit) {
        String where = authorityId == null ? "" : " WHERE authority_id = ?";
        Object[] arguments = authorityId == null ? new Object[] {limit} : new Object[] {authorityId, limit};
        return jdbc.query("SELECT document::text FROM action_plan_view" + where
                        + " ORDER BY created_on DESC, plan_id LIMIT ?",
                (rs, row) -> Documents.read(rs.getString(1), ActionPlanTracker.class), arguments);
    }

    public List<ActionHistoryEntry> history(String planId, String actionRef) {
        return jdbc.query("""
                SELECT entry::text FROM action_plan_history WHERE plan_id = ? AND action_ref = ?
                ORDER BY sequence""",
                (rs, row) -> Documents.read(rs.getString(1), ActionHistoryEntry.class), planId, actionRef);
    }
}
