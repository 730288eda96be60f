package org.decisionledger.kernel.actionplan;

import org.decisionledger.kernel.common.Identifier;

/** An action plan's identifier, assigned at the edge when the plan is created. */
public record ActionPlanId(String value) implements Identifier {

    public ActionPlanId {
        Identifier.requireValid(value, "action plan id");
    }

    @Override
    public String toString() {
        return value;
    }
}
