package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The decision maker rejected the recommendations. */
@Revision("1")
public record DecisionRejected(DecisionId decisionId, LocalDate decidedOn, String reasons) implements DecisionEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
