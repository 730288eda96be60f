package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes the item off the forward plan for good: nothing further happens to it. */
public record WithdrawDecision(
        @TargetAggregateIdentifier DecisionId decisionId,
        LocalDate decidedOn,
        String reasons) {
}
