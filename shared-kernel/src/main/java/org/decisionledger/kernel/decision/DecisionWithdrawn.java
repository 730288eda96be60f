package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The item was withdrawn: nothing further happens to it. */
@Revision("1")
public record DecisionWithdrawn(DecisionId decisionId, LocalDate decidedOn, String reasons) implements DecisionEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
