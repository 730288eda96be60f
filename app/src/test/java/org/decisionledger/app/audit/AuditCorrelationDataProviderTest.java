package org.decisionledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/** What each kind of handled message passes on to the messages its handler causes. */
class AuditCorrelationDataProviderTest {

    private static final MetaData OFFICERS = MetaData.from(Map.of("actor", "officer", "actorName", "A. Officer",
            "roles", "OFFICER", "requestId", "req-1", "command", "PublishDecision", "correlationId", "root-1"));

    private final AuditCorrelationDataProvider provider = new AuditCorrelationDataProvider();

    @Test
    void aCommandsEventsCarryItsSender() {
        Map<String, Object> data = Map.copyOf(provider.correlationDataFor(
                new GenericCommandMessage<>("payload").withMetaData(OFFICERS)));

        assertThat(data).containsEntry("actor", "officer").containsEntry("roles", "OFFICER")
                .containsEntry("requestId", "req-1").containsEntry("command", "PublishDecision");
    }

    @Test
    void aDeadlinesEventsNameTheSystem() {
        Map<String, Object> data = Map.copyOf(provider.correlationDataFor(GenericDeadlineMessage
                .asDeadlineMessage("call-in-window-closes", "payload", Instant.EPOCH).withMetaData(OFFICERS)));

        assertThat(data).containsEntry("actor", "system").containsEntry("roles", "SYSTEM")
                .containsEntry("command", "deadline:call-in-window-closes");
    }

    @Test
    void whatASagaSendsNamesTheSystem() {
        Map<String, Object> data = Map.copyOf(provider.correlationDataFor(
                GenericEventMessage.asEventMessage("payload").withMetaData(OFFICERS)));

        assertThat(data).containsEntry("actor", "system").containsEntry("command", "event:String");
    }

    @Test
    void anImportsKeysTravelOnButACommandsSupplementStaysWithItsOwnEvents() {
        MetaData imported = OFFICERS.and("importId", "import-1").and("sourceHash", "ab12")
                .and("supplementedFrom", "https://example.org/record").and("supplementedFacts", "publishedOn");

        Map<String, Object> fromCommand = Map.copyOf(provider.correlationDataFor(
                new GenericCommandMessage<>("payload").withMetaData(imported)));
        Map<String, Object> fromDeadline = Map.copyOf(provider.correlationDataFor(GenericDeadlineMessage
                .asDeadlineMessage("decision-takes-effect", "payload", Instant.EPOCH).withMetaData(imported)));

        assertThat(fromCommand).containsEntry("importId", "import-1").containsEntry("sourceHash", "ab12")
                .containsEntry("supplementedFrom", "https://example.org/record")
                .containsEntry("supplementedFacts", "publishedOn");
        assertThat(fromDeadline).containsEntry("importId", "import-1").containsEntry("sourceHash", "ab12")
                .doesNotContainKeys("supplementedFrom", "supplementedFacts");
    }
}
