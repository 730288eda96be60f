package org.decisionledger.kernel.scrutiny;

import org.decisionledger.kernel.common.Identifier;

/** A scrutiny item's identifier, assigned at the edge when the item is recorded. */
public record ScrutinyItemId(String value) implements Identifier {

    public ScrutinyItemId {
        Identifier.requireValid(value, "scrutiny item id");
    }

    @Override
    public String toString() {
        return value;
    }
}
