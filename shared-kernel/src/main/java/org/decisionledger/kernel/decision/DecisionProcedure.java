package org.decisionledger.kernel.decision;

/** The access-to-information procedure under which a decision was taken (SI 2012/2089 regs 9 to 11). */
public enum DecisionProcedure {
    /** Not a key decision: no notice period applies. */
    NOT_A_KEY_DECISION,
    /** Taken after the forward-plan notice period ran (reg 9). */
    KEY_DECISION_NOTICE,
    /** Taken under the general exception (reg 10). */
    GENERAL_EXCEPTION,
    /** Taken under special urgency (reg 11). */
    SPECIAL_URGENCY,
    /**
     * A key decision entered from the council's published decision record, which does not show the
     * notice, general exception or special urgency it was taken under; the ledger could not check it.
     */
    NOT_SHOWN_IN_PUBLISHED_RECORD
}
