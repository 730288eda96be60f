package org.decisionledger.kernel.decision;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Councillors call in a published decision for scrutiny. {@code raisedOn} is the day the call-in was
 * lodged, which is what the window is judged against.
 */
public record RaiseCallIn(
        @TargetAggregateIdentifier DecisionId decisionId,
        CallInId callInId,
        LocalDate raisedOn,
        List<String> signatories,
        String grounds) {

    public RaiseCallIn {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }
}
