package org.decisionledger.query.decision;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.decisionledger.kernel.decision.DecisionEvent;
import org.decisionledger.query.common.Documents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The decision register. Each event is folded into the stored view only if its sequence is newer
 * than the view's version, so redelivery and replay are harmless.
 */
@Component
@ProcessingGroup(DecisionRegisterProjection.PROCESSING_GROUP)
class DecisionRegisterProjection {

    static final String PROCESSING_GROUP = "decision-register";

    private final JdbcTemplate jdbc;
    private final DecisionRegister register;

    DecisionRegisterProjection(JdbcTemplate jdbc, DecisionRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    @EventHandler
    void on(DecisionEvent event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        String id = event.decisionId().value();
        DecisionView current = register.findForUpdate(id).orElse(null);
        if (current != null && current.version() >= sequence) {
            return;
        }
        DecisionView next = DecisionViewFolding.apply(current, event, sequence, recordedAt);
        jdbc.update("""
                INSERT INTO decision_view (decision_id, authority_id, reference, title, decision_maker, key_decision,
                    status, proposed_on, decision_due, document, version, last_event_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (decision_id) DO UPDATE SET
                    authority_id = excluded.authority_id, reference = excluded.reference, title = excluded.title,
                    decision_maker = excluded.decision_maker, key_decision = excluded.key_decision,
                    status = excluded.status, proposed_on = excluded.proposed_on,
                    decision_due = excluded.decision_due, document = excluded.document,
                    version = excluded.version, last_event_at = excluded.last_event_at""",
                next.id(), next.authorityId(), next.reference(), next.title(), next.decisionMaker(),
                next.keyDecision(), next.status(), next.proposedOn(), next.decisionDue(), Documents.write(next),
                next.version(), Timestamp.from(next.lastRecordedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM decision_view");
    }
}
