package org.decisionledger.kernel.decision;

import org.decisionledger.kernel.common.Identifier;

/** A call-in's identifier, assigned at the edge when councillors raise it. */
public record CallInId(String value) implements Identifier {

    public CallInId {
        Identifier.requireValid(value, "call-in id");
    }

    @Override
    public String toString() {
        return value;
    }
}
