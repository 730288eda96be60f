package org.decisionledger.kernel.authority;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AuthorityRenamed(AuthorityId authorityId, String name, LocalDate configuredOn) implements AuthorityEvent {

    @Override
    public LocalDate businessDate() {
        return configuredOn;
    }
}
