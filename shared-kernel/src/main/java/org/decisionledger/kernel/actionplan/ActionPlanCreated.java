package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;

/**
 * A council put an action plan on the record.
 *
 * @param sourceDecisionId      the decision that adopted or endorsed the plan, when there is one
 * @param inspectionReference   the inspection the plan answers, as the council names it
 * @param inspectionPublishedOn when the inspection's findings were published
 * @param submissionDueBy       when the plan had to be submitted to the inspectorates, as the council
 *                              recorded it (seed 003: "within 70 days")
 */
@Revision("1")
public record ActionPlanCreated(
        ActionPlanId planId,
        AuthorityId authorityId,
        String title,
        ActionPlanKind kind,
        DecisionId sourceDecisionId,
        String inspectionReference,
        LocalDate inspectionPublishedOn,
        LocalDate submissionDueBy,
        LocalDate createdOn) implements ActionPlanEvent {

    @Override
    public LocalDate businessDate() {
        return createdOn;
    }
}
