package org.decisionledger.command.delegation;

import java.time.LocalDate;
import java.util.List;

import org.decisionledger.kernel.delegation.DelegationId;

/**
 * Carries a revocation down a chain of delegations. The Delegation aggregate takes this as a handler
 * parameter because it cannot load its sub-delegations itself.
 */
@FunctionalInterface
interface DelegationDescendants {

    /** Ends each of {@code subDelegations}, and everything beneath them, from {@code revokedOn}. */
    void endFrom(List<DelegationId> subDelegations, DelegationId revoked, LocalDate revokedOn, String reason);
}
