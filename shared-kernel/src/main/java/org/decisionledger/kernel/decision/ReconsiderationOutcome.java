package org.decisionledger.kernel.decision;

/** What the decision maker did with a decision referred back after a call-in. */
public enum ReconsiderationOutcome {
    CONFIRMED,
    AMENDED,
    REVOKED
}
