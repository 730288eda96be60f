package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publishes (or re-publishes, when the item is re-dated) the forward-plan notice of a key decision.
 * The first notice fixes the date the notice period runs from; a later one never moves it.
 */
public record PublishKeyDecisionNotice(
        @TargetAggregateIdentifier DecisionId decisionId,
        LocalDate publishedOn) {
}
