package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;

/** Puts a council's action plan on the record; see {@link ActionPlanCreated} for the fields. */
public record CreateActionPlan(
        @TargetAggregateIdentifier ActionPlanId planId,
        AuthorityId authorityId,
        String title,
        ActionPlanKind kind,
        DecisionId sourceDecisionId,
        ScrutinyItemId sourceScrutinyItemId,
        String inspectionReference,
        LocalDate inspectionPublishedOn,
        LocalDate submissionDueBy,
        LocalDate createdOn) {
}
