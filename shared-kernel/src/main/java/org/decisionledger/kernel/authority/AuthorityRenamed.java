package org.decisionledger.kernel.authority;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The council's name changed.
 *
 * <p>Revision 2 added {@code previousName}. Revision 1 did not record it, so events stored before
 * then are upcast with {@code previousName} null: "not recorded", never guessed.
 */
@Revision("2")
public record AuthorityRenamed(AuthorityId authorityId, String name, String previousName, LocalDate configuredOn)
        implements AuthorityEvent {

    @Override
    public LocalDate businessDate() {
        return configuredOn;
    }
}
