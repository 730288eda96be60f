package org.decisionledger.kernel.decision;

import org.decisionledger.kernel.common.Identifier;

/** A decision's identifier, assigned at the edge when the decision is first proposed. */
public record DecisionId(String value) implements Identifier {

    public DecisionId {
        Identifier.requireValid(value, "decision id");
    }

    @Override
    public String toString() {
        return value;
    }
}
