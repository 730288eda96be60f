package org.decisionledger.query.replay;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many of a processor's segments no node holds. Tokens are kept in PostgreSQL in every mode (the
 * axonserver profile included), and a released claim has no owner.
 */
@Component
class SegmentClaims {

    private final JdbcTemplate jdbc;

    SegmentClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int unclaimed(String processorName) {
        Integer unclaimed = jdbc.queryForObject(
                "SELECT count(*) FROM token_entry WHERE processor_name = ? AND owner IS NULL", Integer.class,
                processorName);
        return unclaimed == null ? 0 : unclaimed;
    }
}
