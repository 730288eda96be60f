package org.decisionledger.kernel.decision;

/** How a decision came to take effect. */
public enum EffectRoute {
    /** The call-in window closed and nobody had called the decision in. */
    CALL_IN_WINDOW_CLOSED_WITHOUT_CALL_IN,
    /** The council's rule in force at publication had no call-in period. */
    NO_CALL_IN_PERIOD,
    /** Published as not subject to call-in, with consent recorded. */
    EXEMPT_FROM_CALL_IN,
    /** Called in, and the scrutiny committee (or the full council after a referral) took no further action. */
    CALL_IN_NO_FURTHER_ACTION,
    /** Called in, referred back, and confirmed or amended by the decision maker. */
    RECONSIDERED
}
