package org.decisionledger.kernel.authority;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a council or adopts a new version of its rules. {@code validFrom} null means the rules
 * apply to every date no later version covers. {@code configuredOn} is the business day the
 * administrator made the change.
 */
public record ConfigureAuthority(
        @TargetAggregateIdentifier AuthorityId authorityId,
        String name,
        AuthorityRules rules,
        LocalDate validFrom,
        LocalDate configuredOn) {
}
