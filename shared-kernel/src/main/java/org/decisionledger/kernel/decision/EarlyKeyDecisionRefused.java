package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * An attempt to take a key decision before its notice period ran, with no general exception or
 * special urgency that allowed it, was refused. Recorded because an auditor must see it.
 *
 * @param noticeFirstPublished null when no notice had been published at all
 * @param earliestDecisionDate the earliest date the notice allowed; null when there was no notice
 */
@Revision("1")
public record EarlyKeyDecisionRefused(
        DecisionId decisionId,
        LocalDate attemptedOn,
        LocalDate noticeFirstPublished,
        LocalDate earliestDecisionDate,
        String code,
        String reason) implements DecisionEvent {

    @Override
    public LocalDate businessDate() {
        return attemptedOn;
    }
}
