package org.decisionledger.kernel.delegation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The delegation was revoked: it is not in force on {@code revokedOn} or after. */
@Revision("1")
public record DelegationRevoked(DelegationId delegationId, LocalDate revokedOn, String reason)
        implements DelegationEvent {

    @Override
    public LocalDate businessDate() {
        return revokedOn;
    }
}
