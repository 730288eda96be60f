package org.decisionledger.query.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the audit log: filtered, paged, always in the order the events were stored. */
@Repository
public class AuditLog {

    public record Entry(
            long position,
            String eventId,
            Instant recordedAt,
            LocalDate businessDate,
            String type,
            String payloadType,
            String aggregateType,
            String aggregateId,
            Long sequence,
            String actor,
            String actorName,
            List<String> roles,
            String command,
            String correlationId,
            String causationId,
            String requestId,
            String clientAddress) {
    }

    /** Every field optional; {@code from} inclusive, {@code to} exclusive. */
    public record Filter(String actor, String type, String aggregateId, String correlationId, Instant from,
            Instant to) {
    }

    public record Page(List<Entry> items, int page, int size, long total) {
    }

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> arguments = new ArrayList<>();
        condition(where, arguments, "actor = ?", filter.actor());
        if (filter.type() != null) {
            where.append(" AND (event_type = ? OR payload_type = ?)");
            arguments.add(filter.type());
            arguments.add(filter.type());
        }
        condition(where, arguments, "aggregate_identifier = ?", filter.aggregateId());
        condition(where, arguments, "correlation_id = ?", filter.correlationId());
        condition(where, arguments, "recorded_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(where, arguments, "recorded_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        Long total = jdbc.queryForObject("SELECT count(*) FROM audit_log" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add((long) page * size);
        List<Entry> items = jdbc.query("""
                SELECT global_index, event_identifier, recorded_at, business_date, event_type, payload_type,
                    aggregate_type, aggregate_identifier, sequence_number, actor, actor_name, roles, command,
                    correlation_id, causation_id, request_id, client_address
                FROM audit_log""" + where + " ORDER BY global_index LIMIT ? OFFSET ?",
                (rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getObject(9, Long.class), rs.getString(10), rs.getString(11),
                        roles(rs.getString(12)), rs.getString(13), rs.getString(14), rs.getString(15),
                        rs.getString(16), rs.getString(17)),
                paged.toArray());
        return new Page(items, page, size, total == null ? 0 : total);
    }

    private static void condition(StringBuilder where, List<Object> arguments, String clause, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            arguments.add(value);
        }
    }

    private static List<String> roles(String roles) {
        return roles == null || roles.isBlank() ? List.of() : Arrays.stream(roles.split(",")).map(String::strip).toList();
    }
}
