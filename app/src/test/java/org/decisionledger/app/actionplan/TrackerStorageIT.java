package org.decisionledger.app.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * A plan's tracker is written whole for every batch that changes the plan, so how it is stored is
 * a cost paid on every status: json (kept as written, not parsed into jsonb), compressed with lz4
 * when the server has it (V10). docs/performance.md, change 18, has the measurements.
 */
class TrackerStorageIT extends IntegrationTest {

    @Test
    void theTrackerDocumentIsStoredAsJsonAndCompressedWithLz4WhenTheServerHasIt() {
        assertThat(jdbc.queryForObject("""
                SELECT format_type(atttypid, atttypmod) FROM pg_attribute
                WHERE attrelid = 'action_plan_view'::regclass AND attname = 'document'""", String.class))
                .isEqualTo("json");
        String storage = jdbc.queryForObject("""
                SELECT attcompression::text || '/' || attstorage::text FROM pg_attribute
                WHERE attrelid = 'action_plan_view'::regclass AND attname = 'document'""", String.class);
        assertThat(storage).as("compression/storage").isEqualTo(serverHasLz4() ? "l/x" : "/x");
    }

    private boolean serverHasLz4() {
        try {
            jdbc.execute("DO $$ BEGIN CREATE TEMP TABLE lz4_probe (t text COMPRESSION lz4); DROP TABLE lz4_probe; END $$");
            return true;
        } catch (DataAccessException notBuiltWithLz4) {
            return false;
        }
    }
}
