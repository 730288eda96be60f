package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A node whose projections are at the head of the store meets a burst of events that its heap could
 * not hold at once (a bulk load, another node's import): it works through them with bounded memory
 * and keeps running (ADR 17). The service runs as production runs it, in a JVM of its own with a
 * small heap that exits on {@link OutOfMemoryError}, so running out of memory fails this test
 * instead of leaving a node whose processors have silently stopped.
 */
class BacklogMemoryIT {

    /** Copies of a seeded Cabinet decision of four events (one with the meeting's full reasons). */
    private static final int DECISIONS = 12_500;

    private static final String HEAP = "-Xmx160m";

    @Test
    void aBurstOfEventsBeyondTheHeapIsWorkedThroughWithoutRunningOutOfMemory(@TempDir Path work) throws Exception {
        Map<String, String> store = TestDatabase.freshStore();
        String jdbcUrl;
        String user;
        String password;
        if (TestDatabase.external()) {
            jdbcUrl = store.get("spring.datasource.url");
            user = store.get("spring.datasource.username");
            password = store.get("spring.datasource.password");
        } else {
            int databasePort = freePort();
            store.put("decision-ledger.embedded-postgres.port", Integer.toString(databasePort));
            jdbcUrl = "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres";
            user = "postgres";
            password = "";
        }
        int port = freePort();
        Path log = work.resolve("service.log");
        Process service = start(store, port, log);
        try {
            Api api = Api.at(port).as("admin");
            await("the service has started").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !service.isAlive() || answered(() -> api.get("/actuator/health").status() == 200));
            assertRunning(service, log, "after starting");

            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                    Statement statement = connection.createStatement()) {
                await("the seeds are loaded and projected").atMost(Duration.ofMinutes(3))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> !service.isAlive()
                                || (template(statement) != null && answered(() -> caughtUp(api, head(statement)))));
                assertRunning(service, log, "with the seeds loaded");

                statement.execute("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        SELECT gen_random_uuid()::text, 'burst-' || a, t.sequence_number, t.type, t.time_stamp,
                            t.payload_type, t.payload_revision,
                            jsonb_set(t.payload, '{decisionId}', to_jsonb('burst-' || a)), t.meta_data
                        FROM generate_series(1, %d) a,
                            (SELECT * FROM domain_event_entry WHERE aggregate_identifier = '%s') t
                        ORDER BY a, t.sequence_number""".formatted(DECISIONS, template(statement)));
                long head = head(statement);

                await("every projection has worked through the burst").atMost(Duration.ofMinutes(5))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> !service.isAlive() || answered(() -> caughtUp(api, head)));
                assertRunning(service, log, "after the burst of " + DECISIONS * 4 + " events");
                assertThat(count(statement, "SELECT count(*) FROM decision_view WHERE decision_id LIKE 'burst-%'"))
                        .isEqualTo(DECISIONS);
                assertThat(count(statement, "SELECT count(*) FROM audit_log a JOIN domain_event_entry e"
                        + " ON e.event_identifier = a.event_identifier WHERE e.aggregate_identifier LIKE 'burst-%'"))
                        .isEqualTo(DECISIONS * 4L);
            }

            // Stopped as an orchestrator stops a node: the processors and the pool stop before the
            // embedded database does, so the shutdown logs no broken connections or failed rollbacks.
            service.destroy();
            assertThat(service.waitFor(90, TimeUnit.SECONDS)).as("the service stops on SIGTERM").isTrue();
            List<String> lines = Files.readAllLines(log);
            int from = lines.size();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("Commencing graceful shutdown")) {
                    from = i;
                    break;
                }
            }
            assertThat(from).as("the log shows the shutdown").isLessThan(lines.size());
            assertThat(lines.subList(from, lines.size())).as("the shutdown's log")
                    .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
        } finally {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            stopOrphanedDatabase(store);
        }
    }

    /**
     * A service that stopped abruptly (out of memory, say) cannot stop its embedded PostgreSQL, which
     * would run on after the test; it is found by its data directory and stopped.
     */
    private static void stopOrphanedDatabase(Map<String, String> store) {
        String dataDirectory = store.get("decision-ledger.embedded-postgres.data-directory");
        if (dataDirectory == null) {
            return;
        }
        ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(dataDirectory)).orElse(false))
                .forEach(ProcessHandle::destroy);
    }

    private static Process start(Map<String, String> store, int port, Path log) throws IOException {
        Path jar = Path.of(System.getProperty("project.build.directory", "target"), "decision-ledger.jar");
        assertThat(jar).as("the service's jar, built by the package phase").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-jar", jar.toAbsolutePath().toString(),
                "--spring.profiles.active=local",
                "--server.port=" + port,
                "--server.address=127.0.0.1"));
        store.forEach((key, value) -> command.add("--" + key + "=" + value));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void assertRunning(Process service, Path log, String when) throws IOException {
        if (!service.isAlive()) {
            List<String> lines = Files.readAllLines(log);
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            throw new AssertionError("the service stopped " + when + " (exit " + service.exitValue()
                    + (service.exitValue() == 3 ? ", out of memory" : "") + "); its log ends:\n" + tail);
        }
    }

    /** A seeded decision with its reasons: proposed, approved, published and in effect. */
    private static String template(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("""
                SELECT aggregate_identifier FROM domain_event_entry
                WHERE aggregate_identifier IN (SELECT aggregate_identifier FROM domain_event_entry
                    WHERE payload_type LIKE '%.RecommendationsApproved')
                GROUP BY aggregate_identifier HAVING count(*) = 4
                ORDER BY aggregate_identifier LIMIT 1""")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static long head(Statement statement) throws SQLException {
        return count(statement, "SELECT COALESCE(max(global_index), 0) FROM domain_event_entry");
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** False while the service does not answer yet, or no longer: the caller then looks whether it is still running. */
    private static boolean answered(Callable<Boolean> request) {
        try {
            return request.call();
        } catch (Exception notAnswered) {
            return false;
        }
    }

    private static boolean caughtUp(Api api, long head) {
        Api.Response answer = api.get("/api/admin/projections");
        if (answer.status() != 200) {
            return false;
        }
        for (JsonNode projection : answer.json()) {
            if (projection.get("replaying").asBoolean() || projection.get("position").asLong() < head) {
                return false;
            }
        }
        return true;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
