package org.decisionledger.command.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.modelling.command.Repository;
import org.decisionledger.kernel.delegation.DelegationId;
import org.springframework.stereotype.Component;

/**
 * Loads sub-delegations in the unit of work of the revocation that reaches them, so the revocation
 * reads what was exercised under them and records every ending it causes together or not at all,
 * and a concurrent exercise or sub-delegation of any of them conflicts instead of slipping through.
 * A delegation loaded twice in one unit of work is the same instance, so reading the tree before
 * ending it costs one load each.
 */
@Component
class DelegationTree implements DelegationDescendants {

    private final Repository<Delegation> delegations;

    DelegationTree(Repository<Delegation> delegations) {
        this.delegations = delegations;
    }

    @Override
    public Optional<RecordedExercise> latestExerciseUnder(List<DelegationId> subDelegations) {
        Optional<RecordedExercise> latest = Optional.empty();
        for (DelegationId subDelegation : subDelegations) {
            Optional<RecordedExercise> beneath = delegations.load(subDelegation.value())
                    .invoke(delegation -> delegation.latestExerciseFromHereDown(this));
            latest = RecordedExercise.later(latest, beneath);
        }
        return latest;
    }

    @Override
    public void endFrom(List<DelegationId> subDelegations, DelegationId revoked, LocalDate revokedOn, String reason) {
        for (DelegationId subDelegation : subDelegations) {
            delegations.load(subDelegation.value())
                    .execute(delegation -> delegation.endByRevocationOf(revoked, revokedOn, reason, this));
        }
    }
}
