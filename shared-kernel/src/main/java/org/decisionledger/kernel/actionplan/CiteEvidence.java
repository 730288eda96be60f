package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cites a named document as evidence for an action. */
public record CiteEvidence(
        @TargetAggregateIdentifier ActionPlanId planId,
        ActionRef actionRef,
        String name,
        String location,
        LocalDate citedOn) {
}
