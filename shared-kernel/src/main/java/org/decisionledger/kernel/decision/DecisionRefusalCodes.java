package org.decisionledger.kernel.decision;

/**
 * The stable codes with which the decision lifecycle refuses a command. They are part of the HTTP
 * contract and are stored in refusal events, so a code is never renamed.
 */
public final class DecisionRefusalCodes {

    /** A key decision taken before its notice period ran, with no general exception or special urgency. Recorded. */
    public static final String NOTICE_PERIOD_NOT_MET = "NOTICE_PERIOD_NOT_MET";
    /** A call-in after the window closed or after the decision took effect. Recorded. */
    public static final String CALL_IN_WINDOW_CLOSED = "CALL_IN_WINDOW_CLOSED";
    /** A call-in signed by fewer councillors than the rule in force at publication requires. Recorded. */
    public static final String TOO_FEW_SIGNATORIES = "TOO_FEW_SIGNATORIES";
    /** A call-in of a decision published as exempt from call-in. Recorded. */
    public static final String NOT_SUBJECT_TO_CALL_IN = "NOT_SUBJECT_TO_CALL_IN";

    public static final String DECISION_NOT_PUBLISHED = "DECISION_NOT_PUBLISHED";
    public static final String CALL_IN_BEFORE_PUBLICATION = "CALL_IN_BEFORE_PUBLICATION";
    public static final String DECISION_ALREADY_CALLED_IN = "DECISION_ALREADY_CALLED_IN";
    public static final String NOT_A_KEY_DECISION = "NOT_A_KEY_DECISION";
    public static final String NOTICE_BEFORE_FIRST_PUBLICATION = "NOTICE_BEFORE_FIRST_PUBLICATION";
    public static final String DECISION_ALREADY_DECIDED = "DECISION_ALREADY_DECIDED";
    public static final String DECISION_NOT_DECIDED = "DECISION_NOT_DECIDED";
    /** An approval, rejection, deferral or withdrawal dated before the latest deferral of the decision. */
    public static final String DECIDED_BEFORE_DEFERRAL = "DECIDED_BEFORE_DEFERRAL";
    /**
     * A notice, general exception, special urgency, approval, rejection, deferral or withdrawal dated
     * before the decision was proposed.
     */
    public static final String DATED_BEFORE_PROPOSAL = "DATED_BEFORE_PROPOSAL";
    public static final String DECISION_CLOSED = "DECISION_CLOSED";
    public static final String DECISION_ALREADY_PUBLISHED = "DECISION_ALREADY_PUBLISHED";
    public static final String PUBLICATION_BEFORE_DECISION = "PUBLICATION_BEFORE_DECISION";
    public static final String CALENDAR_NOT_COVERED = "CALENDAR_NOT_COVERED";
    /** Answered 404: the call-in named in the path was never raised on this decision. */
    public static final String CALL_IN_UNKNOWN = "CALL_IN_UNKNOWN";
    /** An outcome for a call-in that was refused when it was raised: it never came before scrutiny. */
    public static final String CALL_IN_REFUSED = "CALL_IN_REFUSED";
    public static final String CALL_IN_OUTCOME_ALREADY_RECORDED = "CALL_IN_OUTCOME_ALREADY_RECORDED";
    public static final String OUTCOME_BEFORE_CALL_IN = "OUTCOME_BEFORE_CALL_IN";
    public static final String OUTCOME_BEFORE_REFERRAL = "OUTCOME_BEFORE_REFERRAL";
    public static final String ALREADY_REFERRED_TO_FULL_COUNCIL = "ALREADY_REFERRED_TO_FULL_COUNCIL";
    public static final String NOT_REFERRED_BACK = "NOT_REFERRED_BACK";
    public static final String DECISION_ALREADY_RECONSIDERED = "DECISION_ALREADY_RECONSIDERED";
    public static final String RECONSIDERATION_BEFORE_REFERRAL = "RECONSIDERATION_BEFORE_REFERRAL";

    private DecisionRefusalCodes() {
    }
}
