package org.decisionledger.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the event table exactly as stored: no upcasting, no deserialization. Payload and
 * metadata are the text PostgreSQL gives for their jsonb columns.
 */
public record StoredEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateType,
        String aggregateIdentifier,
        long sequenceNumber,
        String timestamp,
        String payloadType,
        String payloadRevision,
        String payload,
        String metaData) {

    /** The columns {@link #read(ResultSet, int)} expects, in order, for a table aliased {@code e}. */
    static final String COLUMNS = "e.global_index, e.event_identifier, e.type, e.aggregate_identifier, "
            + "e.sequence_number, e.time_stamp, e.payload_type, e.payload_revision, e.payload::text, e.meta_data::text";

    /** Reads the ten {@link #COLUMNS} starting at column {@code first}. */
    static StoredEvent read(ResultSet rs, int first) throws SQLException {
        return new StoredEvent(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getLong(first + 4), rs.getString(first + 5), rs.getString(first + 6),
                rs.getString(first + 7), rs.getString(first + 8), rs.getString(first + 9));
    }

    /** The payload type without its package: the event's name as the domain speaks it. */
    public String simpleType() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
