package org.decisionledger.query.replay;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

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
}
