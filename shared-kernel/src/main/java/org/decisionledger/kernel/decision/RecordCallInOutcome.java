package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records what the scrutiny committee decided about a call-in or, after it referred the decision to
 * the full council, what the council decided.
 */
public record RecordCallInOutcome(
        @TargetAggregateIdentifier DecisionId decisionId,
        CallInId callInId,
        LocalDate decidedOn,
        String meeting,
        CallInOutcome outcome,
        String notes) {
}
