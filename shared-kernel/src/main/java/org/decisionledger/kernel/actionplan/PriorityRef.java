package org.decisionledger.kernel.actionplan;

import org.decisionledger.kernel.common.Identifier;

/** A priority's or sub-area's reference inside its plan, as the council numbers it: {@code 1}, {@code 1.1}. */
public record PriorityRef(String value) implements Identifier {

    public PriorityRef {
        ActionRef.requireRef(value, "priority ref");
    }

    @Override
    public String toString() {
        return value;
    }
}
