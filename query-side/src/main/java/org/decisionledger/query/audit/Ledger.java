package org.decisionledger.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.decisionledger.query.common.KeySetStatements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The hash chain over the recorded history. Appended to by the ledger processor alone, which runs
 * in one segment on one thread, so the chain has one order; the table refuses updates and deletes.
 */
@Repository
public class Ledger {

    private static final Logger log = LoggerFactory.getLogger(Ledger.class);
    /** How often the head is written to the log as events are chained, so the logs carry it too. */
    private static final long LOG_HEAD_EVERY = 1000;

    public record Head(long position, long globalIndex, String eventIdentifier, String hash, Instant chainedAt) {
    }

    private final JdbcTemplate jdbc;
    private final EventTable events;

    Ledger(JdbcTemplate jdbc, EventTable events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Head> head() {
        return jdbc.query("""
                SELECT ledger_position, global_index, event_identifier, hash, chained_at FROM ledger_entry
                ORDER BY ledger_position DESC LIMIT 1""",
                (rs, row) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).stream().findFirst();
    }

    /**
     * Chains stored events onto the head, in the order given; events already chained are left as
     * they are. Four statements however many events: which are chained, the events' rows, the head,
     * and one batched insert.
     */
    void chain(List<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return;
        }
        Set<String> chained = new HashSet<>(KeySetStatements.query(jdbc,
                "SELECT event_identifier FROM ledger_entry WHERE event_identifier = ANY (?)",
                (rs, row) -> rs.getString(1), (Object) eventIdentifiers.toArray(String[]::new)));
        List<String> toChain = eventIdentifiers.stream().distinct().filter(id -> !chained.contains(id)).toList();
        if (toChain.isEmpty()) {
            return;
        }
        Map<String, StoredEvent> stored = events.byIdentifiers(toChain);
        Optional<Head> head = head();
        long position = head.map(Head::position).orElse(0L);
        String hash = head.map(Head::hash).orElse(LedgerHash.GENESIS);
        List<Object[]> rows = new ArrayList<>(toChain.size());
        for (String eventIdentifier : toChain) {
            StoredEvent event = stored.get(eventIdentifier);
            if (event == null) {
                throw new IllegalStateException("Event " + eventIdentifier + " was delivered but is not in the event table");
            }
            position++;
            hash = LedgerHash.chain(hash, event);
            rows.add(new Object[] {position, eventIdentifier, event.globalIndex(), hash});
            if (position % LOG_HEAD_EVERY == 0) {
                log.info("Ledger head: position {}, global index {}, hash {}", position, event.globalIndex(), hash);
            }
        }
        jdbc.batchUpdate("INSERT INTO ledger_entry (ledger_position, event_identifier, global_index, hash) VALUES (?, ?, ?, ?)",
                rows);
    }
}
