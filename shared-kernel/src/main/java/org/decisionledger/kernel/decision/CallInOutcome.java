package org.decisionledger.kernel.decision;

/** What a scrutiny committee, or the full council after a referral, decided about a call-in. */
public enum CallInOutcome {
    NO_FURTHER_ACTION,
    REFER_BACK_TO_DECISION_MAKER,
    REFER_TO_FULL_COUNCIL
}
