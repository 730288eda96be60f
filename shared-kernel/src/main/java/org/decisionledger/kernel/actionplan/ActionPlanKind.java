package org.decisionledger.kernel.actionplan;

/** The kinds of plan a local area publishes after a SEND inspection, and improvement plans generally. */
public enum ActionPlanKind {
    /** After an inspection finding significant weaknesses (the 2016 framework). */
    WRITTEN_STATEMENT_OF_ACTION,
    /** After a revisit finding insufficient progress; reviewed with DfE and NHS England about every 6 months. */
    ACCELERATED_PROGRESS_PLAN,
    /** The equivalent under the 2023 framework. */
    PRIORITY_ACTION_PLAN,
    IMPROVEMENT_PLAN
}
