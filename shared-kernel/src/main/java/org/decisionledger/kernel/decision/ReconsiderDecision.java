package org.decisionledger.kernel.decision;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The decision maker's reconsideration of a decision referred back after a call-in. */
public record ReconsiderDecision(
        @TargetAggregateIdentifier DecisionId decisionId,
        LocalDate decidedOn,
        ReconsiderationOutcome outcome,
        List<Resolution> resolutions,
        String reasons) {

    public ReconsiderDecision {
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    }
}
