package org.decisionledger.kernel.actionplan;

import org.decisionledger.kernel.common.LedgerEvent;

/** The events of the ActionPlan aggregate: a plan, its priorities and actions, and their reported progress. */
public sealed interface ActionPlanEvent extends LedgerEvent permits
        ActionPlanCreated,
        PriorityAdded,
        ActionAdded,
        ActionStatusRecorded,
        ActionStatusCorrected,
        SubGroupUpdateRecorded,
        EvidenceCited,
        ReviewsScheduled,
        ReviewPointPassed {

    ActionPlanId planId();
}
