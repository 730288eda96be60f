package org.decisionledger.kernel.delegation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.decisionledger.kernel.decision.DecisionId;

/**
 * The delegate used the authority. {@code exercisedBy} is the post or person who acted, a business
 * fact; who recorded it travels in the metadata like every actor.
 *
 * @param decisionId the officer decision the exercise produced, when it is in the ledger; may be null
 * @param scopeTag   the matter the exercise claims to fall under; may be null
 */
@Revision("1")
public record DelegatedAuthorityExercised(
        DelegationId delegationId,
        LocalDate exercisedOn,
        String exercisedBy,
        String summary,
        DecisionId decisionId,
        String scopeTag) implements DelegationEvent {

    @Override
    public LocalDate businessDate() {
        return exercisedOn;
    }
}
