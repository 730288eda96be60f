package org.decisionledger.query.actionplan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.decisionledger.kernel.actionplan.ActionPlanEvent;
import org.decisionledger.query.common.BatchedViews;
import org.decisionledger.query.common.Documents;
import org.decisionledger.query.common.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The action-plan trackers and every action's history. The tracker is folded only from events newer
 * than its version, and history entries are keyed by the plan's event sequence, so redelivery and
 * replay are harmless. A batch of events reads and writes each tracker once ({@link ProjectionBatch}).
 */
@Component
@ProcessingGroup(ActionPlanTrackerProjection.PROCESSING_GROUP)
class ActionPlanTrackerProjection {

    static final String PROCESSING_GROUP = "action-plan-tracker";

    /** How many committed trackers are kept in memory: every plan of a council or two. */
    private static final int KEEP_COMMITTED = 256;

    private final JdbcTemplate jdbc;
    /**
     * Trackers as last committed by this node, so a batch need not parse a plan's whole document
     * again when the stored version is the one it knows. Only filled after a commit, and used only
     * when the stored version matches (another node, a rebuild or a rollback all change or drop it):
     * the fold is a pure function of the plan's events, so the same version is the same tracker.
     */
    private final Map<String, ActionPlanTracker> committed = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ActionPlanTracker> eldest) {
                    return size() > KEEP_COMMITTED;
                }
            });

    ActionPlanTrackerProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ActionPlanEvent event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt,
            @MetaDataValue(value = "actor", required = false) String actor) {
        String planId = event.planId().value();
        Batch batch = ProjectionBatch.current(Batch.class, () -> new Batch(jdbc, committed));
        for (Map.Entry<String, ActionHistoryEntry> entry
                : ActionHistoryEntries.of(event, sequence, recordedAt, actor).entrySet()) {
            batch.history.add(new Object[] {planId, entry.getKey(), sequence, entry.getValue().kind().name(),
                    Documents.write(entry.getValue())});
        }
        ActionPlanTracker current = batch.trackers.get(planId);
        if (current != null && current.version() >= sequence) {
            return;
        }
        ActionPlanTracker next = ActionPlanTrackerFolding.apply(current, event, sequence, recordedAt);
        batch.trackers.changed(next.id(), next);
    }

    /** The trackers a batch of events changed, each read (and locked) once and written once, and its history rows. */
    static final class Batch implements ProjectionBatch {

        private final JdbcTemplate jdbc;
        private final Map<String, ActionPlanTracker> committed;
        private final BatchedViews<ActionPlanTracker> trackers = new BatchedViews<>(this::readAndLock);
        private final List<Object[]> history = new ArrayList<>();

        Batch(JdbcTemplate jdbc, Map<String, ActionPlanTracker> committed) {
            this.jdbc = jdbc;
            this.committed = committed;
        }

        /** The stored tracker, locked; its document is parsed only if this node does not hold that version. */
        private ActionPlanTracker readAndLock(String planId) {
            ActionPlanTracker known = committed.get(planId);
            return jdbc.query("""
                    SELECT CASE WHEN version = ? THEN NULL ELSE document::text END
                    FROM action_plan_view WHERE plan_id = ? FOR UPDATE""",
                    (rs, row) -> {
                        String document = rs.getString(1);
                        return document == null ? known : Documents.read(document, ActionPlanTracker.class);
                    }, known == null ? -1L : known.version(), planId).stream().findFirst().orElse(null);
        }

        @Override
        public void flush() {
            if (!history.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO action_plan_history (plan_id, action_ref, sequence, kind, entry)
                        VALUES (?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (plan_id, action_ref, sequence) DO NOTHING""", history);
            }
            if (trackers.noneChanged()) {
                return;
            }
            jdbc.batchUpdate("""
                    INSERT INTO action_plan_view (plan_id, authority_id, title, kind, created_on,
                        source_scrutiny_item_id, document, version, last_event_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?::json, ?, ?)
                    ON CONFLICT (plan_id) DO UPDATE SET
                        authority_id = excluded.authority_id, title = excluded.title, kind = excluded.kind,
                        created_on = excluded.created_on, source_scrutiny_item_id = excluded.source_scrutiny_item_id,
                        document = excluded.document, version = excluded.version,
                        last_event_at = excluded.last_event_at""",
                    trackers.changed().stream().map(next -> new Object[] {next.id(), next.authorityId(), next.title(),
                            next.kind().name(), next.createdOn(), next.sourceScrutinyItemId(), Documents.write(next),
                            next.version(), Timestamp.from(next.lastRecordedAt())}).toList());
        }

        @Override
        public void committed() {
            committed.putAll(trackers.changedById());
        }
    }

    @ResetHandler
    void reset() {
        committed.clear();
        jdbc.update("DELETE FROM action_plan_history");
        jdbc.update("DELETE FROM action_plan_view");
    }
}
