package org.decisionledger.query.actionplan;

import java.util.ArrayList;
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
        return newestFirst(authorityId, null, limit);
    }

    /**
     * Plans newest first, of one council when {@code authorityId} is given and only those that name
     * the scrutiny item {@code scrutinyItemId} as the one that called for them when that is given.
     */
    public List<ActionPlanTracker> newestFirst(String authorityId, String scrutinyItemId, int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (authorityId != null) {
            conditions.add("authority_id = ?");
            arguments.add(authorityId);
        }
        if (scrutinyItemId != null) {
            conditions.add("source_scrutiny_item_id = ?");
            arguments.add(scrutinyItemId);
        }
        arguments.add(limit);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.query("SELECT document::text FROM action_plan_view" + where
                        + " ORDER BY created_on DESC, plan_id DESC LIMIT ?",
                (rs, row) -> Documents.read(rs.getString(1), ActionPlanTracker.class), arguments.toArray());
    }

    public List<ActionHistoryEntry> history(String planId, String actionRef) {
        return jdbc.query("""
                SELECT entry::text FROM action_plan_history WHERE plan_id = ? AND action_ref = ?
                ORDER BY sequence""",
                (rs, row) -> Documents.read(rs.getString(1), ActionHistoryEntry.class), planId, actionRef);
    }
}
