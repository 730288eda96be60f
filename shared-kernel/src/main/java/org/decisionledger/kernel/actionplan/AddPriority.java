package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a priority (area of weakness) to a plan, or a sub-area under one when {@code parentRef} is given. */
public record AddPriority(
        @TargetAggregateIdentifier ActionPlanId planId,
        PriorityRef ref,
        PriorityRef parentRef,
        String title,
        String vision,
        LocalDate addedOn) {
}
