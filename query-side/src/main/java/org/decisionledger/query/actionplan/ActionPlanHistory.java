package org.decisionledger.query.actionplan;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.decisionledger.kernel.actionplan.ActionPlanEvent;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a plan's tracker from its events as they were recorded up to an instant, with the same
 * folding the live tracker uses. Reads from the first event, never from a snapshot, since a
 * snapshot may postdate the instant.
 */
@Component
public class ActionPlanHistory {

    private final EventStore eventStore;

    ActionPlanHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<ActionPlanTracker> asOf(String planId, Instant instant) {
        ActionPlanTracker tracker = null;
        DomainEventStream stream = eventStore.readEvents(planId, 0L);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getTimestamp().isAfter(instant)) {
                break;
            }
            if (message.getPayload() instanceof ActionPlanEvent event) {
                tracker = ActionPlanTrackerFolding.apply(tracker, event, message.getSequenceNumber(),
                        message.getTimestamp());
            }
        }
        return Optional.ofNullable(tracker);
    }
}
