package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A named document was cited as evidence for an action ("SEND Governance structure").
 *
 * @param location where the document can be found (an address or a file reference), when known
 */
@Revision("1")
public record EvidenceCited(
        ActionPlanId planId,
        ActionRef actionRef,
        String name,
        String location,
        LocalDate citedOn) implements ActionPlanEvent {

    @Override
    public LocalDate businessDate() {
        return citedOn;
    }
}
