package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the decision maker put the decision off; it can still be taken later. */
public record DeferDecision(
        @TargetAggregateIdentifier DecisionId decisionId,
        LocalDate decidedOn,
        String reasons) {
}
