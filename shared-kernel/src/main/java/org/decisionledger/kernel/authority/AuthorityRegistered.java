package org.decisionledger.kernel.authority;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AuthorityRegistered(
        AuthorityId authorityId,
        String name,
        AuthorityRules rules,
        LocalDate validFrom,
        LocalDate configuredOn) implements AuthorityEvent {

    @Override
    public LocalDate businessDate() {
        return configuredOn;
    }
}
