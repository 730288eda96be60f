package org.decisionledger.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Chains every event into the ledger in the order this processor receives them. Configured with one
 * segment and one thread, so there is exactly one order. The ledger is evidence, not a read model:
 * a replay must never rewrite it, so it has no reset handler and ignores replayed events. It hashes
 * the row of Axon's JDBC event table, so it is off when Axon Server stores the events.
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
        ledger.chain(event.getIdentifier());
    }
}
