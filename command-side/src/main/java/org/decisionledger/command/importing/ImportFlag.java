package org.decisionledger.command.importing;

/**
 * An anomaly an importer saw in a published page. Flags are reported, never fixed: the page's own
 * values are kept and imported as they are. The first six are named in the HTTP contract.
 */
public enum ImportFlag {
    /** The record says it was published before the decision was taken. */
    PUBLICATION_BEFORE_DECISION,
    /** The record's effective date is before its publication date. */
    EFFECTIVE_BEFORE_PUBLICATION,
    /** The page says the decision was taken under an urgency procedure (special urgency, urgent item). */
    URGENCY_PROCEDURE,
    /** The page mentions the general exception. */
    GENERAL_EXCEPTION,
    /** The decision is due in a month, with no day ("June 2024"); no day is invented. */
    MONTH_PRECISION_DUE_DATE,
    /** The page's effective date differs from the one the council's configured call-in rule gives. */
    EFFECTIVE_DATE_DISAGREES_WITH_RULE,
    /** The page's "not before" date differs from the earliest date the notice rule gives. */
    DUE_DATE_DISAGREES_WITH_NOTICE_RULE,
    /** A date field holds words that are not a date; the words are kept, the date is null. */
    UNREADABLE_DATE,
    /** A yes/no field holds something else; the words are kept, the value is null. */
    UNREADABLE_YES_NO,
    /** The status says the decision was taken but the page gives no date of decision, so it is not recorded as taken. */
    DECIDED_WITHOUT_DATE,
    /** The page does not say whether this is a key decision; it is recorded as not key. */
    KEY_DECISION_NOT_SHOWN,
    /** The page does not say whether the decision is subject to call-in, so its publication is not recorded. */
    CALL_IN_NOT_SHOWN,
    /** The page names no decision maker, so nothing is recorded for this record. */
    DECISION_MAKER_NOT_SHOWN,
    /** The dates fall outside the years the working-day calendar covers, so no working days were counted. */
    CALENDAR_NOT_COVERED
}
