package org.decisionledger.app.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Append statements that bind payload and metadata as {@code jsonb}, so auditors can read every
 * event with plain SQL. The engine's own statements bind text, which PostgreSQL refuses for jsonb.
 */
final class JsonbStatements {

    private JsonbStatements() {
    }

    static PreparedStatement appendEvents(Connection connection, EventSchema schema, Class<?> dataType,
            List<? extends EventMessage<?>> events, Serializer serializer, TimestampWriter timestampWriter)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(insert(schema, schema.domainEventTable()));
        for (EventMessage<?> event : events) {
            bind(statement, asDomainEvent(event), dataType, serializer, timestampWriter);
            statement.addBatch();
        }
        return statement;
    }

    static PreparedStatement appendSnapshot(Connection connection, EventSchema schema, Class<?> dataType,
            DomainEventMessage<?> snapshot, Serializer serializer, TimestampWriter timestampWriter)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(insert(schema, schema.snapshotTable()));
        bind(statement, snapshot, dataType, serializer, timestampWriter);
        return statement;
    }

    private static String insert(EventSchema schema, String table) {
        return "INSERT INTO " + table + " (" + String.join(", ",
                schema.eventIdentifierColumn(), schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(),
                schema.typeColumn(), schema.timestampColumn(), schema.payloadTypeColumn(),
                schema.payloadRevisionColumn(), schema.payloadColumn(), schema.metaDataColumn())
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    private static void bind(PreparedStatement statement, DomainEventMessage<?> event, Class<?> dataType,
            Serializer serializer, TimestampWriter timestampWriter) throws SQLException {
        SerializedObject<?> payload = event.serializePayload(serializer, dataType);
        SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
        statement.setString(1, event.getIdentifier());
        statement.setString(2, event.getAggregateIdentifier());
        statement.setLong(3, event.getSequenceNumber());
        statement.setString(4, event.getType());
        timestampWriter.writeTimestamp(statement, 5, event.getTimestamp());
        statement.setString(6, payload.getType().getName());
        statement.setString(7, payload.getType().getRevision());
        statement.setObject(8, payload.getData(), Types.OTHER);
        statement.setObject(9, metaData.getData(), Types.OTHER);
    }

    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return domainEvent;
        }
        return new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
