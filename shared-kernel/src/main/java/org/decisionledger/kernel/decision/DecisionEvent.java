package org.decisionledger.kernel.decision;

import org.decisionledger.kernel.common.LedgerEvent;

/** The events of the Decision aggregate: every step of a decision's life. */
public sealed interface DecisionEvent extends LedgerEvent permits
        DecisionProposed,
        KeyDecisionNoticePublished,
        GeneralExceptionRecorded,
        SpecialUrgencyRecorded,
        RecommendationsApproved,
        EarlyKeyDecisionRefused,
        DecisionRejected,
        DecisionDeferred,
        DecisionWithdrawn,
        DecisionPublished,
        CallInRaised,
        CallInRefused,
        CallInOutcomeRecorded,
        DecisionReconsidered,
        DecisionTookEffect {

    DecisionId decisionId();
}
