package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.decisionledger.app.support.IntegrationTest;
import org.decisionledger.query.common.KeySetStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A look-up by a set of keys on a table that grew after the statement was first used: the ledger
 * and the audit log, on a new store, first use their statements while the tables are empty. The
 * look-up must use the table's index as it is now, not a plan kept from when the table was empty,
 * which reads every row (over a second per batch at 55,000 events with autovacuum off).
 *
 * <p>The same statement run the ordinary way is the control: it keeps the empty table's plan and
 * scans, which shows this test can tell the two apart on the PostgreSQL it runs on.
 */
class KeySetPlanIT extends IntegrationTest {

    private static final String LOOK_UP = "SELECT id FROM key_set_probe WHERE id = ANY (?)";
    /** The same look-up under another text, so that the driver keeps it apart from the one above. */
    private static final String CONTROL = "SELECT p.id FROM key_set_probe p WHERE p.id = ANY (?)";
    private static final RowMapper<String> ID = (rs, row) -> rs.getString(1);

    @Autowired
    DataSource dataSource;

    record Scans(long sequential, long index) {

        Scans since(Scans earlier) {
            return new Scans(sequential - earlier.sequential, index - earlier.index);
        }
    }

    @Test
    void aKeySetLookUpUsesTheIndexOfTheTableAsItIsNowNotAsItWasWhenFirstUsed() throws SQLException {
        Object keys = IntStream.range(0, 200).mapToObj(i -> UUID.randomUUID().toString()).toArray(String[]::new);
        try (Connection connection = dataSource.getConnection()) {
            JdbcTemplate one = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            one.execute("CREATE TEMP TABLE key_set_probe (id varchar(255) PRIMARY KEY, filler text)");
            try {
                for (int use = 0; use < 12; use++) {
                    assertThat(KeySetStatements.query(one, LOOK_UP, ID, keys)).isEmpty();
                    assertThat(one.query(CONTROL, ID, keys)).isEmpty();
                }
                one.update("INSERT INTO key_set_probe SELECT md5(i::text), repeat('x', 200)"
                        + " FROM generate_series(1, 50000) i");
                List<String> present = one.queryForList("SELECT id FROM key_set_probe ORDER BY id LIMIT 100",
                        String.class);
                Object wanted = present.toArray(String[]::new);

                connection.setAutoCommit(false);
                Scans before = scansSoFar(one);
                assertThat(KeySetStatements.query(one, LOOK_UP, ID, wanted)).hasSameElementsAs(present);
                Scans planned = scansSoFar(one).since(before);
                before = scansSoFar(one);
                assertThat(one.query(CONTROL, ID, wanted)).hasSameElementsAs(present);
                Scans kept = scansSoFar(one).since(before);
                connection.commit();
                connection.setAutoCommit(true);

                assertThat(kept.sequential()).as("control: the ordinary statement kept the empty table's plan")
                        .isPositive();
                assertThat(planned.sequential()).as("sequential scans by the key-set look-up").isZero();
                assertThat(planned.index()).as("index scans by the key-set look-up").isPositive();
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                one.execute("DROP TABLE key_set_probe");
            }
        }
    }

    /** This session's scans of the probe table not yet reported to the statistics: none are within a transaction. */
    private static Scans scansSoFar(JdbcTemplate one) {
        return one.queryForObject("SELECT seq_scan, idx_scan FROM pg_stat_xact_all_tables"
                + " WHERE relid = 'key_set_probe'::regclass", (rs, row) -> new Scans(rs.getLong(1), rs.getLong(2)));
    }
}
