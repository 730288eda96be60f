package org.decisionledger.query.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * An aggregate's events as they were recorded up to an instant, for "as of" views: read from the
 * first event, never from a snapshot, since a snapshot may postdate the instant.
 */
@Component
public class RecordedEvents {

    /** One recorded event of the expected kind, with where and when it was recorded. */
    public record Recorded<E>(E event, long sequence, Instant recordedAt, MetaData metaData) {

        public String actor() {
            Object actor = metaData.get("actor");
            return actor == null ? null : actor.toString();
        }
    }

    private final EventStore eventStore;

    RecordedEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public <E> List<Recorded<E>> upTo(String aggregateId, Instant instant, Class<E> kind) {
        List<Recorded<E>> recorded = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0L);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getTimestamp().isAfter(instant)) {
                break;
            }
            if (kind.isInstance(message.getPayload())) {
                recorded.add(new Recorded<>(kind.cast(message.getPayload()), message.getSequenceNumber(),
                        message.getTimestamp(), message.getMetaData()));
            }
        }
        return recorded;
    }
}
