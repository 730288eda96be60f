package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The scrutiny committee, or the full council after a referral ({@code forum}), decided what
 * happens to a called-in decision.
 */
@Revision("1")
public record CallInOutcomeRecorded(
        DecisionId decisionId,
        CallInId callInId,
        LocalDate decidedOn,
        String meeting,
        CallInOutcome outcome,
        CallInForum forum,
        String notes) implements DecisionEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
