package org.decisionledger.command.authority;

import org.axonframework.eventsourcing.eventstore.EventStore;

/** Builds a real directory over an event store for tests of other features' handlers. */
public final class AuthorityTestAccess {

    private AuthorityTestAccess() {
    }

    public static AuthorityDirectory directoryOver(EventStore eventStore) {
        return new AuthorityDirectory(eventStore);
    }
}
