package org.decisionledger.kernel.delegation;

/**
 * The stable codes with which delegated authority refuses a command. They are part of the HTTP
 * contract and are stored in refusal events, so a code is never renamed.
 */
public final class DelegationRefusalCodes {

    /**
     * The delegation was not in force on the day: before its period, after it, on or after its
     * revocation, or before (or without) its source decision taking effect. Recorded for exercises.
     */
    public static final String DELEGATION_NOT_IN_FORCE = "DELEGATION_NOT_IN_FORCE";
    /** An exercise named a matter that is not among the delegation's scope tags. Recorded. */
    public static final String OUTSIDE_DELEGATED_SCOPE = "OUTSIDE_DELEGATED_SCOPE";

    /** Answered 404: the source decision or the decision an exercise produced is not in the ledger. */
    public static final String UNKNOWN_DECISION = "UNKNOWN_DECISION";
    /** The source decision has not been taken yet, so it has granted nothing. */
    public static final String SOURCE_DECISION_NOT_TAKEN = "SOURCE_DECISION_NOT_TAKEN";
    /** The source decision was rejected, withdrawn or revoked: it grants nothing. */
    public static final String SOURCE_DECISION_VOID = "SOURCE_DECISION_VOID";
    public static final String DELEGATION_ALREADY_REVOKED = "DELEGATION_ALREADY_REVOKED";
    /** A revocation dated after the delegation's period had already run out. */
    public static final String DELEGATION_EXPIRED = "DELEGATION_EXPIRED";
    public static final String EXERCISED_AFTER_REVOCATION_DATE = "EXERCISED_AFTER_REVOCATION_DATE";

    private DelegationRefusalCodes() {
    }
}
