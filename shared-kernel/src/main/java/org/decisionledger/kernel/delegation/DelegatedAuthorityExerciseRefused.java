package org.decisionledger.kernel.delegation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.decisionledger.kernel.decision.DecisionId;

/**
 * An exercise of the delegation was refused and the refusal recorded, because an auditor must see
 * that authority was claimed when it was not held.
 *
 * @param code one of {@code DELEGATION_NOT_IN_FORCE}, {@code OUTSIDE_DELEGATED_SCOPE}
 */
@Revision("1")
public record DelegatedAuthorityExerciseRefused(
        DelegationId delegationId,
        LocalDate exercisedOn,
        String exercisedBy,
        String summary,
        DecisionId decisionId,
        String scopeTag,
        String code,
        String reason) implements DelegationEvent {

    @Override
    public LocalDate businessDate() {
        return exercisedOn;
    }
}
