package org.decisionledger.query.decision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.decisionledger.kernel.decision.DecisionEvent;
import org.decisionledger.query.common.BatchedViews;
import org.decisionledger.query.common.Documents;
import org.decisionledger.query.common.KeySetStatements;
import org.decisionledger.query.common.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The decision register, its timelines and the call-in register. Each event is folded into the
 * view only if its sequence is newer than the view's version, so redelivery and replay are
 * harmless; timeline rows are keyed by (decision, sequence). A batch of events reads each view it
 * touches once and writes it once ({@link ProjectionBatch}).
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
    void on(DecisionEvent event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt, MetaData metaData) {
        String id = event.decisionId().value();
        Batch batch = ProjectionBatch.current(Batch.class, () -> new Batch(jdbc, register));
        DecisionView current = batch.views.get(id);
        if (current != null && current.version() >= sequence) {
            return;
        }
        DecisionView next = DecisionViewFolding.apply(current, event, sequence, recordedAt);
        DecisionTimeline.Entry entry = DecisionTimeline.entryFor(event);
        Object actor = metaData.get("actor");
        batch.changed(next, new Object[] {id, sequence, entry.date(), entry.kind(), entry.summary(),
                actor == null ? null : actor.toString(), Timestamp.from(recordedAt)});
    }

    /**
     * The views a batch of events changed, each read once (and locked) and written once, the batch's
     * timeline rows, and the call-in rows of the decisions it changed.
     */
    static final class Batch implements ProjectionBatch {

        private final JdbcTemplate jdbc;
        private final BatchedViews<DecisionView> views;
        private final List<Object[]> timeline = new ArrayList<>();

        Batch(JdbcTemplate jdbc, DecisionRegister register) {
            this.jdbc = jdbc;
            this.views = new BatchedViews<>(id -> register.findForUpdate(id).orElse(null));
            Set<String> ids = new LinkedHashSet<>();
            for (DecisionEvent event : ProjectionBatch.payloadsInBatch(DecisionEvent.class)) {
                ids.add(event.decisionId().value());
            }
            views.preload(ids, register::findAllForUpdate);
        }

        void changed(DecisionView view, Object[] timelineRow) {
            views.changed(view.id(), view);
            timeline.add(timelineRow);
        }

        @Override
        public void flush() {
            if (views.noneChanged()) {
                return;
            }
            jdbc.batchUpdate(UPSERT_VIEW, views.changed().stream().map(DecisionRegisterProjection::row).toList());
            jdbc.batchUpdate("""
                    INSERT INTO decision_timeline (decision_id, sequence, business_date, kind, summary, actor, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (decision_id, sequence) DO NOTHING""", timeline);
            KeySetStatements.update(jdbc, "DELETE FROM call_in_register WHERE decision_id = ANY (?)",
                    (Object) views.changedIds().toArray(String[]::new));
            List<Object[]> callIns = new ArrayList<>();
            for (DecisionView view : views.changed()) {
                for (DecisionView.CallIn callIn : view.callIns()) {
                    callIns.add(new Object[] {callIn.id(), view.id(), view.authorityId(), view.title(),
                            callIn.raisedOn(), view.callInClosesOn(), callIn.status(), callIn.outcome(),
                            callIn.outcomeOn(), Documents.write(callIn)});
                }
            }
            if (!callIns.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO call_in_register (call_in_id, decision_id, authority_id, decision_title, raised_on,
                            window_closes_on, status, outcome, outcome_on, document)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", callIns);
            }
        }
    }

    private static final String UPSERT_VIEW = """
            INSERT INTO decision_view (decision_id, authority_id, reference, title, decision_maker, key_decision,
                status, proposed_on, decided_on, published_on, call_in_closes_on, effective_from, decision_due,
                earliest_decision_date, document, version, last_event_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
            ON CONFLICT (decision_id) DO UPDATE SET
                authority_id = excluded.authority_id, reference = excluded.reference, title = excluded.title,
                decision_maker = excluded.decision_maker, key_decision = excluded.key_decision,
                status = excluded.status, proposed_on = excluded.proposed_on, decided_on = excluded.decided_on,
                published_on = excluded.published_on, call_in_closes_on = excluded.call_in_closes_on,
                effective_from = excluded.effective_from, decision_due = excluded.decision_due,
                earliest_decision_date = excluded.earliest_decision_date, document = excluded.document,
                version = excluded.version, last_event_at = excluded.last_event_at""";

    private static Object[] row(DecisionView next) {
        return new Object[] {next.id(), next.authorityId(), next.reference(), next.title(), next.decisionMaker(),
                next.keyDecision(), next.status(), next.proposedOn(),
                next.record() == null ? null : next.record().decidedOn(),
                next.publication() == null ? null : next.publication().publishedOn(),
                next.callInClosesOn(), next.effectiveFrom(), next.decisionDue(), earliestDecisionDate(next),
                Documents.write(next), next.version(), Timestamp.from(next.lastRecordedAt())};
    }

    /** The earliest lawful decision date: the notice's, or the general exception's when that is earlier. */
    static java.time.LocalDate earliestDecisionDate(DecisionView view) {
        java.time.LocalDate byNotice = view.notice() == null ? null : view.notice().earliestDecisionDate();
        java.time.LocalDate byException = view.generalException() == null ? null
                : view.generalException().earliestDecisionDate();
        if (view.specialUrgency() != null) {
            return view.specialUrgency().agreedOn();
        }
        if (byNotice == null) {
            return byException;
        }
        if (byException == null) {
            return byNotice;
        }
        return byException.isBefore(byNotice) ? byException : byNotice;
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM call_in_register");
        jdbc.update("DELETE FROM decision_timeline");
        jdbc.update("DELETE FROM decision_view");
    }
}
