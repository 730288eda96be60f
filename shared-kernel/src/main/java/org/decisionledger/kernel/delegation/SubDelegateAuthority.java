package org.decisionledger.kernel.delegation;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The holder of delegation {@code parentId} passes part of it on as a new delegation
 * {@code subDelegationId}, within the parent's scope and period.
 *
 * @param scopeTags  empty to keep the parent's
 * @param validUntil null to end with the parent
 */
public record SubDelegateAuthority(
        @TargetAggregateIdentifier DelegationId parentId,
        DelegationId subDelegationId,
        String delegate,
        String scope,
        List<String> scopeTags,
        String conditions,
        LocalDate validFrom,
        LocalDate validUntil) {

    public SubDelegateAuthority {
        scopeTags = scopeTags == null ? List.of() : List.copyOf(scopeTags);
    }
}
