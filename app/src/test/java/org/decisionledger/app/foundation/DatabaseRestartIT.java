package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL restarts while officers send commands: every command is answered 201 or, while the
 * store is away, 503 STORE_UNAVAILABLE (ADR 0018), never anything else. Each client sends each
 * command again with the same Idempotency-Key until it is accepted, as the 503 tells it to. After
 * the restart, every command is in the store exactly once, with the identity its answer gave, and
 * every projection has every event exactly once.
 *
 * <p>The restart is a real one (pg_ctl, fast mode: connections cut, a checkpoint, a new server), of
 * the embedded PostgreSQL the service owns. Against an external server the test does not run: it
 * would restart a server other tests share.
 */
class DatabaseRestartIT {

    private static final int CLIENTS = 4;
    private static final String COUNCIL = "restart-council";

    record Answer(String title, int status, String code, String id) {
    }

    @Test
    void aRestartUnderLoadIsAnswered503AndLosesOrDoublesNothingThatWasSentAgain() throws Exception {
        assumeFalse(TestDatabase.external(), "restarts the embedded PostgreSQL, not a shared server");
        Map<String, String> store = TestDatabase.freshStore();
        store.put("spring.datasource.hikari.connection-timeout", "1000");
        Path data = Path.of(store.get("decision-ledger.embedded-postgres.data-directory"));
        try (ServiceInstance service = ServiceInstance.start(store, "local")) {
            Api officer = service.api().as("officer");
            assertThat(service.api().as("admin").put("/api/authorities/" + COUNCIL,
                    Map.of("name", "Restart council", "callInWorkingDays", 3)).status()).isEqualTo(201);

            Map<String, Answer> accepted = new ConcurrentHashMap<>();
            List<Answer> unexpected = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger unavailable = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int number = client;
                running.add(clients.submit(() -> sendUntilStopped(officer, number, stop, accepted, unexpected,
                        unavailable)));
            }
            try {
                await("commands accepted before the restart").atMost(Duration.ofMinutes(1))
                        .until(() -> accepted.size() >= 40);
                long before = postmasterPid(data);
                restart(data);
                assertThat(postmasterPid(data)).as("a new server").isNotEqualTo(before);
                int atRestart = accepted.size();
                await("commands accepted after the restart").atMost(Duration.ofMinutes(2))
                        .until(() -> accepted.size() >= atRestart + 40 || !unexpected.isEmpty());
            } finally {
                stop.set(true);
                clients.shutdown();
                assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            }
            for (Future<?> client : running) {
                client.get();
            }

            assertThat(unexpected).as("answers other than 201 and 503 STORE_UNAVAILABLE (" + unavailable
                    + " answers were 503)").isEmpty();
            JdbcTemplate jdbc = service.jdbc();
            Map<String, List<String>> stored = jdbc.query("""
                    SELECT payload->>'title', aggregate_identifier FROM domain_event_entry
                    WHERE type = 'Decision' AND sequence_number = 0 AND payload->>'authorityId' = ?""",
                    (rs, row) -> Map.entry(rs.getString(1), rs.getString(2)), COUNCIL).stream()
                    .collect(Collectors.groupingBy(Map.Entry::getKey,
                            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            assertThat(stored.keySet()).as("proposals stored").isEqualTo(accepted.keySet());
            accepted.values().forEach(answer -> assertThat(stored.get(answer.title()))
                    .as("stored once, as answered: " + answer.title()).containsExactly(answer.id()));

            await("every projection has every event exactly once").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                        long events = count(jdbc, "SELECT count(*) FROM domain_event_entry");
                        assertThat(count(jdbc, "SELECT count(DISTINCT global_index) FROM audit_log")).isEqualTo(events);
                        assertThat(count(jdbc, "SELECT count(*) FROM audit_log")).isEqualTo(events);
                        assertThat(count(jdbc, "SELECT count(DISTINCT event_identifier) FROM ledger_entry"))
                                .isEqualTo(events);
                        assertThat(count(jdbc, "SELECT count(*) FROM ledger_entry")).isEqualTo(events);
                        assertThat(count(jdbc, "SELECT count(*) FROM decision_view WHERE authority_id = '"
                                + COUNCIL + "'")).isEqualTo(accepted.size());
                    });
            Set<String> shown = accepted.values().stream().limit(5)
                    .filter(answer -> officer.get("/api/decisions/" + answer.id()).status() == 200)
                    .map(Answer::id).collect(Collectors.toSet());
            assertThat(shown).hasSize(Math.min(5, accepted.size()));
        }
    }

    private static void sendUntilStopped(Api officer, int client, AtomicBoolean stop, Map<String, Answer> accepted,
            List<Answer> unexpected, AtomicInteger unavailable) {
        for (int n = 0; !stop.get() && unexpected.isEmpty(); n++) {
            String title = "restart-" + client + "-" + n;
            Api keyed = officer.header("Idempotency-Key", title);
            while (true) {
                Api.Response response = keyed.post("/api/decisions", Map.of("authorityId", COUNCIL, "title", title,
                        "decisionMaker", "Cabinet", "keyDecision", false));
                String code = response.contentType() != null && response.contentType().contains("json")
                        && response.json().has("code") ? response.json().get("code").asString() : null;
                if (response.status() == 201 || response.status() == 200) {
                    accepted.put(title, new Answer(title, response.status(), code, response.json().get("id").asString()));
                    break;
                }
                if (response.status() == 503 && "STORE_UNAVAILABLE".equals(code)
                        && "5".equals(response.header("Retry-After"))) {
                    unavailable.incrementAndGet();
                    continue;
                }
                unexpected.add(new Answer(title, response.status(), code, response.body()));
                return;
            }
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static long postmasterPid(Path data) throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    }

    /** pg_ctl restart in fast mode, with the options the server was started with (postmaster.opts). */
    private static void restart(Path data) throws IOException, InterruptedException {
        // the running server's own binaries (the first word of postmaster.opts), wherever they were unpacked
        String postgres = Files.readString(data.resolve("postmaster.opts")).trim().split("\\s+")[0];
        Path pgCtl = Path.of(postgres).resolveSibling("pg_ctl");
        assertThat(pgCtl).as("pg_ctl beside " + postgres).isExecutable();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // as the embedded server was started: PostgreSQL refuses to run as root, so in a user namespace
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60",
                "-l", data.resolveSibling("restart.log").toString(), "restart"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling("pg_ctl.out").toFile()).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("pg_ctl finished").isTrue();
        assertThat(process.exitValue()).as("pg_ctl restart: " + Files.readString(data.resolveSibling("pg_ctl.out")))
                .isZero();
    }
}
