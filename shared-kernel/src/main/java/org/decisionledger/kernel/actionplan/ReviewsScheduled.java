package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The plan is to be reviewed every {@code everyMonths} months from {@code firstReviewPoint}. When a
 * review point is over, the ledger records which actions had no status for it.
 *
 * @param deadlineScheduleId  the deadline that fires when {@code firstReviewPoint} is over
 * @param cancelledScheduleId the deadline of the schedule this one replaces, cancelled; null for the first
 */
@Revision("1")
public record ReviewsScheduled(
        ActionPlanId planId,
        String firstReviewPoint,
        int everyMonths,
        String deadlineScheduleId,
        String cancelledScheduleId,
        LocalDate scheduledOn) implements ActionPlanEvent {

    @Override
    public LocalDate businessDate() {
        return scheduledOn;
    }
}
