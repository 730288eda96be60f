package org.decisionledger.query.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.decisionledger.kernel.common.InvalidCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the chained history for an archive, one event per line, each with the hash that chains it
 * and the hash before it, so the archive can be verified offline with nothing but SHA-256 (see
 * {@link LedgerHash}). Rows come through a cursor and go straight to the output: memory stays flat
 * however long the history. The export stops at the ledger head it saw when it started.
 */
@Component
public class AuditExport {

    public enum Format {
        JSONL("application/x-ndjson", "jsonl"),
        CSV("text/csv", "csv");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        public static Format parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidCommand("format", "format must be jsonl or csv");
            }
        }
    }

    /** One exported event. Payload and metadata are canonical JSON text: exactly what was hashed. */
    record Line(
            long position,
            long globalIndex,
            String eventIdentifier,
            String aggregateType,
            String aggregateIdentifier,
            long sequenceNumber,
            String timestamp,
            String payloadType,
            String payloadRevision,
            String payload,
            String metaData,
            String previousHash,
            String hash) {

        static final List<String> COLUMNS = List.of("position", "globalIndex", "eventIdentifier", "aggregateType",
                "aggregateIdentifier", "sequenceNumber", "timestamp", "payloadType", "payloadRevision", "payload",
                "metaData", "previousHash", "hash");

        List<String> values() {
            return List.of(Long.toString(position), Long.toString(globalIndex), eventIdentifier,
                    nullable(aggregateType), aggregateIdentifier, Long.toString(sequenceNumber), timestamp, payloadType,
                    nullable(payloadRevision), payload, nullable(metaData), previousHash, hash);
        }

        private static String nullable(String value) {
            return value == null ? "" : value;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate streaming;
    private final TransactionTemplate snapshot;
    private final Ledger ledger;

    AuditExport(DataSource dataSource, PlatformTransactionManager transactions, Ledger ledger) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(LedgerVerification.FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.ledger = ledger;
    }

    /**
     * Streams the events recorded in [{@code from}, {@code to}) (either may be null) to {@code out}.
     * {@code head} is told the ledger head the export stops at before the first byte is written.
     */
    public void export(Format format, Instant from, Instant to, Consumer<Optional<Ledger.Head>> head,
            OutputStream out) {
        snapshot.executeWithoutResult(status -> {
            Optional<Ledger.Head> at = ledger.head();
            head.accept(at);
            StringBuilder sql = new StringBuilder("SELECT l.ledger_position, l.hash, COALESCE(p.hash, ?), ")
                    .append(StoredEvent.COLUMNS)
                    .append(" FROM ledger_entry l")
                    .append(" JOIN domain_event_entry e ON e.event_identifier = l.event_identifier")
                    .append(" LEFT JOIN ledger_entry p ON p.ledger_position = l.ledger_position - 1")
                    .append(" WHERE l.ledger_position <= ?");
            List<Object> arguments = new ArrayList<>(List.of(LedgerHash.GENESIS, at.map(Ledger.Head::position).orElse(0L)));
            if (from != null) {
                sql.append(" AND e.time_stamp::timestamptz >= ?");
                arguments.add(Timestamp.from(from));
            }
            if (to != null) {
                sql.append(" AND e.time_stamp::timestamptz < ?");
                arguments.add(Timestamp.from(to));
            }
            sql.append(" ORDER BY l.ledger_position");
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            try {
                if (format == Format.CSV) {
                    writer.write(csv(Line.COLUMNS));
                }
                streaming.query(sql.toString(), (RowCallbackHandler) rs -> write(format, line(rs), writer),
                        arguments.toArray());
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("The export could not be written to the client", e);
            }
        });
    }

    private static Line line(ResultSet rs) throws SQLException {
        StoredEvent event = StoredEvent.read(rs, 4);
        return new Line(rs.getLong(1), event.globalIndex(), event.eventIdentifier(), event.aggregateType(),
                event.aggregateIdentifier(), event.sequenceNumber(), event.timestamp(), event.payloadType(),
                event.payloadRevision(), CanonicalJson.of(event.payload()), CanonicalJson.of(event.metaData()),
                rs.getString(3), rs.getString(2));
    }

    private static void write(Format format, Line line, Writer writer) {
        try {
            if (format == Format.CSV) {
                writer.write(csv(line.values()));
            } else {
                writer.write(JSON.writeValueAsString(line));
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written to the client", e);
        }
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String csv(List<String> fields) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                row.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                row.append(field);
            }
        }
        return row.append("\r\n").toString();
    }
}
