package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The decision maker put the decision off; it stays on the forward plan. */
@Revision("1")
public record DecisionDeferred(DecisionId decisionId, LocalDate decidedOn, String reasons) implements DecisionEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
