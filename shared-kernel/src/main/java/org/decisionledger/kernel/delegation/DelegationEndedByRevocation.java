package org.decisionledger.kernel.delegation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A delegation further up the chain ({@code revokedDelegationId}) was revoked, which ends this one:
 * it is not in force on {@code endedOn} or after.
 */
@Revision("1")
public record DelegationEndedByRevocation(
        DelegationId delegationId,
        LocalDate endedOn,
        DelegationId revokedDelegationId,
        String reason) implements DelegationEvent {

    @Override
    public LocalDate businessDate() {
        return endedOn;
    }
}
