package org.decisionledger.query.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.decisionledger.kernel.decision.DecisionEvent;
import org.springframework.stereotype.Component;

/** Rebuilds a decision's view from its events as they were recorded up to an instant. */
@Component
public class DecisionHistory {

    private final EventStore eventStore;

    DecisionHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<DecisionView> asOf(String decisionId, Instant instant) {
        List<DecisionViewFolding.Sequenced> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(decisionId, 0L);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getTimestamp().isAfter(instant)) {
                break;
            }
            if (message.getPayload() instanceof DecisionEvent event) {
                events.add(new DecisionViewFolding.Sequenced(event, message.getSequenceNumber(), message.getTimestamp()));
            }
        }
        return events.isEmpty() ? Optional.empty() : Optional.of(DecisionViewFolding.fold(events));
    }
}
