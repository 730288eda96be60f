package org.decisionledger.command.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.common.CommandRefusedAndRecorded;
import org.decisionledger.kernel.common.RuleRefused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The first outcome of each Idempotency-Key, written in the same transaction as the command's
 * events: either both are stored or neither is. A retry with the same key and the same request
 * gets the stored outcome and records nothing; the same key with another request is refused.
 * Keys belong to the signed-in principal and expire after a configurable period.
 */
@Component
public class IdempotencyRecords {

    public static final String KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A key as the caller sent it, with what identifies the request it was first used for. */
    public record Key(String value, String principal, String target, byte[] body) {

        String requestHash() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(target.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
                digest.update(body);
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retention;

    IdempotencyRecords(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${decision-ledger.idempotency.retention:P1D}") Duration retention) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.retention = retention;
    }

    CommandDispatcher.Outcome once(Key key, Supplier<CommandDispatcher.Outcome> command) {
        String hash = key.requestHash();
        return transactions.execute(status -> {
            Timestamp now = Timestamp.from(clock.instant());
            Timestamp expired = Timestamp.from(clock.instant().minus(retention));
            jdbc.update("DELETE FROM idempotency_record WHERE idempotency_key = ? AND principal = ? AND created_at < ?",
                    key.value(), key.principal(), expired);
            int claimed = jdbc.update("""
                    INSERT INTO idempotency_record (idempotency_key, principal, target, request_hash, created_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key, principal) DO NOTHING""",
                    key.value(), key.principal(), key.target(), hash, now);
            if (claimed == 0) {
                return replay(key, hash);
            }
            CommandDispatcher.Outcome outcome = command.get();
            jdbc.update("UPDATE idempotency_record SET outcome = ?::jsonb WHERE idempotency_key = ? AND principal = ?",
                    JSON.writeValueAsString(stored(outcome)), key.value(), key.principal());
            return outcome;
        });
    }

    private CommandDispatcher.Outcome replay(Key key, String hash) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT request_hash, outcome::text AS outcome FROM idempotency_record
                WHERE idempotency_key = ? AND principal = ?""", key.value(), key.principal());
        Map<String, Object> row = rows.get(0);
        if (!hash.equals(row.get("request_hash"))) {
            throw new RuleRefused(KEY_REUSED, "This Idempotency-Key was already used for a different request.");
        }
        Stored stored = JSON.readValue((String) row.get("outcome"), Stored.class);
        if (stored.refusalCode() != null) {
            return new CommandDispatcher.Outcome(null, new CommandRefusedAndRecorded(stored.id(), stored.version(),
                    stored.refusalCode(), stored.refusalMessage()), true);
        }
        return new CommandDispatcher.Outcome(new CommandAccepted(stored.id(), stored.version(),
                stored.facts() == null ? Map.of() : stored.facts()), null, true);
    }

    private static Stored stored(CommandDispatcher.Outcome outcome) {
        if (outcome.refusal() != null) {
            CommandRefusedAndRecorded refusal = outcome.refusal();
            return new Stored(refusal.id(), refusal.version(), null, refusal.code(), refusal.message());
        }
        CommandAccepted accepted = outcome.accepted();
        return new Stored(accepted.id(), accepted.version(), accepted.facts(), null, null);
    }

    /** The stored outcome; facts are the JSON-friendly values command handlers return. */
    record Stored(String id, long version, Map<String, Object> facts, String refusalCode, String refusalMessage) {
    }

    @Scheduled(fixedDelayString = "${decision-ledger.idempotency.cleanup-interval:PT1H}")
    void forgetExpired() {
        jdbc.update("DELETE FROM idempotency_record WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
    }
}
