package org.decisionledger.kernel.delegation;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revokes a delegation from {@code revokedOn}; every sub-delegation beneath it ends from the same day. */
public record RevokeDelegation(
        @TargetAggregateIdentifier DelegationId delegationId,
        LocalDate revokedOn,
        String reason) {
}
