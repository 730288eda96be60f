package org.decisionledger.kernel.delegation;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.decisionledger.kernel.decision.DecisionId;

/**
 * Records that the delegate used the authority on {@code exercisedOn}.
 *
 * @param decisionId the officer decision it produced, if that is in the ledger
 * @param scopeTag   the matter it falls under, checked against the delegation's scope tags when both are given
 */
public record ExerciseDelegatedAuthority(
        @TargetAggregateIdentifier DelegationId delegationId,
        LocalDate exercisedOn,
        String exercisedBy,
        String summary,
        DecisionId decisionId,
        String scopeTag) {
}
