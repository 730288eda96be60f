package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A priority (an area of weakness the inspection found) or one of its sub-areas was added to the plan.
 *
 * @param parentRef the priority this is a sub-area of ({@code 1} for {@code 1.1}); null for a priority
 * @param vision    the "vision for the future" the plan states for it, when it states one
 */
@Revision("1")
public record PriorityAdded(
        ActionPlanId planId,
        PriorityRef ref,
        PriorityRef parentRef,
        String title,
        String vision,
        LocalDate addedOn) implements ActionPlanEvent {

    @Override
    public LocalDate businessDate() {
        return addedOn;
    }
}
