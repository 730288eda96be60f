package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The general exception (reg 10) was used for a key decision.
 *
 * @param generalExceptionClearDays the council's period in force on the later of {@code chairNotifiedOn} and
 *                                  {@code publishedOn}, the day the period starts
 * @param earliestDecisionDate      the later of {@code chairNotifiedOn} and {@code publishedOn}
 *                                  + {@code generalExceptionClearDays} + 1
 */
@Revision("1")
public record GeneralExceptionRecorded(
        DecisionId decisionId,
        LocalDate chairNotifiedOn,
        LocalDate publishedOn,
        String reasons,
        int generalExceptionClearDays,
        LocalDate earliestDecisionDate) implements DecisionEvent {

    @Override
    public LocalDate businessDate() {
        return publishedOn;
    }
}
