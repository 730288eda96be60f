package org.decisionledger.app.audit;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Carries the audit metadata from a command onto every event it causes. {@code causationId} names
 * the message that directly caused an event; {@code correlationId} names the command that started
 * the whole chain, so an event caused by a deadline still points at the publishing command. (Axon's
 * own origin provider would make the correlation id the direct parent, which is a causation id.)
 * Events caused by a deadline name the system as their actor.
 */
class AuditCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : AuditMetadata.CARRIED_FROM_COMMAND) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        if (message instanceof DeadlineMessage<?> deadline) {
            data.put(AuditMetadata.ACTOR, AuditMetadata.SYSTEM_ACTOR);
            data.put(AuditMetadata.ACTOR_NAME, "Decision Ledger");
            data.put(AuditMetadata.ROLES, "SYSTEM");
            data.put(AuditMetadata.COMMAND, "deadline:" + deadline.getDeadlineName());
        }
        data.put(AuditMetadata.CAUSATION_ID, message.getIdentifier());
        Object origin = message.getMetaData().get(AuditMetadata.CORRELATION_ID);
        data.put(AuditMetadata.CORRELATION_ID, origin != null ? origin : message.getIdentifier());
        return data;
    }
}
