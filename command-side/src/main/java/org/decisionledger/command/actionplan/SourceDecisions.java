package org.decisionledger.command.actionplan;

import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;

/** Whether a plan's source decision is in the ledger and is the same council's. */
@FunctionalInterface
interface SourceDecisions {

    /**
     * @throws org.decisionledger.kernel.common.UnknownResource {@code UNKNOWN_DECISION} when it is not in the ledger
     * @throws org.decisionledger.kernel.common.RuleRefused     {@code DECISION_OF_ANOTHER_AUTHORITY}
     */
    void requireDecisionOf(DecisionId decisionId, AuthorityId authorityId);
}
