package org.decisionledger.query.audit;

import org.decisionledger.kernel.common.MetadataKeys;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.decisionledger.kernel.common.LedgerEvent;
import org.decisionledger.query.common.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One audit row per stored event: who (actor, roles), when (recorded and business date), how
 * (command, request) and in which chain (correlation and causation ids). Keyed by the event's
 * global index, so a redelivery or replay writes nothing twice. A batch of events is inserted with
 * one batched statement ({@link ProjectionBatch}).
 */
@Component
@ProcessingGroup(AuditLogProjection.PROCESSING_GROUP)
class AuditLogProjection {

    static final String PROCESSING_GROUP = "audit-log";

    private final JdbcTemplate jdbc;

    AuditLogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The global index is read from the event table by the event's identifier. The tracking token's
     * position is not the event's index when the event filled a gap (an append that committed after
     * a later one): the token then stays at the later index, and the row would take that index. With
     * Axon Server the events are not in that table, and its tokens are the events' own positions.
     */
    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> message ? message : null;
        LocalDate businessDate = payload instanceof LedgerEvent ledgerEvent ? ledgerEvent.businessDate() : null;
        MetaData metaData = event.getMetaData();
        Class<?> type = event.getPayloadType();
        Object[] columns = {domain == null ? null : domain.getType(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                type.getSimpleName(), type.getName(), Timestamp.from(event.getTimestamp()), businessDate,
                text(metaData, MetadataKeys.ACTOR), text(metaData, MetadataKeys.ACTOR_NAME), text(metaData, MetadataKeys.ROLES),
                text(metaData, MetadataKeys.COMMAND), text(metaData, MetadataKeys.CORRELATION_ID),
                text(metaData, MetadataKeys.CAUSATION_ID), text(metaData, MetadataKeys.REQUEST_ID),
                text(metaData, MetadataKeys.CLIENT_ADDRESS), event.getIdentifier()};
        ProjectionBatch.current(Batch.class, () -> new Batch(jdbc)).add(columns, token);
    }

    /** The batch's rows, inserted with one batched statement; the rare row not in the event table after it. */
    static final class Batch implements ProjectionBatch {

        private final JdbcTemplate jdbc;
        private final List<Object[]> rows = new ArrayList<>();
        private final List<TrackingToken> tokens = new ArrayList<>();

        Batch(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void add(Object[] columns, TrackingToken token) {
            rows.add(columns);
            tokens.add(token);
        }

        @Override
        public void flush() {
            // Per-row counts: an INSERT ... SELECT, which the driver's reWriteBatchedInserts leaves as it is.
            int[] inserted = jdbc.batchUpdate("""
                    INSERT INTO audit_log (global_index, aggregate_type, aggregate_identifier, sequence_number,
                        event_type, payload_type, recorded_at, business_date, actor, actor_name, roles, command,
                        correlation_id, causation_id, request_id, client_address, event_identifier)
                    SELECT e.global_index, ?::varchar, ?::varchar, ?::bigint, ?::varchar, ?::varchar, ?::timestamptz,
                        ?::date, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar,
                        ?::varchar, e.event_identifier
                    FROM domain_event_entry e WHERE e.event_identifier = ?
                    ON CONFLICT DO NOTHING""", rows);
            for (int i = 0; i < rows.size(); i++) {
                Object[] columns = rows.get(i);
                String eventIdentifier = (String) columns[columns.length - 1];
                if (inserted[i] != 1 && !recorded(eventIdentifier)) {
                    long globalIndex = tokens.get(i).position().orElseThrow(() -> new IllegalStateException(
                            "The audit log needs the global index of event " + eventIdentifier));
                    Object[] withIndex = new Object[columns.length + 1];
                    withIndex[0] = globalIndex;
                    System.arraycopy(columns, 0, withIndex, 1, columns.length);
                    jdbc.update("""
                            INSERT INTO audit_log (global_index, aggregate_type, aggregate_identifier, sequence_number,
                                event_type, payload_type, recorded_at, business_date, actor, actor_name, roles, command,
                                correlation_id, causation_id, request_id, client_address, event_identifier)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT DO NOTHING""", withIndex);
                }
            }
        }

        private boolean recorded(String eventIdentifier) {
            return Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM audit_log WHERE event_identifier = ?)", Boolean.class, eventIdentifier));
        }
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM audit_log");
    }
}
