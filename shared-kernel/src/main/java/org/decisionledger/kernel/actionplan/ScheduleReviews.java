package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets, or replaces, the plan's review schedule: every {@code everyMonths} months from
 * {@code firstReviewPoint} (a month or a day, see {@link ReportingDate}), which must not be over on
 * {@code scheduledOn}.
 */
public record ScheduleReviews(
        @TargetAggregateIdentifier ActionPlanId planId,
        String firstReviewPoint,
        int everyMonths,
        LocalDate scheduledOn) {
}
