package org.decisionledger.app.axon;

import org.decisionledger.kernel.actionplan.ActionPlanCreated;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@link ActionPlanCreated} revision 1 becomes revision 2, which added {@code sourceScrutinyItemId}
 * (ADR 22). No plan recorded before it named a scrutiny item, so the field is null: a plan whose
 * source was held as a proposed decision (seed 003 in data loaded before ADR 22) keeps that decision
 * as its source.
 */
@Component
@Order(1)
class ActionPlanCreatedUpcaster extends FieldAddedUpcaster {

    ActionPlanCreatedUpcaster() {
        super(ActionPlanCreated.class, "1", "2", "sourceScrutinyItemId");
    }
}
