package org.decisionledger.query.audit;

import org.decisionledger.kernel.common.MetadataKeys;
import java.time.Instant;
import java.util.List;

import org.decisionledger.query.common.NotFoundInRegister;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An aggregate's raw event stream as stored: revision as written, payload and metadata as recorded,
 * nothing upcast or folded. What an auditor compares with the register's views.
 */
@Component
public class EventHistory {

    /**
     * @param sequence    the event's number within its aggregate, from 0
     * @param type        the event's name; {@code payloadType} is the stored class name
     * @param revision    the payload revision it was stored with
     * @param recordedAt  when it was recorded (the business date is in the payload)
     * @param actor       the signed-in principal who caused it, or {@code system}
     */
    public record Entry(long sequence, String type, String payloadType, String revision, Instant recordedAt,
            String actor, JsonNode payload, JsonNode metadata, long globalIndex, String eventId) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventTable events;

    EventHistory(EventTable events) {
        this.events = events;
    }

    /** The stream of an aggregate of {@code aggregateType}; unknown ids answer 404 as {@code what}. */
    public List<Entry> of(String aggregateType, String aggregateIdentifier, String what) {
        List<Entry> history = events.stream(aggregateType, aggregateIdentifier).stream().map(EventHistory::entry).toList();
        if (history.isEmpty()) {
            throw new NotFoundInRegister(what, aggregateIdentifier);
        }
        return history;
    }

    private static Entry entry(StoredEvent event) {
        JsonNode metadata = event.metaData() == null ? JSON.createObjectNode() : JSON.readTree(event.metaData());
        JsonNode actor = metadata.get(MetadataKeys.ACTOR);
        return new Entry(event.sequenceNumber(), event.simpleType(), event.payloadType(), event.payloadRevision(),
                Instant.parse(event.timestamp()), actor == null || actor.isNull() ? null : actor.asString(),
                JSON.readTree(event.payload()), metadata, event.globalIndex(), event.eventIdentifier());
    }
}
