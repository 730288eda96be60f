package org.decisionledger.kernel.delegation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * Recorded on the parent when part of its authority was passed on as {@code subDelegationId}, so the
 * parent's own history shows what was done with it and a revocation can reach every descendant.
 */
@Revision("1")
public record AuthoritySubDelegated(
        DelegationId delegationId,
        DelegationId subDelegationId,
        String delegate,
        LocalDate validFrom,
        LocalDate validUntil) implements DelegationEvent {

    @Override
    public LocalDate businessDate() {
        return validFrom;
    }
}
