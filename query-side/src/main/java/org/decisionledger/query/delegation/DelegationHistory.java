package org.decisionledger.query.delegation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.decisionledger.kernel.decision.DecisionEvent;
import org.decisionledger.kernel.delegation.DelegationEvent;
import org.springframework.stereotype.Component;

/** Rebuilds delegations and their source decisions from their events as they were recorded up to an instant. */
@Component
class DelegationHistory {

    private final EventStore eventStore;

    DelegationHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Optional<DelegationView> delegationAsOf(String delegationId, Instant instant) {
        List<DelegationViewFolding.Sequenced> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(delegationId, 0L);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getTimestamp().isAfter(instant)) {
                break;
            }
            if (message.getPayload() instanceof DelegationEvent event) {
                Object actor = message.getMetaData().get("actor");
                events.add(new DelegationViewFolding.Sequenced(event, message.getSequenceNumber(),
                        message.getTimestamp(), actor == null ? null : actor.toString()));
            }
        }
        return Optional.ofNullable(DelegationViewFolding.fold(events));
    }

    Optional<SourceDecision> decisionAsOf(String decisionId, Instant instant) {
        SourceDecision decision = null;
        DomainEventStream stream = eventStore.readEvents(decisionId, 0L);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getTimestamp().isAfter(instant)) {
                break;
            }
            if (message.getPayload() instanceof DecisionEvent event) {
                decision = SourceDecision.apply(decision, event, message.getSequenceNumber());
            }
        }
        return Optional.ofNullable(decision);
    }
}
