package org.decisionledger.kernel.authority;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a council or adopts a new version of its rules. {@code validFrom} null means, for a new
 * council, that its rules apply to every date no later version covers, and for a registered one that
 * the new rules apply from {@code configuredOn}, the business day the administrator made the change:
 * a change never reaches back over decisions already dated under the rules before it.
 */
public record ConfigureAuthority(
        @TargetAggregateIdentifier AuthorityId authorityId,
        String name,
        AuthorityRules rules,
        LocalDate validFrom,
        LocalDate configuredOn) {
}
