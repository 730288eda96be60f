package org.decisionledger.kernel.actionplan;

/**
 * The stable codes with which action plans refuse a command. They are part of the HTTP contract,
 * so a code is never renamed.
 */
public final class ActionPlanRefusalCodes {

    /** Answered 404: the plan named in the address does not exist. */
    public static final String UNKNOWN_ACTION_PLAN = "UNKNOWN_ACTION_PLAN";
    /** Answered 404: the plan has no action with that ref. */
    public static final String UNKNOWN_ACTION = "UNKNOWN_ACTION";
    /** Answered 404: the plan has no priority or sub-area with that ref. */
    public static final String UNKNOWN_PRIORITY = "UNKNOWN_PRIORITY";
    /** Answered 404: a correction names a status the action never had. */
    public static final String UNKNOWN_STATUS = "UNKNOWN_STATUS";
    /** Answered 404: the source decision is not in the ledger. */
    public static final String UNKNOWN_DECISION = "UNKNOWN_DECISION";
    /** Answered 404: the source scrutiny item is not in the ledger. */
    public static final String UNKNOWN_SCRUTINY_ITEM = "UNKNOWN_SCRUTINY_ITEM";

    public static final String DUPLICATE_ACTION_REF = "DUPLICATE_ACTION_REF";
    public static final String DUPLICATE_PRIORITY_REF = "DUPLICATE_PRIORITY_REF";
    /** The action already has a status at that review point; a change must be sent as a correction. */
    public static final String STATUS_ALREADY_RECORDED = "STATUS_ALREADY_RECORDED";
    /** A correction names a status that a later correction already replaced. */
    public static final String STATUS_ALREADY_CORRECTED = "STATUS_ALREADY_CORRECTED";
    public static final String EVIDENCE_ALREADY_CITED = "EVIDENCE_ALREADY_CITED";
    public static final String SUB_GROUP_UPDATE_ALREADY_RECORDED = "SUB_GROUP_UPDATE_ALREADY_RECORDED";
    /** A review schedule cannot start at a review point that is already over. */
    public static final String REVIEW_POINT_PASSED = "REVIEW_POINT_PASSED";
    /** The source decision belongs to another council. */
    public static final String DECISION_OF_ANOTHER_AUTHORITY = "DECISION_OF_ANOTHER_AUTHORITY";
    /** The source scrutiny item is another council's. */
    public static final String SCRUTINY_ITEM_OF_ANOTHER_AUTHORITY = "SCRUTINY_ITEM_OF_ANOTHER_AUTHORITY";

    private ActionPlanRefusalCodes() {
    }
}
