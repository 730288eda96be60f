package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an action under a priority or sub-area; its ref must be new in the plan. */
public record AddAction(
        @TargetAggregateIdentifier ActionPlanId planId,
        ActionRef ref,
        PriorityRef priorityRef,
        String description,
        List<String> leads,
        String evidenceOfImpact,
        LocalDate dueBy,
        LocalDate addedOn) {

    public AddAction {
        leads = leads == null ? List.of() : List.copyOf(leads);
    }
}
