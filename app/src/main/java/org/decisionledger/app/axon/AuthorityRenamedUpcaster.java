package org.decisionledger.app.axon;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.decisionledger.kernel.authority.AuthorityRenamed;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The worked example of changing an event (see "How to change an event" in the README):
 * {@link AuthorityRenamed} revision 1 becomes revision 2, which added {@code previousName}. Stored
 * rows are never rewritten; this runs each time a revision-1 event is read, before deserialization,
 * so every reader (aggregates, projections, as-of views) sees the revision-2 shape only.
 */
@Component
@Order(0)
class AuthorityRenamedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(AuthorityRenamed.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(AuthorityRenamed.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            // Revision 1 never recorded the previous name: say so explicitly rather than guess it.
            ((ObjectNode) payload).putNull("previousName");
            return payload;
        });
    }
}
