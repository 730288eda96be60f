package org.decisionledger.query.replay;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A processor's segments as stored, whichever node holds them: how many no node holds, and the lowest
 * position any of them has committed. Tokens are kept in PostgreSQL in every mode (the axonserver
 * profile included), and a released claim has no owner.
 */
@Component
class SegmentClaims {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    SegmentClaims(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    int unclaimed(String processorName) {
        Integer unclaimed = jdbc.queryForObject(
                "SELECT count(*) FROM token_entry WHERE processor_name = ? AND owner IS NULL", Integer.class,
                processorName);
        return unclaimed == null ? 0 : unclaimed;
    }

    /**
     * The lowest position among the processor's stored tokens of the segments other than these: a
     * segment no node can hold (its handler fails on an event and the claim is released between
     * retries) stays there, so the lag counted from it shows what the view is missing. Empty when no
     * such segment has a position yet.
     *
     * @param heldHere segments this node holds, whose own status is more recent than their tokens
     */
    OptionalLong lowestStoredPosition(String processorName, Set<Integer> heldHere) {
        List<OptionalLong> positions = jdbc.query("""
                SELECT token, token_type FROM token_entry
                WHERE processor_name = ? AND token IS NOT NULL AND segment <> ALL (?)""",
                (rs, row) -> position(rs.getBytes(1), rs.getString(2)), processorName,
                heldHere.toArray(Integer[]::new));
        return positions.stream().filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
    }

    private OptionalLong position(byte[] token, String type) {
        try {
            TrackingToken tracking = serializer.deserialize(
                    new SimpleSerializedObject<>(token, byte[].class, type, null));
            return tracking == null ? OptionalLong.empty() : tracking.position();
        } catch (SerializationException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Whether a segment of the processor other than these is replaying and behind the position it was
     * reset at: a rebuild under way on another node, or between a reset and the restart.
     *
     * @param heldHere segments this node holds, whose own status counts instead
     */
    boolean replayBehind(String processorName, Set<Integer> heldHere) {
        List<Boolean> behind = jdbc.query("""
                SELECT token, token_type FROM token_entry
                WHERE processor_name = ? AND token_type LIKE '%ReplayToken' AND segment <> ALL (?)""",
                (rs, row) -> behind(rs.getBytes(1), rs.getString(2)), processorName,
                heldHere.toArray(Integer[]::new));
        return behind.contains(Boolean.TRUE);
    }

    /**
     * The claims on the processor's segments held by nodes other than {@code node} and not yet timed
     * out, as "owner (segment n)": what keeps a reset from going ahead.
     */
    List<String> heldElsewhere(String processorName, String node, Duration claimTimeout, Instant now) {
        List<String> held = new ArrayList<>();
        jdbc.query("""
                SELECT segment, owner, timestamp FROM token_entry
                WHERE processor_name = ? AND owner IS NOT NULL AND owner <> ? ORDER BY segment""", rs -> {
            if (live(rs.getString(3), claimTimeout, now)) {
                held.add(rs.getString(2) + " (segment " + rs.getInt(1) + ")");
            }
        }, processorName, node);
        return held;
    }

    private static boolean live(String timestamp, Duration claimTimeout, Instant now) {
        try {
            return timestamp == null || Instant.parse(timestamp).plus(claimTimeout).isAfter(now);
        } catch (DateTimeParseException unreadable) {
            return true;
        }
    }

    private boolean behind(byte[] token, String type) {
        try {
            TrackingToken tracking = serializer.deserialize(
                    new SimpleSerializedObject<>(token, byte[].class, type, null));
            if (!(tracking instanceof ReplayToken replay)) {
                return false;
            }
            OptionalLong reset = replay.getTokenAtReset() == null ? OptionalLong.empty()
                    : replay.getTokenAtReset().position();
            OptionalLong current = replay.position();
            return reset.isPresent() && (current.isEmpty() || current.getAsLong() < reset.getAsLong());
        } catch (SerializationException e) {
            return false;
        }
    }
}
