package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;

/**
 * A council put an action plan on the record.
 *
 * @param sourceDecisionId      the decision that adopted or endorsed the plan, when there is one
 * @param sourceScrutinyItemId  the scrutiny item that called for the plan, when there is one (seed 003); added
 *                              in revision 2, null in every revision-1 event
 * @param inspectionReference   the inspection the plan answers, as the council names it
 * @param inspectionPublishedOn when the inspection's findings were published
 * @param submissionDueBy       when the plan had to be submitted to the inspectorates, as the council
 *                              recorded it (seed 003: "within 70 days")
 */
@Revision("2")
public record ActionPlanCreated(
        ActionPlanId planId,
        AuthorityId authorityId,
        String title,
        ActionPlanKind kind,
        DecisionId sourceDecisionId,
        ScrutinyItemId sourceScrutinyItemId,
        String inspectionReference,
        LocalDate inspectionPublishedOn,
        LocalDate submissionDueBy,
        LocalDate createdOn) implements ActionPlanEvent {

    @Override
    public LocalDate businessDate() {
        return createdOn;
    }
}
