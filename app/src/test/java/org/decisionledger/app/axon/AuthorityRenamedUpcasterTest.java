package org.decisionledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRenamed;
import org.junit.jupiter.api.Test;

/**
 * Stored revision-1 JSON of {@link AuthorityRenamed}, exactly as revision 1 wrote it (kept in
 * {@code event-json/AuthorityRenamed.rev1.json}), still loads, in the revision-2 shape.
 */
class AuthorityRenamedUpcasterTest {

    private final EventUpcasterChain upcasters = new EventUpcasterChain(new AuthorityRenamedUpcaster());

    @Test
    void aRevisionOneEventAsStoredLoadsAsRevisionTwoWithItsPreviousNameNotRecorded() throws IOException {
        DomainEventMessage<?> loaded = load(pinned("event-json/AuthorityRenamed.rev1.json"), "1");

        assertThat(loaded.getPayload()).isEqualTo(new AuthorityRenamed(new AuthorityId("authorityid-1"), "name",
                null, LocalDate.of(2023, 9, 21)));
    }

    @Test
    void aRevisionOneEventWithJsonbFormattingLoadsToo() {
        String asPostgresReturnsIt = "{\"name\": \"Kent County Council\", \"authorityId\": \"kent\", "
                + "\"configuredOn\": \"2021-02-04\"}";

        DomainEventMessage<?> loaded = load(asPostgresReturnsIt, "1");

        assertThat(loaded.getPayload()).isEqualTo(new AuthorityRenamed(new AuthorityId("kent"), "Kent County Council",
                null, LocalDate.of(2021, 2, 4)));
    }

    @Test
    void aRevisionTwoEventIsLeftAsItIs() throws IOException {
        DomainEventMessage<?> loaded = load(pinned("event-json/AuthorityRenamed.json"), "2");

        assertThat(loaded.getPayload()).isEqualTo(new AuthorityRenamed(new AuthorityId("authorityid-1"), "name",
                "previousName", LocalDate.of(2023, 9, 21)));
    }

    private DomainEventMessage<?> load(String payload, String revision) {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Authority", "kent", 1, "event-1",
                Instant.parse("2021-02-04T10:00:00Z"), AuthorityRenamed.class.getName(), revision, payload,
                "{\"actor\": \"admin\"}");
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored),
                AxonSerializerConfiguration.ledgerSerializer(), upcasters);
        DomainEventMessage<?> event = stream.next();
        assertThat(event.getMetaData()).containsEntry("actor", "admin");
        return event;
    }

    private String pinned(String file) throws IOException {
        try (InputStream pin = getClass().getClassLoader().getResourceAsStream(file)) {
            assertThat(pin).as(file).isNotNull();
            return new String(pin.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
