package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publishes the decision record, which opens the call-in window; a decision not subject to call-in
 * must say why and who consented, and takes effect on publication.
 */
public record PublishDecision(
        @TargetAggregateIdentifier DecisionId decisionId,
        LocalDate publishedOn,
        boolean subjectToCallIn,
        CallInExemption callInExemption) {
}
