package org.decisionledger.query.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.decisionledger.query.common.KeySetStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the event table as stored, for the ledger, histories, verification and exports. The table
 * is Axon's JDBC event storage (see the app's storage configuration); these reads never write.
 */
@Repository
public class EventTable {

    private final JdbcTemplate jdbc;

    EventTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored events with these identifiers, by identifier; identifiers not in the table are absent. */
    public Map<String, StoredEvent> byIdentifiers(Collection<String> eventIdentifiers) {
        Map<String, StoredEvent> found = new HashMap<>();
        KeySetStatements.query(jdbc,
                "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry e WHERE e.event_identifier = ANY (?)",
                (rs, row) -> StoredEvent.read(rs, 1), (Object) eventIdentifiers.toArray(String[]::new))
                .forEach(event -> found.put(event.eventIdentifier(), event));
        return found;
    }

    /** An aggregate's events in sequence order, only if the aggregate is of the given type. */
    public List<StoredEvent> stream(String aggregateType, String aggregateIdentifier) {
        return jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry e"
                        + " WHERE e.aggregate_identifier = ? AND e.type = ? ORDER BY e.sequence_number",
                (rs, row) -> StoredEvent.read(rs, 1), aggregateIdentifier, aggregateType);
    }
}
