package org.decisionledger.command.delegation;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.Repository;
import org.decisionledger.kernel.delegation.DelegationId;
import org.springframework.stereotype.Component;

/**
 * Ends sub-delegations in the unit of work of the revocation that reaches them, so the revocation
 * and every ending it causes are recorded together or not at all, and a concurrent exercise or
 * sub-delegation of any of them conflicts instead of slipping through.
 */
@Component
class DelegationTree implements DelegationDescendants {

    private final Repository<Delegation> delegations;

    DelegationTree(Repository<Delegation> delegations) {
        this.delegations = delegations;
    }

    @Override
    public void endFrom(List<DelegationId> subDelegations, DelegationId revoked, LocalDate revokedOn, String reason) {
        for (DelegationId subDelegation : subDelegations) {
            delegations.load(subDelegation.value())
                    .execute(delegation -> delegation.endByRevocationOf(revoked, revokedOn, reason, this));
        }
    }
}
