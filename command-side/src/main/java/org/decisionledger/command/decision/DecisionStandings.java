package org.decisionledger.command.decision;

import org.decisionledger.kernel.decision.DecisionId;

/**
 * Where a decision stands, for other aggregates' command handlers. An aggregate takes this as a
 * handler parameter because it cannot load another aggregate itself.
 */
@FunctionalInterface
public interface DecisionStandings {

    /** @throws org.decisionledger.kernel.common.UnknownResource if the decision is not in the ledger */
    DecisionStanding of(DecisionId decisionId);
}
