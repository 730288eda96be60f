package org.decisionledger.kernel.decision;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publishes the decision record, which opens the call-in window; a decision not subject to call-in
 * must say why and who consented, and takes effect on publication.
 *
 * @param effectNotBefore when the publication is recorded after its window has already closed
 *                        (history entered late), the automatic effect waits until this instant so
 *                        that call-ins raised inside the window can still be entered in order; null
 *                        means the effect follows the window's closing instant alone
 */
public record PublishDecision(
        @TargetAggregateIdentifier DecisionId decisionId,
        LocalDate publishedOn,
        boolean subjectToCallIn,
        CallInExemption callInExemption,
        Instant effectNotBefore) {

    public PublishDecision(DecisionId decisionId, LocalDate publishedOn, boolean subjectToCallIn,
            CallInExemption callInExemption) {
        this(decisionId, publishedOn, subjectToCallIn, callInExemption, null);
    }
}
