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
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.decisionledger.kernel.actionplan.ActionPlanCreated;
import org.decisionledger.kernel.actionplan.ActionPlanId;
import org.decisionledger.kernel.actionplan.ActionPlanKind;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;
import org.junit.jupiter.api.Test;

/**
 * Stored revision-1 JSON of {@link ActionPlanCreated}, as revision 1 wrote it (kept in
 * {@code event-json/ActionPlanCreated.rev1.json}), loads in the revision-2 shape with no source
 * scrutiny item; a revision-2 event keeps the one it names.
 */
class ActionPlanCreatedUpcasterTest {

    private static final LocalDate DAY = LocalDate.of(2023, 9, 21);

    private final EventUpcasterChain upcasters = new EventUpcasterChain(new AuthorityRenamedUpcaster(),
            new ActionPlanCreatedUpcaster());

    @Test
    void aRevisionOnePlanAsStoredLoadsWithNoSourceScrutinyItem() throws IOException {
        Object loaded = load(pinned("event-json/ActionPlanCreated.rev1.json"), "1").getPayload();

        assertThat(loaded).isEqualTo(new ActionPlanCreated(new ActionPlanId("planid-1"), new AuthorityId("authorityid-1"),
                "title", ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION, new DecisionId("sourcedecisionid-1"), null,
                "inspectionReference", DAY, DAY, DAY));
    }

    @Test
    void aRevisionTwoPlanKeepsItsSourceScrutinyItem() throws IOException {
        ActionPlanCreated loaded = (ActionPlanCreated) load(pinned("event-json/ActionPlanCreated.json"), "2")
                .getPayload();

        assertThat(loaded.sourceScrutinyItemId()).isEqualTo(new ScrutinyItemId("sourcescrutinyitemid-1"));
    }

    private DomainEventMessage<?> load(String payload, String revision) {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("ActionPlan", "planid-1", 0, "event-1",
                Instant.parse("2023-09-21T10:00:00Z"), ActionPlanCreated.class.getName(), revision, payload,
                "{\"actor\": \"officer\"}");
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored),
                AxonSerializerConfiguration.ledgerSerializer(), upcasters).next();
    }

    private String pinned(String file) throws IOException {
        try (InputStream pin = getClass().getClassLoader().getResourceAsStream(file)) {
            assertThat(pin).as(file).isNotNull();
            return new String(pin.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
