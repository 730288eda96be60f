package org.decisionledger.kernel.authority;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A new version of the rules, in force for decisions published on or after {@code validFrom}. */
@Revision("1")
public record AuthorityRulesAdopted(
        AuthorityId authorityId,
        AuthorityRules rules,
        LocalDate validFrom,
        LocalDate configuredOn) implements AuthorityEvent {

    @Override
    public LocalDate businessDate() {
        return configuredOn;
    }
}
