package org.decisionledger.command.scrutiny;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Answers from the event store, in the same unit of work, whether an id already has events. */
@Component
class StoredRecords implements ScrutinyItemCreationHandler.RecordedItems {

    private final EventStore eventStore;

    StoredRecords(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean exists(String id) {
        return eventStore.lastSequenceNumberFor(id).isPresent();
    }
}
