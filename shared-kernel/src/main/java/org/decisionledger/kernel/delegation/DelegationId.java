package org.decisionledger.kernel.delegation;

import org.decisionledger.kernel.common.Identifier;

/** A delegation's identifier, assigned at the edge when authority is delegated or sub-delegated. */
public record DelegationId(String value) implements Identifier {

    public DelegationId {
        Identifier.requireValid(value, "delegation id");
    }

    @Override
    public String toString() {
        return value;
    }
}
