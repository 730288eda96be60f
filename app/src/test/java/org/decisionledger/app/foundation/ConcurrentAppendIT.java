package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.decisionledger.app.support.IntegrationTest;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRenamed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two nodes appending the same sequence of one aggregate: PostgreSQL's duplicate key must surface
 * as a concurrency conflict (answered 409), not as a generic store failure.
 */
class ConcurrentAppendIT extends IntegrationTest {

    @Autowired
    private EventStore eventStore;

    @Test
    void aDuplicateLaterSequenceIsAConcurrencyConflictAndNothingIsWritten() {
        String id = "race-" + UUID.randomUUID().toString().substring(0, 8);
        api.as("admin").put("/api/authorities/" + id, Map.of("name", "Race council", "callInWorkingDays", 3));
        assertThat(api.as("admin").put("/api/authorities/" + id, Map.of("name", "Race council (renamed)",
                "callInWorkingDays", 3)).header("ETag")).isEqualTo("\"1\"");
        long before = storedEvents();

        GenericDomainEventMessage<AuthorityRenamed> competing = new GenericDomainEventMessage<>("Authority", id, 1L,
                new AuthorityRenamed(new AuthorityId(id), "Written by another node", null, null));

        assertThatThrownBy(() -> eventStore.publish(competing)).isInstanceOf(ConcurrencyException.class);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDuplicateCreationIsRefusedAndNothingIsWritten() {
        String id = "race-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").put("/api/authorities/" + id, Map.of("name", "Race council", "callInWorkingDays", 3))
                .status()).isEqualTo(201);
        long before = storedEvents();

        GenericDomainEventMessage<AuthorityRenamed> competing = new GenericDomainEventMessage<>("Authority", id, 0L,
                new AuthorityRenamed(new AuthorityId(id), "Written by another node", null, null));

        assertThatThrownBy(() -> eventStore.publish(competing)).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT payload->>'name' FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, id)).isEqualTo("Race council");
    }
}
