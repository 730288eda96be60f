package org.decisionledger.kernel.actionplan;

/** A red, amber or green rating, as councils' trackers give them. */
public enum Rag {
    RED,
    AMBER,
    GREEN
}
