package org.decisionledger.app.axon;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One revision of an event to the next, where the next added a field that the older events never
 * recorded. The field is written as an explicit null rather than guessed. Stored rows are never
 * rewritten: this runs each time an older event is read, before deserialization, so every reader
 * (aggregates, projections, as-of views) sees the newer shape only.
 */
abstract class FieldAddedUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final String field;

    FieldAddedUpcaster(Class<?> event, String fromRevision, String toRevision, String field) {
        this.from = new SimpleSerializedType(event.getName(), fromRevision);
        this.to = new SimpleSerializedType(event.getName(), toRevision);
        this.field = field;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull(field);
            return payload;
        });
    }
}
