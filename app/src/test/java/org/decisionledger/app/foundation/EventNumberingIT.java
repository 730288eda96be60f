package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * Events are numbered by the store. A row written by hand with a global index ahead of the table's
 * sequence would strand every event appended after it behind the processors' tokens; it is refused,
 * and the table is as it was.
 */
class EventNumberingIT extends IntegrationTest {

    @Test
    void anEventNumberedAheadOfTheStoreIsRefusedAndNothingIsStored() {
        long before = storedEvents();
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);

        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                    sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT ?, 'numbered-ahead', 'numbered-ahead', 0, type, time_stamp, payload_type,
                    payload_revision, payload, meta_data
                FROM domain_event_entry ORDER BY global_index DESC LIMIT 1""", head + 100_000))
                .isInstanceOf(DataAccessException.class)
                .satisfies(refused -> assertThat(((SQLException) ((DataAccessException) refused).getMostSpecificCause())
                        .getSQLState()).isEqualTo("23514"))
                .hasMessageContaining("ahead of the event store's sequence");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE event_identifier = 'numbered-ahead'",
                Long.class)).isZero();
    }

    @Test
    void theStoreStillNumbersItsOwnAppends() {
        long before = storedEvents();
        String council = "numbering-" + java.util.UUID.randomUUID().toString().substring(0, 8);

        assertThat(api.as("admin").put("/api/authorities/" + council, java.util.Map.of("name", "Numbering Council",
                "callInWorkingDays", 3)).status()).isEqualTo(201);

        assertThat(storedEvents()).isGreaterThan(before);
    }
}
