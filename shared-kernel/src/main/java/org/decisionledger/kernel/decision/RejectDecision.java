package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the decision maker rejected the recommendations. */
public record RejectDecision(
        @TargetAggregateIdentifier DecisionId decisionId,
        LocalDate decidedOn,
        String reasons) {
}
