package org.decisionledger.kernel.decision;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** Councillors called the decision in, inside its window: it cannot take effect until scrutiny decides. */
@Revision("1")
public record CallInRaised(
        DecisionId decisionId,
        CallInId callInId,
        LocalDate raisedOn,
        List<String> signatories,
        String grounds) implements DecisionEvent {

    public CallInRaised {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    @Override
    public LocalDate businessDate() {
        return raisedOn;
    }
}
