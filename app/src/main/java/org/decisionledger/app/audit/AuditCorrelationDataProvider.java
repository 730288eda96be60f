package org.decisionledger.app.audit;

import org.decisionledger.kernel.common.MetadataKeys;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Carries the audit metadata from a command onto every event it causes. What a deadline or an event
 * handler (a saga) causes names the system as its actor, and keeps the import's keys but not a
 * supplement's, which name the fields of the command that carried them. Causation and correlation ids come from the
 * message origin provider (see {@link AuditConfiguration}).
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
            system(data, "deadline:" + deadline.getDeadlineName());
        } else if (message instanceof EventMessage<?> event) {
            // Whatever a saga or other event handler sends, the system sends, on its own account.
            system(data, "event:" + event.getPayloadType().getSimpleName());
        }
        return data;
    }

    private static void system(Map<String, Object> data, String cause) {
        // The supplemented facts are the sending command's fields; what the system does next follows from it by causation.
        data.remove(AuditMetadata.SUPPLEMENTED_FROM);
        data.remove(AuditMetadata.SUPPLEMENTED_FACTS);
        data.put(MetadataKeys.ACTOR, AuditMetadata.SYSTEM_ACTOR);
        data.put(MetadataKeys.ACTOR_NAME, "Decision Ledger");
        data.put(MetadataKeys.ROLES, "SYSTEM");
        data.put(MetadataKeys.COMMAND, cause);
    }
}
