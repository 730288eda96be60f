package org.decisionledger.query.delegation;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.decisionledger.kernel.decision.DecisionEvent;
import org.decisionledger.kernel.delegation.DelegationEvent;
import org.decisionledger.query.common.BatchedViews;
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
        DelegationView current = batch.delegations.get(event.delegationId().value());
        if (current != null && current.version() >= sequence) {
            return;
        }
        Object actor = metaData.get("actor");
        DelegationView next = DelegationViewFolding.apply(current, new DelegationViewFolding.Sequenced(event, sequence,
                recordedAt, actor == null ? null : actor.toString()));
        batch.delegations.changed(next.id(), next);
    }

    @EventHandler
    void on(DecisionEvent event, @SequenceNumber long sequence) {
        Batch batch = batch();
        SourceDecision current = batch.decisions.get(event.decisionId().value());
        if (current != null && current.version() >= sequence) {
            return;
        }
        SourceDecision next = SourceDecision.apply(current, event, sequence);
        batch.decisions.changed(next.id(), next);
    }

    private Batch batch() {
        return ProjectionBatch.current(Batch.class, () -> new Batch(jdbc, register));
    }

    /** The delegations and source decisions a batch of events changed, each read (and locked) once and written once. */
    static final class Batch implements ProjectionBatch {

        private final JdbcTemplate jdbc;
        private final BatchedViews<DelegationView> delegations;
        private final BatchedViews<SourceDecision> decisions;

        Batch(JdbcTemplate jdbc, DelegationRegister register) {
            this.jdbc = jdbc;
            this.delegations = new BatchedViews<>(id -> register.findForUpdate(id).orElse(null));
            this.decisions = new BatchedViews<>(id -> register.sourceDecisionForUpdate(id).orElse(null));
        }

        @Override
        public void flush() {
            if (!delegations.noneChanged()) {
                jdbc.batchUpdate("""
                        INSERT INTO delegation_view (delegation_id, authority_id, parent_id, source_decision_id, delegate,
                            valid_from, valid_until, revoked_on, document, version, granted_at, last_event_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                        ON CONFLICT (delegation_id) DO UPDATE SET
                            revoked_on = excluded.revoked_on, document = excluded.document, version = excluded.version,
                            last_event_at = excluded.last_event_at""",
                        delegations.changed().stream().map(next -> new Object[] {next.id(), next.authorityId(),
                                next.parentId(), next.sourceDecisionId(), next.delegate(), next.validFrom(),
                                next.validUntil(), next.revocation() == null ? null : next.revocation().revokedOn(),
                                Documents.write(next), next.version(), Timestamp.from(next.grantedAt()),
                                Timestamp.from(next.lastRecordedAt())}).toList());
            }
            if (!decisions.noneChanged()) {
                jdbc.batchUpdate("""
                        INSERT INTO delegation_source_decision (decision_id, title, status, effective_from, version)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (decision_id) DO UPDATE SET
                            status = excluded.status, effective_from = excluded.effective_from, version = excluded.version""",
                        decisions.changed().stream().map(next -> new Object[] {next.id(), next.title(),
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
