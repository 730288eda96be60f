package org.decisionledger.kernel.decision;

/** The meeting that decided a call-in outcome: the scrutiny committee first, the full council after a referral. */
public enum CallInForum {
    SCRUTINY_COMMITTEE,
    FULL_COUNCIL
}
