package org.decisionledger.query.audit;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.decisionledger.query.common.ProjectionBatch;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Chains every event into the ledger in the order this processor receives them. Configured with one
 * segment and one thread, so there is exactly one order. The ledger is evidence, not a read model:
 * a replay must never rewrite it, so it has no reset handler and ignores replayed events. It hashes
 * the row of Axon's JDBC event table, so it is off when Axon Server stores the events. A batch of
 * events is chained with a few statements when it commits ({@link ProjectionBatch}).
 */
@Component
@Profile("!axonserver")
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
class LedgerProjection {

    static final String PROCESSING_GROUP = "ledger";

    private final Ledger ledger;

    LedgerProjection(Ledger ledger) {
        this.ledger = ledger;
    }

    @EventHandler
    @DisallowReplay
    void on(Object payload, EventMessage<?> event) {
        ProjectionBatch.current(Batch.class, () -> new Batch(ledger)).events.add(event.getIdentifier());
    }

    /** The batch's events in the order received, chained together when the batch commits. */
    static final class Batch implements ProjectionBatch {

        private final Ledger ledger;
        private final List<String> events = new ArrayList<>();

        Batch(Ledger ledger) {
            this.ledger = ledger;
        }

        @Override
        public void flush() {
            ledger.chain(events);
        }
    }
}
