package org.decisionledger.app.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.decisionledger.app.nodes.ExactlyOnce.count;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.SignedTokens;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node killed with -9 in the middle of a load (ADR 24). One node runs as production runs it, in a
 * JVM of its own from the service's jar; the other runs in the test's JVM; both on one store, in
 * production mode, signed in with tokens of the test's identity provider. Both take commands, and
 * each holds half of every processor's segments, the ledger's included, when the first is killed.
 * Then: every command either node answered 2xx is stored, once; a command cut off by the kill and
 * sent again to the other node with its Idempotency-Key is recorded at most once; the survivor takes
 * over the dead node's segments once their claims time out and brings every projection to the head
 * with each event exactly once; the killed node, started again, rejoins and takes segments back; and
 * a rebuild asked while a killed node's claims have not timed out waits for them, then is carried out.
 */
class NodeKilledIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int CLIENTS = 4;

    /** A command answered 2xx: the event its answer promises is {@code type} at {@code version} of {@code id}. */
    record Accepted(String node, String title, String id, long version, String type) {
    }

    @Test
    void aNodeKilledMidLoadLosesNoAnsweredCommandAndTheOtherTakesOverItsProjections(@TempDir Path work)
            throws Exception {
        SignedTokens identityProvider = new SignedTokens();
        Path publicKey = identityProvider.writePublicKey(work);
        Instant expires = Instant.now().plus(Duration.ofHours(1));
        String officer = "Bearer " + identityProvider.sign("sam.officer", "OFFICER", expires);
        String admin = "Bearer " + identityProvider.sign("jo.admin", "ADMIN", expires);
        String auditor = "Bearer " + identityProvider.sign("kim.auditor", "AUDITOR", expires);

        Map<String, String> store = TestDatabase.freshStore();
        Map<String, String> nodeA = Nodes.node("node-a", store);
        nodeA.put("spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + publicKey);
        List<Process> started = Collections.synchronizedList(new ArrayList<>());
        try (ServiceInstance a = ServiceInstance.start(nodeA)) {
            JdbcTemplate jdbc = a.jdbc();
            Map<String, String> nodeK = Nodes.node("node-k", Nodes.sameStoreAs(a, store));
            nodeK.put("spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + publicKey);
            try {
                int portK = freePort();
                Process k = start(nodeK, portK, work.resolve("node-k.log"), started);
                Api throughA = a.api().header("Authorization", officer);
                Api throughK = Api.at(portK).header("Authorization", officer);
                String council = "council-" + UUID.randomUUID().toString().substring(0, 8);
                Api.Response configured = a.api().header("Authorization", admin).put("/api/authorities/" + council,
                        Map.of("name", "County Council " + council, "callInWorkingDays", 3));
                assertThat(configured.status()).as(configured.toString()).isEqualTo(201);

                // node-a, up first, claimed every segment: it hands the upper half of each, and the ledger, to node-k.
                await("node-a holds every segment").atMost(PATIENCE).until(() -> Nodes.allOwnedBy(jdbc, "node-a"));
                Nodes.releaseUpperHalf(a, Duration.ofSeconds(20));
                await("node-k has claimed the segments node-a let go").atMost(PATIENCE)
                        .pollInterval(Duration.ofMillis(250)).until(() -> Nodes.upperHalfOwnedBy(jdbc, "node-k"));

                // The load: two clients through each node. A client whose node dies sends the request it
                // was cut off in again, with the same Idempotency-Key, to the other node, and carries on there.
                List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
                List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
                AtomicInteger cutOff = new AtomicInteger();
                AtomicInteger replayed = new AtomicInteger();
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                List<Future<?>> running = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    int number = client;
                    running.add(clients.submit(() -> sendUntilStopped(number, number % 2 == 0 ? throughK : throughA,
                            throughA, council, stop, accepted, unexpected, cutOff, replayed)));
                }
                Instant killedAt;
                int answeredBeforeKill;
                try {
                    await("node-k has taken commands").atMost(PATIENCE).until(() -> byNode(accepted, "node-k") >= 30
                            || !unexpected.isEmpty());
                    k.destroyForcibly();
                    assertThat(k.waitFor(30, TimeUnit.SECONDS)).as("node-k is dead").isTrue();
                    killedAt = Instant.now();
                    answeredBeforeKill = accepted.size();
                    int atKill = answeredBeforeKill;
                    await("commands taken after the kill").atMost(PATIENCE)
                            .until(() -> accepted.size() >= atKill + 30 || !unexpected.isEmpty());
                } finally {
                    stop.set(true);
                    clients.shutdown();
                    assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
                }
                for (Future<?> client : running) {
                    client.get();
                }

                assertThat(unexpected).as("answers other than 2xx, and node-a failing to answer").isEmpty();
                assertThat(byNode(accepted, "node-k")).isGreaterThanOrEqualTo(30);
                // Every 2xx answer is durable: the event it promised is in the store, at the version answered.
                for (Accepted answer : accepted) {
                    assertThat(count(jdbc, "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                            + " AND sequence_number = ? AND payload_type LIKE ?", answer.id(), answer.version(),
                            "%." + answer.type())).as("stored: " + answer).isOne();
                }
                // Nothing twice: each proposal once, with the identity its answer gave, and each decision
                // proposed and approved once, also those whose request was cut off and sent again.
                Map<String, List<String>> stored = jdbc.query("""
                        SELECT payload->>'title', aggregate_identifier FROM domain_event_entry
                        WHERE payload_type LIKE '%.DecisionProposed' AND payload->>'authorityId' = ?""",
                        (rs, row) -> Map.entry(rs.getString(1), rs.getString(2)), council).stream()
                        .collect(Collectors.groupingBy(Map.Entry::getKey,
                                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
                Map<String, String> answered = new HashMap<>();
                accepted.stream().filter(answer -> answer.version() == 0)
                        .forEach(answer -> answered.put(answer.title(), answer.id()));
                assertThat(stored.keySet()).as("proposals stored").isEqualTo(answered.keySet());
                answered.forEach((title, id) -> assertThat(stored.get(title)).as(title).containsExactly(id));
                assertThat(count(jdbc, """
                        SELECT count(*) FROM (SELECT aggregate_identifier FROM domain_event_entry
                            WHERE aggregate_identifier = ANY (?) GROUP BY aggregate_identifier
                            HAVING count(*) <> 2 OR max(sequence_number) <> 1) odd""",
                        (Object) answered.values().toArray(String[]::new))).as("decisions not proposed and approved once")
                        .isZero();

                // node-a takes over node-k's segments once node-k's claims have timed out, and catches up.
                await("node-a holds every segment").atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                        .until(() -> Nodes.allOwnedBy(jdbc, "node-a"));
                Duration takeover = Duration.between(killedAt, Instant.now());
                // A claim is stored a moment before the node starts working on the segment.
                await("node-a runs every segment").atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                        .until(() -> Nodes.running(a).equals(Nodes.owners(jdbc).entrySet().stream().collect(
                                Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().keySet()))));
                Api auditorA = a.api().header("Authorization", auditor);
                await("every projection has every event exactly once").atMost(PATIENCE)
                        .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> ExactlyOnce.holds(jdbc, auditorA));
                System.out.printf("node-k killed after it answered %d commands (%d by both nodes); %d requests cut off"
                        + " and sent again to node-a, %d of them replayed as already recorded; %d commands answered in"
                        + " all; node-a held every segment %d ms after the kill%n", byNode(accepted, "node-k"),
                        answeredBeforeKill, cutOff.get(), replayed.get(), accepted.size(), takeover.toMillis());

                // node-k, started again, rejoins: it takes commands and, handed segments, projects them.
                Process again = start(nodeK, portK, work.resolve("node-k-again.log"), started);
                Api.Response proposed = throughK.post("/api/decisions", Map.of("authorityId", council,
                        "title", "After the restart", "decisionMaker", "Cabinet", "keyDecision", false));
                assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
                Nodes.releaseUpperHalf(a, Duration.ofSeconds(20));
                await("node-k has claimed segments again").atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                        .until(() -> Nodes.upperHalfOwnedBy(jdbc, "node-k"));
                for (int n = 0; n < 10; n++) {
                    Api node = n % 2 == 0 ? throughA : throughK;
                    assertThat(node.post("/api/decisions", Map.of("authorityId", council, "title", "Rejoined " + n,
                            "decisionMaker", "Cabinet", "keyDecision", false)).status()).isEqualTo(201);
                }
                Api auditorK = Api.at(portK).header("Authorization", auditor);
                await("every projection has every event exactly once").atMost(PATIENCE)
                        .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                            ExactlyOnce.holds(jdbc, auditorA);
                            ExactlyOnce.holds(jdbc, auditorK);
                        });
                assertThat(Nodes.upperHalfOwnedBy(jdbc, "node-k")).as("node-k still holds what it claimed").isTrue();

                again.destroy();
                assertThat(again.waitFor(60, TimeUnit.SECONDS)).as("node-k stops on SIGTERM").isTrue();

                // A rebuild asked while a node killed with -9 still holds half of the register (ADR 25): its
                // claims hold the reset back until they time out, within the request's bound, and node-a then
                // rebuilds the register.
                await("node-a holds every segment").atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                        .until(() -> Nodes.allOwnedBy(jdbc, "node-a"));
                Process third = start(nodeK, portK, work.resolve("node-k-third.log"), started);
                Nodes.releaseUpperHalf(a, Duration.ofSeconds(20));
                await("node-k has claimed segments again").atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                        .until(() -> Nodes.upperHalfOwnedBy(jdbc, "node-k"));
                third.destroyForcibly();
                assertThat(third.waitFor(30, TimeUnit.SECONDS)).as("node-k is dead").isTrue();
                Api adminA = a.api().header("Authorization", admin);
                Api.Response rebuild = adminA.post("/api/admin/projections/decision-register/rebuild", "");
                assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
                assertThat(rebuild.json().get("rebuild").get("state").asString())
                        .as("node-k's claims have not timed out yet").isEqualTo("PENDING");
                await("the register is reset once node-k's claims have timed out, and replayed").atMost(PATIENCE)
                        .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                            Api.Response status = auditorA.get("/api/admin/projections/decision-register");
                            assertThat(status.json().get("rebuild").get("state").asString()).as(status.toString())
                                    .isEqualTo("RESET");
                            assertThat(status.json().get("replaying").asBoolean()).as(status.toString()).isFalse();
                        });
                await("every projection has every event exactly once").atMost(PATIENCE)
                        .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> ExactlyOnce.holds(jdbc, auditorA));
            } finally {
                // Before node-a (and, in embedded mode, the PostgreSQL node-k uses) stops.
                for (Process process : started) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static void sendUntilStopped(int client, Api first, Api survivor, String council, AtomicBoolean stop,
            List<Accepted> accepted, List<String> unexpected, AtomicInteger cutOff, AtomicInteger replayed) {
        Api through = first;
        for (int n = 0; !stop.get() && unexpected.isEmpty(); n++) {
            String title = "client " + client + " decision " + n;
            Map<String, Object> proposal = Map.of("authorityId", council, "title", title, "decisionMaker", "Cabinet",
                    "keyDecision", false, "proposedOn", "2018-01-02");
            Api.Response proposed = null;
            while (proposed == null) {
                proposed = send(through.header("Idempotency-Key", "propose-" + client + "-" + n), "/api/decisions", proposal);
                if (proposed == null) {
                    if (through == survivor) {
                        unexpected.add("node-a did not answer a proposal");
                        return;
                    }
                    cutOff.incrementAndGet();
                    through = survivor;
                }
            }
            if ("true".equals(proposed.header("Idempotent-Replayed"))) {
                replayed.incrementAndGet();
            }
            if (!record(through == survivor ? "node-a" : "node-k", title, proposed, 201, "DecisionProposed", accepted,
                    unexpected)) {
                return;
            }
            String id = proposed.json().get("id").asString();
            Map<String, Object> approval = Map.of("decidedOn", "2018-03-01", "decidedAt", "Cabinet, 1 March 2018",
                    "resolutions", List.of(Map.of("label", "(a)", "text", "That the plan be approved.")),
                    "reasons", "To meet the council's duties.");
            Api.Response approved = null;
            while (approved == null) {
                approved = send(through.header("Idempotency-Key", "approve-" + client + "-" + n),
                        "/api/decisions/" + id + "/approval", approval);
                if (approved == null) {
                    if (through == survivor) {
                        unexpected.add("node-a did not answer an approval");
                        return;
                    }
                    cutOff.incrementAndGet();
                    through = survivor;
                }
            }
            if ("true".equals(approved.header("Idempotent-Replayed"))) {
                replayed.incrementAndGet();
            }
            if (!record(through == survivor ? "node-a" : "node-k", title, approved, 200, "RecommendationsApproved",
                    accepted, unexpected)) {
                return;
            }
        }
    }

    /** The answer, or null when the node did not answer (killed before or while it handled the request). */
    private static Api.Response send(Api api, String path, Object body) {
        try {
            return api.post(path, body);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException) {
                return null;
            }
            throw e;
        }
    }

    private static boolean record(String node, String title, Api.Response response, int status, String type,
            List<Accepted> accepted, List<String> unexpected) {
        if (response.status() != status) {
            unexpected.add(node + ": " + response);
            return false;
        }
        accepted.add(new Accepted(node, title, response.json().get("id").asString(),
                response.json().get("version").asLong(), type));
        return true;
    }

    private static long byNode(List<Accepted> accepted, String node) {
        synchronized (accepted) {
            return accepted.stream().filter(answer -> answer.node().equals(node)).count();
        }
    }

    /** The service from its jar in a JVM of its own, as production runs it, once it answers. */
    private static Process start(Map<String, String> properties, int port, Path log, List<Process> started)
            throws IOException {
        Path jar = Path.of(System.getProperty("project.build.directory", "target"), "decision-ledger.jar");
        assertThat(jar).as("the service's jar, built by the package phase").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xms64m", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(process);
        Api api = Api.at(port);
        await("node-k has started").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> !process.isAlive() || answered(api));
        if (!process.isAlive()) {
            List<String> lines = Files.readAllLines(log);
            throw new AssertionError("node-k stopped while starting (exit " + process.exitValue() + "); its log ends:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }
        return process;
    }

    private static boolean answered(Api api) {
        try {
            return api.get("/actuator/health").status() == 200;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
