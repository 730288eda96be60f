package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A scheduled review point is over. Recorded by the ledger itself, not by a person.
 *
 * @param passedOn           the first day after the review point
 * @param actionsNotUpdated  the actions that had no status for the review point and were not already complete
 * @param nextReviewPoint    the following review point of the schedule
 * @param deadlineScheduleId the deadline that fires when {@code nextReviewPoint} is over
 */
@Revision("1")
public record ReviewPointPassed(
        ActionPlanId planId,
        String reviewPoint,
        LocalDate passedOn,
        List<ActionRef> actionsNotUpdated,
        String nextReviewPoint,
        String deadlineScheduleId) implements ActionPlanEvent {

    public ReviewPointPassed {
        actionsNotUpdated = actionsNotUpdated == null ? List.of() : List.copyOf(actionsNotUpdated);
    }

    @Override
    public LocalDate businessDate() {
        return passedOn;
    }
}
