package org.decisionledger.app.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.decisionledger.app.nodes.ExactlyOnce.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two nodes started at the same moment on an empty store, as {@code docker compose up} starts them
 * once PostgreSQL is ready (ADR 24): both migrate the schema, both create the processors' tokens, both
 * come up. The schema is migrated once, each segment exists once and runs on one node, and both nodes
 * take commands. Without an external server the test starts a PostgreSQL of its own for both.
 */
class NodesStartingTogetherIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void twoNodesStartedAtOnceOnAnEmptyStoreMigrateItOnceAndShareOneSetOfSegments() throws Exception {
        EmbeddedPostgres postgres = null;
        List<ServiceInstance> started = Collections.synchronizedList(new ArrayList<>());
        try {
            Map<String, String> store;
            if (TestDatabase.external()) {
                store = TestDatabase.freshStore();
            } else {
                Path data = Files.createTempDirectory("decision-ledger-nodes-").resolve("data");
                Files.createDirectories(data);
                postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                        .setServerConfig("listen_addresses", "127.0.0.1").start();
                store = new LinkedHashMap<>();
                store.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
                store.put("spring.datasource.username", "postgres");
                store.put("spring.datasource.password", "");
            }
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService starting = Executors.newFixedThreadPool(2);
            List<Future<ServiceInstance>> nodes = new ArrayList<>();
            try {
                for (String name : List.of("node-a", "node-b")) {
                    nodes.add(starting.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        ServiceInstance node = ServiceInstance.start(Nodes.node(name, store), "local");
                        started.add(node);
                        return node;
                    }));
                }
            } finally {
                starting.shutdown();
            }
            ServiceInstance a = nodes.get(0).get(3, TimeUnit.MINUTES);
            ServiceInstance b = nodes.get(1).get(3, TimeUnit.MINUTES);
            JdbcTemplate jdbc = a.jdbc();

            assertThat(count(jdbc, "SELECT count(*) FROM flyway_schema_history WHERE NOT success")).isZero();
            assertThat(count(jdbc, "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")).as(
                    "each migration applied once").isEqualTo(count(jdbc,
                    "SELECT count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL"));

            await("every segment of every processor runs on exactly one node").atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                        Map<String, Set<Integer>> onA = Nodes.running(a);
                        Map<String, Set<Integer>> onB = Nodes.running(b);
                        Map<String, Map<Integer, String>> owners = Nodes.owners(jdbc);
                        assertThat(owners.keySet()).isEqualTo(Nodes.SEGMENTS.keySet());
                        Nodes.SEGMENTS.forEach((processor, segments) -> {
                            Set<Integer> both = new HashSet<>(onA.get(processor));
                            both.retainAll(onB.get(processor));
                            assertThat(both).as("segments of %s on both nodes", processor).isEmpty();
                            Set<Integer> either = new HashSet<>(onA.get(processor));
                            either.addAll(onB.get(processor));
                            assertThat(either).as("segments of %s running", processor)
                                    .hasSize(segments).isEqualTo(owners.get(processor).keySet());
                            owners.get(processor).forEach((segment, owner) -> assertThat(owner)
                                    .isEqualTo(onA.get(processor).contains(segment) ? "node-a" : "node-b"));
                        });
                    });

            String council = "council-together";
            assertThat(a.api().as("admin").put("/api/authorities/" + council, Map.of("name", "Together council",
                    "callInWorkingDays", 3)).status()).isEqualTo(201);
            for (int n = 0; n < 10; n++) {
                Api officer = (n % 2 == 0 ? a : b).api().as("officer");
                assertThat(officer.post("/api/decisions", Map.of("authorityId", council, "title", "Started together " + n,
                        "decisionMaker", "Cabinet", "keyDecision", false)).status()).isEqualTo(201);
            }
            await("every projection has every event exactly once").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        ExactlyOnce.holds(jdbc, a.api().as("auditor"));
                        ExactlyOnce.holds(jdbc, b.api().as("auditor"));
                    });
        } finally {
            for (ServiceInstance node : started) {
                node.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
