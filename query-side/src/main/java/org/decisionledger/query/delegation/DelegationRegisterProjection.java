package org.decisionledger.query.delegation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.decisionledger.kernel.decision.DecisionEvent;
import org.decisionledger.kernel.delegation.DelegationEvent;
import org.decisionledger.query.common.Documents;
import org.decisionledger.query.common.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The delegation register. It folds each delegation's events into its stored view, and each
 * decision's events into the little the register needs of it (when it took effect, or that it came
 * to nothing), so "in force on a day" is answered from this projection's own tables. An event is
 * folded only if its sequence is newer than the stored version, so redelivery and replay are harmless.
 * A batch of events reads and writes each row it changes once ({@link ProjectionBatch}).
 */
@Component
@ProcessingGroup(DelegationRegisterProjection.PROCESSING_GROUP)
class DelegationRegisterProjection {

    static final String PROCESSING_GROUP = "delegation-register";

    private final JdbcTemplate jdbc;
    private final DelegationRegister register;

    DelegationRegisterProjection(JdbcTemplate jdbc, DelegationRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    @EventHandler
    void on(DelegationEvent event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt, MetaData metaData) {
        Batch batch = batch();
        DelegationView current = batch.delegation(event.delegationId().value());
        if (current != null && current.version() >= sequence) {
            return;
        }
        Object actor = metaData.get("actor");
        batch.changed(DelegationViewFolding.apply(current, new DelegationViewFolding.Sequenced(event, sequence,
                recordedAt, actor == null ? null : actor.toString())));
    }

    @EventHandler
    void on(DecisionEvent event, @SequenceNumber long sequence) {
        Batch batch = batch();
        SourceDecision current = batch.sourceDecision(event.decisionId().value());
        if (current != null && current.version() >= sequence) {
            return;
        }
        batch.changed(SourceDecision.apply(current, event, sequence));
    }

    private Batch batch() {
        return ProjectionBatch.current(Batch.class, () -> new Batch(jdbc, register));
    }

    /** The delegations and source decisions a batch of events changed, each read (and locked) once and written once. */
    static final class Batch implements ProjectionBatch {

        private final JdbcTemplate jdbc;
        private final DelegationRegister register;
        private final Map<String, DelegationView> delegations = new HashMap<>();
        private final Map<String, DelegationView> changedDelegations = new LinkedHashMap<>();
        private final Map<String, SourceDecision> decisions = new HashMap<>();
        private final Map<String, SourceDecision> changedDecisions = new LinkedHashMap<>();

        Batch(JdbcTemplate jdbc, DelegationRegister register) {
            this.jdbc = jdbc;
            this.register = register;
        }

        DelegationView delegation(String id) {
            if (!delegations.containsKey(id)) {
                delegations.put(id, register.findForUpdate(id).orElse(null));
            }
            return delegations.get(id);
        }

        SourceDecision sourceDecision(String id) {
            if (!decisions.containsKey(id)) {
                decisions.put(id, register.sourceDecisionForUpdate(id).orElse(null));
            }
            return decisions.get(id);
        }

        void changed(DelegationView view) {
            delegations.put(view.id(), view);
            changedDelegations.put(view.id(), view);
        }

        void changed(SourceDecision decision) {
            decisions.put(decision.id(), decision);
            changedDecisions.put(decision.id(), decision);
        }

        @Override
        public void flush() {
            if (!changedDelegations.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO delegation_view (delegation_id, authority_id, parent_id, source_decision_id, delegate,
                            valid_from, valid_until, revoked_on, document, version, granted_at, last_event_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                        ON CONFLICT (delegation_id) DO UPDATE SET
                            revoked_on = excluded.revoked_on, document = excluded.document, version = excluded.version,
                            last_event_at = excluded.last_event_at""",
                        changedDelegations.values().stream().map(next -> new Object[] {next.id(), next.authorityId(),
                                next.parentId(), next.sourceDecisionId(), next.delegate(), next.validFrom(),
                                next.validUntil(), next.revocation() == null ? null : next.revocation().revokedOn(),
                                Documents.write(next), next.version(), Timestamp.from(next.grantedAt()),
                                Timestamp.from(next.lastRecordedAt())}).toList());
            }
            if (!changedDecisions.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO delegation_source_decision (decision_id, title, status, effective_from, version)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (decision_id) DO UPDATE SET
                            status = excluded.status, effective_from = excluded.effective_from, version = excluded.version""",
                        changedDecisions.values().stream().map(next -> new Object[] {next.id(), next.title(),
                                next.status(), next.effectiveFrom(), next.version()}).toList());
            }
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM delegation_view");
        jdbc.update("DELETE FROM delegation_source_decision");
    }
}
