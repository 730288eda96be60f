package org.decisionledger.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.decisionledger.query.common.Documents;
import org.decisionledger.query.common.KeySetStatements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Recomputes the whole hash chain from the event table and compares it with the ledger, entry by
 * entry in ledger order, streaming through a cursor so memory stays flat however long the history.
 * Everything is read in one repeatable-read transaction: one consistent snapshot.
 */
@Component
public class LedgerVerification {

    private static final Logger log = LoggerFactory.getLogger(LedgerVerification.class);
    static final int FETCH_SIZE = 500;

    /**
     * @param events              entries in the ledger
     * @param verifiedEvents      entries whose recomputed hash matched, from the first on
     * @param headPosition        the ledger position of the head
     * @param headHash            the ledger's head hash: publish it, and compare it later
     * @param firstInvalidSequence the ledger position of the first entry that does not match
     * @param problem             what did not match there
     * @param unchainedEvents     events in the table the ledger has not chained (yet)
     * @param anchor              a head published earlier, if one was given to check
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(
            long events,
            long verifiedEvents,
            Long headPosition,
            String headHash,
            boolean valid,
            Long firstInvalidSequence,
            Long firstInvalidGlobalIndex,
            String firstInvalidEventIdentifier,
            String problem,
            long unchainedEvents,
            Long firstUnchainedGlobalIndex,
            Anchor anchor,
            Instant verifiedAt) {
    }

    /** A head hash published earlier: the recomputed chain must pass through it. */
    public record Anchor(long position, String hash, Boolean matches) {
    }

    /** Where and why the chain first failed to match. */
    enum Problem {
        /** The stored event's bytes no longer hash to what the ledger recorded. */
        HASH_MISMATCH,
        /** The ledger chained an event the table no longer holds (deleted, or its identifier edited). */
        EVENT_MISSING,
        /** The event is there, but at another global index than when it was chained. */
        GLOBAL_INDEX_MOVED,
        /** A ledger entry is missing: positions must run 1, 2, 3, ... */
        LEDGER_POSITION_MISSING,
        /** The recomputed chain does not pass through the head published earlier. */
        PUBLISHED_HEAD_MISMATCH,
        /**
         * An event stored behind the ledger's position that the ledger never chained: it was added to
         * the table after the ledger had passed its place, which no command of the service does.
         */
        EVENT_NOT_CHAINED
    }

    /** {@code position} is the ledger position, null where the problem has none. */
    private record Mismatch(Long position, Long globalIndex, String eventIdentifier, Problem problem) {
    }

    /** How far the ledger's processor has read the event table: its tracking token's index and gaps. */
    record LedgerReadPosition(long index, List<Long> gaps) {
    }

    private record Walk(long verified, Mismatch mismatch, String anchorHash) {
    }

    private final JdbcTemplate streaming;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    LedgerVerification(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
    }

    public Report verify(Optional<Anchor> anchor) {
        Report report = snapshot.execute(status -> verifyInSnapshot(anchor.orElse(null)));
        if (report.valid()) {
            log.info("Ledger verified: {} events, head position {}, head hash {}", report.events(),
                    report.headPosition(), report.headHash());
        } else {
            log.error("Ledger verification FAILED at position {} (global index {}): {}; head hash {}",
                    report.firstInvalidSequence(), report.firstInvalidGlobalIndex(), report.problem(),
                    report.headHash());
        }
        return report;
    }

    private Report verifyInSnapshot(Anchor anchor) {
        Map<String, Object> head = streaming.queryForMap("""
                SELECT count(*) AS events, max(ledger_position) AS position,
                       (SELECT hash FROM ledger_entry ORDER BY ledger_position DESC LIMIT 1) AS hash
                FROM ledger_entry""");
        long events = ((Number) head.get("events")).longValue();
        Long headPosition = head.get("position") == null ? null : ((Number) head.get("position")).longValue();
        String headHash = (String) head.get("hash");

        String ledgerWithEvents = "SELECT l.ledger_position, l.event_identifier, l.global_index, l.hash, "
                + StoredEvent.COLUMNS
                + " FROM ledger_entry l LEFT JOIN domain_event_entry e ON e.event_identifier = l.event_identifier"
                + " ORDER BY l.ledger_position";
        Walk walk = streaming.query(ledgerWithEvents,
                (ResultSetExtractor<Walk>) rs -> walk(rs, anchor == null ? 0 : anchor.position()));

        Map<String, Object> unchained = streaming.queryForMap("""
                SELECT count(*) AS events, min(e.global_index) AS first FROM domain_event_entry e
                WHERE NOT EXISTS (SELECT 1 FROM ledger_entry l WHERE l.event_identifier = e.event_identifier)""");

        Mismatch mismatch = walk.mismatch();
        if (mismatch == null) {
            mismatch = firstEventBehindTheLedger().orElse(null);
        }
        Anchor checked = null;
        if (anchor != null) {
            boolean matches = anchor.hash().equalsIgnoreCase(String.valueOf(walk.anchorHash()));
            checked = new Anchor(anchor.position(), anchor.hash(), matches);
            if (!matches && mismatch == null) {
                mismatch = new Mismatch(null, null, null, Problem.PUBLISHED_HEAD_MISMATCH);
            }
        }
        return new Report(events, walk.verified(), headPosition, headHash, mismatch == null,
                mismatch == null ? null : mismatch.position(),
                mismatch == null ? null : mismatch.globalIndex(),
                mismatch == null ? null : mismatch.eventIdentifier(),
                mismatch == null ? null : mismatch.problem().name(),
                ((Number) unchained.get("events")).longValue(),
                unchained.get("first") == null ? null : ((Number) unchained.get("first")).longValue(),
                checked, clock.instant());
    }

    /**
     * The first event the ledger should have chained and did not. The ledger's processor has read
     * every event up to its token's index except those in its gaps (transactions not yet committed
     * when it passed); an event there that is not chained was inserted behind the ledger's back.
     * Events after the index are simply not chained yet.
     */
    private Optional<Mismatch> firstEventBehindTheLedger() {
        List<LedgerReadPosition> read = streaming.query("""
                SELECT token_type, convert_from(token, 'UTF8') AS token FROM token_entry
                WHERE processor_name = 'ledger' AND segment = 0 AND token IS NOT NULL""",
                (rs, row) -> readPosition(rs.getString("token_type"), rs.getString("token")));
        if (read.isEmpty() || read.get(0) == null) {
            return Optional.empty();
        }
        LedgerReadPosition position = read.get(0);
        return KeySetStatements.query(streaming, """
                SELECT e.global_index, e.event_identifier FROM domain_event_entry e
                WHERE e.global_index <= ? AND NOT (e.global_index = ANY (?))
                  AND NOT EXISTS (SELECT 1 FROM ledger_entry l WHERE l.event_identifier = e.event_identifier)
                ORDER BY e.global_index LIMIT 1""",
                (rs, row) -> new Mismatch(null, rs.getLong(1), rs.getString(2), Problem.EVENT_NOT_CHAINED),
                position.index(), position.gaps().toArray(Long[]::new)).stream().findFirst();
    }

    /** The ledger's token as Axon's Jackson serializer stored it; null for a kind that has no gaps to read. */
    static LedgerReadPosition readPosition(String tokenType, String token) {
        if (tokenType == null || !tokenType.endsWith(".GapAwareTrackingToken")) {
            return null;
        }
        LedgerReadPosition position = Documents.read(token, LedgerReadPosition.class);
        return new LedgerReadPosition(position.index(), position.gaps() == null ? List.of() : position.gaps());
    }

    private static Walk walk(ResultSet rs, long anchorPosition) throws SQLException {
        String previous = LedgerHash.GENESIS;
        String anchorHash = null;
        long expectedPosition = 1;
        long verified = 0;
        while (rs.next()) {
            long position = rs.getLong(1);
            String chainedIdentifier = rs.getString(2);
            long chainedGlobalIndex = rs.getLong(3);
            String recordedHash = rs.getString(4);
            if (position != expectedPosition) {
                return new Walk(verified, new Mismatch(expectedPosition, null, null, Problem.LEDGER_POSITION_MISSING),
                        anchorHash);
            }
            rs.getLong(5);
            if (rs.wasNull()) {
                return new Walk(verified, new Mismatch(position, chainedGlobalIndex, chainedIdentifier,
                        Problem.EVENT_MISSING), anchorHash);
            }
            StoredEvent event = StoredEvent.read(rs, 5);
            if (event.globalIndex() != chainedGlobalIndex) {
                return new Walk(verified, new Mismatch(position, chainedGlobalIndex, chainedIdentifier,
                        Problem.GLOBAL_INDEX_MOVED), anchorHash);
            }
            String recomputed = LedgerHash.chain(previous, event);
            if (!recomputed.equals(recordedHash)) {
                return new Walk(verified, new Mismatch(position, event.globalIndex(), chainedIdentifier,
                        Problem.HASH_MISMATCH), anchorHash);
            }
            if (position == anchorPosition) {
                anchorHash = recomputed;
            }
            previous = recomputed;
            verified++;
            expectedPosition++;
        }
        return new Walk(verified, null, anchorHash);
    }
}
