package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * An action was added under a priority or sub-area.
 *
 * @param leads            the people or posts leading it, in the order the plan names them
 * @param evidenceOfImpact the evidence the plan says will show the action worked
 */
@Revision("1")
public record ActionAdded(
        ActionPlanId planId,
        ActionRef ref,
        PriorityRef priorityRef,
        String description,
        List<String> leads,
        String evidenceOfImpact,
        LocalDate dueBy,
        LocalDate addedOn) implements ActionPlanEvent {

    public ActionAdded {
        leads = leads == null ? List.of() : List.copyOf(leads);
    }

    @Override
    public LocalDate businessDate() {
        return addedOn;
    }
}
