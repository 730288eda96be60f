package org.decisionledger.app.axon;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.decisionledger.kernel.actionplan.ActionPlanCreated;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ActionPlanCreated} revision 1 becomes revision 2, which added {@code sourceScrutinyItemId}
 * (ADR 22). No plan recorded before it named a scrutiny item, so the field is null: a plan whose
 * source was held as a proposed decision (seed 003 in data loaded before ADR 22) keeps that decision
 * as its source.
 */
@Component
@Order(1)
class ActionPlanCreatedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ActionPlanCreated.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ActionPlanCreated.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("sourceScrutinyItemId");
            return payload;
        });
    }
}
