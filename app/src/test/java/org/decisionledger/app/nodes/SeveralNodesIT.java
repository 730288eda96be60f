package org.decisionledger.app.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.decisionledger.app.nodes.ExactlyOnce.count;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the service on one store, each with its own HTTP port, as {@code docker/compose.yml}
 * runs them (ADR 24). Commands on one record race through both nodes and are ordered by the store;
 * each node's cached aggregates notice the other's writes; the processors' segments are shared, each
 * held by exactly one node, and every event reaches every projection exactly once; a deadline fires
 * once with both nodes polling for it; and when a node stops, the other takes its segments over.
 *
 * <p>The tests run in order on the same two nodes; the last one stops the second node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private ServiceInstance a;
    private ServiceInstance b;
    private JdbcTemplate jdbc;

    /** An answer to one request, and which node gave it. */
    record Answer(String node, String reviewPoint, int status, String code, long version) {
    }

    @BeforeAll
    void startTwoNodes() {
        Map<String, String> store = TestDatabase.freshStore();
        Map<String, String> nodeA = Nodes.node("node-a", store);
        // A rebuild request not carried out by then expires (ADR 25); shorter than by default, for the test.
        nodeA.put("decision-ledger.projections.rebuild-timeout", "10s");
        a = ServiceInstance.start(nodeA, "local");
        try {
            Map<String, String> nodeB = Nodes.node("node-b", Nodes.sameStoreAs(a, store));
            nodeB.put("axon.eventhandling.tokenstore.claim-timeout", "15s");
            nodeB.put("decision-ledger.projections.rebuild-timeout", "10s");
            b = ServiceInstance.start(nodeB, "local");
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
        jdbc = a.jdbc();
        // The first node up claims every segment; hand half of each processor, and the ledger, to the other.
        await("node-a holds every segment").atMost(PATIENCE).until(() -> Nodes.running(a).equals(allSegments()));
        Nodes.releaseUpperHalf(a, Duration.ofSeconds(30));
        await("node-b has claimed the segments node-a let go").atMost(PATIENCE)
                .until(() -> Nodes.running(b).equals(upperHalf()));
    }

    @AfterAll
    void stopNodes() {
        try {
            if (b != null) {
                b.close();
            }
        } finally {
            if (a != null) {
                a.close();
            }
        }
    }

    @Test
    @Order(1)
    void commandsOnOneRecordThroughBothNodesAreOrderedByTheStoreNeverMerged() throws Exception {
        Api officerA = a.api().as("officer");
        Api officerB = b.api().as("officer");
        String council = council(a.api().as("admin"));
        Api.Response plan = officerB.post("/api/action-plans", Map.of("authorityId", council,
                "title", "Written Statement of Action", "kind", "WRITTEN_STATEMENT_OF_ACTION"));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        String planId = plan.json().get("id").asString();
        assertThat(officerA.post("/api/action-plans/" + planId + "/priorities",
                Map.of("ref", "1", "title", "Identification of needs")).status()).isEqualTo(200);
        assertThat(officerB.post("/api/action-plans/" + planId + "/actions", Map.of("ref", "1.1", "priorityRef", "1",
                "description", "Review the local offer", "leads", List.of("Head of SEND"))).status()).isEqualTo(201);

        // Four clients, two through each node, each recording statuses at review points of its own, at once.
        int clients = 4;
        int perClient = 15;
        CyclicBarrier together = new CyclicBarrier(clients);
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> work = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int number = client;
            Api officer = number % 2 == 0 ? officerA : officerB;
            String node = number % 2 == 0 ? "node-a" : "node-b";
            work.add(() -> {
                together.await(30, TimeUnit.SECONDS);
                for (int n = 0; n < perClient; n++) {
                    String reviewPoint = LocalDate.of(2019, 1, 1).plusDays(number * 100L + n).toString();
                    Api.Response response = officer.post("/api/action-plans/" + planId + "/actions/1.1/status",
                            Map.of("reviewPoint", reviewPoint, "status", "In progress"));
                    answers.add(answer(node, reviewPoint, response));
                }
                return null;
            });
        }
        runAll(work);

        assertThat(answers).hasSize(clients * perClient);
        assertThat(answers).as("every answer is 200, or 409 CONCURRENT_MODIFICATION for a race lost every time")
                .allMatch(answer -> answer.status() == 200
                        || (answer.status() == 409 && "CONCURRENT_MODIFICATION".equals(answer.code())));
        List<Answer> accepted = answers.stream().filter(answer -> answer.status() == 200).toList();
        assertThat(accepted.stream().map(Answer::node).distinct()).as("both nodes took commands")
                .containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(accepted.stream().map(Answer::version).distinct().count()).as("each accepted command has a version of its own")
                .isEqualTo(accepted.size());

        List<Long> sequences = jdbc.queryForList("SELECT sequence_number FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", Long.class, planId);
        assertThat(sequences).as("the plan's events are numbered 0..n without a gap or a repeat")
                .isEqualTo(java.util.stream.LongStream.range(0, sequences.size()).boxed().toList());
        assertThat(sequences).hasSize(3 + accepted.size());
        Map<Long, String> storedReviewPoints = new LinkedHashMap<>();
        jdbc.query("SELECT sequence_number, payload->>'reviewPoint' FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE '%.ActionStatusRecorded'",
                rs -> {
                    storedReviewPoints.put(rs.getLong(1), rs.getString(2));
                }, planId);
        assertThat(storedReviewPoints).as("each accepted status is stored at the version it was answered with, "
                + "and nothing refused is stored").isEqualTo(accepted.stream()
                        .collect(Collectors.toMap(Answer::version, Answer::reviewPoint)));

        // One at a time, alternately through each node, each pinned to the version the other node answered:
        // a node's cached copy of the plan must notice what the other node appended (ADR 14), or this is 412.
        long version = sequences.get(sequences.size() - 1);
        for (int n = 0; n < 8; n++) {
            Api officer = n % 2 == 0 ? officerA : officerB;
            Api.Response response = officer.header("If-Match", "\"" + version + "\"").post(
                    "/api/action-plans/" + planId + "/actions/1.1/status",
                    Map.of("reviewPoint", LocalDate.of(2021, 1, 1).plusDays(n).toString(), "status", "Complete"));
            assertThat(response.status()).as("command %d, through node-%s: %s", n, n % 2 == 0 ? "a" : "b", response)
                    .isEqualTo(200);
            assertThat(response.json().get("version").asLong()).isEqualTo(version + 1);
            version++;
        }

        // A decision published through both nodes at once is published once, with one deadline.
        String decision = propose(officerA, council, "Published once");
        String today = LocalDate.now(COUNCIL_ZONE).toString();
        assertThat(approve(officerB, decision, today).status()).isEqualTo(200);
        long deadlinesBefore = count(jdbc, "SELECT count(*) FROM scheduled_tasks");
        CyclicBarrier race = new CyclicBarrier(clients);
        List<Answer> publications = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> publishing = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            Api officer = client % 2 == 0 ? officerA : officerB;
            String node = client % 2 == 0 ? "node-a" : "node-b";
            publishing.add(() -> {
                race.await(30, TimeUnit.SECONDS);
                publications.add(answer(node, today, publish(officer, decision, today)));
                return null;
            });
        }
        runAll(publishing);
        assertThat(publications.stream().filter(answer -> answer.status() == 200)).as(publications.toString()).hasSize(1);
        assertThat(publications).as("the others are refused as already published, or as a race lost")
                .allMatch(answer -> answer.status() == 200 || (answer.status() == 409
                        && Set.of("DECISION_ALREADY_PUBLISHED", "CONCURRENT_MODIFICATION").contains(answer.code())));
        assertThat(count(jdbc, "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE '%.DecisionPublished'", decision)).isOne();
        assertThat(count(jdbc, "SELECT count(*) FROM scheduled_tasks") - deadlinesBefore)
                .as("one effective-date deadline, none left behind by a publication that lost").isOne();
    }

    @Test
    @Order(2)
    void aRequestSentAgainThroughTheOtherNodeAndAnImportSentThroughBothAreRecordedOnce() throws Exception {
        String council = council(a.api().as("admin"));
        // The same request with the same Idempotency-Key, through both nodes at once (a client retrying
        // on another node while the first still works on it): one decision, and every answer names it.
        int senders = 4;
        CyclicBarrier together = new CyclicBarrier(senders);
        List<Api.Response> answers = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> sending = new ArrayList<>();
        for (int sender = 0; sender < senders; sender++) {
            Api officer = (sender % 2 == 0 ? a : b).api().as("officer").header("Idempotency-Key", "retried-on-another-node");
            sending.add(() -> {
                together.await(30, TimeUnit.SECONDS);
                answers.add(officer.post("/api/decisions", Map.of("authorityId", council, "title", "Sent twice",
                        "decisionMaker", "Cabinet", "keyDecision", false, "proposedOn", "2018-01-02")));
                return null;
            });
        }
        runAll(sending);
        assertThat(answers).as(answers.toString()).allMatch(answer -> answer.status() == 201);
        assertThat(answers.stream().map(answer -> answer.json().get("id").asString()).distinct()).hasSize(1);
        assertThat(answers.stream().filter(answer -> "true".equals(answer.header("Idempotent-Replayed"))))
                .hasSize(senders - 1);
        assertThat(count(jdbc, "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.DecisionProposed'"
                + " AND payload->>'authorityId' = ?", council)).isOne();

        // One council's published page imported through both nodes at once: one import runs, on either node.
        String page = Files.readString(Path.of("..", "seeds", "000_e0c1191d80822cf6.txt"), StandardCharsets.UTF_8);
        String importing = council(b.api().as("admin"));
        CyclicBarrier importers = new CyclicBarrier(senders);
        List<Api.Response> imports = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> importWork = new ArrayList<>();
        for (int sender = 0; sender < senders; sender++) {
            Api officer = (sender % 2 == 0 ? a : b).api().as("officer");
            importWork.add(() -> {
                importers.await(30, TimeUnit.SECONDS);
                imports.add(officer.postRaw("/api/imports/moderngov?authority=" + importing + "&dryRun=false",
                        "text/plain", page));
                return null;
            });
        }
        runAll(importWork);
        assertThat(imports).as(imports.toString()).allMatch(answer -> answer.status() == 200
                || (answer.status() == 409 && "IMPORT_IN_PROGRESS".equals(answer.json().get("code").asString())));
        assertThat(imports).filteredOn(answer -> answer.status() == 200).isNotEmpty();
        assertThat(count(jdbc, "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.DecisionProposed'"
                + " AND payload->>'authorityId' = ?", importing)).as("the page's decision is proposed once").isOne();
    }

    @Test
    @Order(3)
    void eachSegmentRunsOnOneNodeAndEveryEventReachesEveryProjectionOnce() throws Exception {
        String council = council(b.api().as("admin"));
        String today = LocalDate.now(COUNCIL_ZONE).toString();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> work = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            int number = client;
            // each step of a decision through the other node than the step before
            Api first = (number % 2 == 0 ? a : b).api().as("officer");
            Api second = (number % 2 == 0 ? b : a).api().as("officer");
            work.add(() -> {
                for (int n = 0; n < 6; n++) {
                    String decision = propose(first, council, "Load " + number + "-" + n);
                    expect(failures, approve(second, decision, today), 200);
                    expect(failures, publish(first, decision, today), 200);
                }
                return null;
            });
        }
        work.add(() -> {
            for (int n = 0; n < 6; n++) {
                Api admin = (n % 2 == 0 ? a : b).api().as("admin");
                expect(failures, admin.put("/api/authorities/" + council, Map.of("name", "Council renamed " + n,
                        "callInWorkingDays", 3)), 200);
            }
            return null;
        });
        runAll(work);
        assertThat(failures).isEmpty();

        await("every projection has every event exactly once").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    ExactlyOnce.holds(jdbc, a.api().as("auditor"));
                    ExactlyOnce.holds(jdbc, b.api().as("auditor"));
                });

        Map<String, Set<Integer>> onA = Nodes.running(a);
        Map<String, Set<Integer>> onB = Nodes.running(b);
        Nodes.SEGMENTS.forEach((processor, segments) -> {
            Set<Integer> both = new HashSet<>(onA.get(processor));
            both.retainAll(onB.get(processor));
            assertThat(both).as("segments of %s running on both nodes", processor).isEmpty();
        });
        assertThat(onA).as("node-a runs the lower half of every processor").isEqualTo(lowerHalf());
        assertThat(onB).as("node-b runs the upper half of every processor and the ledger").isEqualTo(upperHalf());
        Map<String, Map<Integer, String>> owners = Nodes.owners(jdbc);
        assertThat(owners.keySet()).isEqualTo(Nodes.SEGMENTS.keySet());
        assertThat(tokenStoreSetting(a, "nodeId")).isEqualTo("node-a");
        assertThat(tokenStoreSetting(a, "claimTimeout")).as("application.yml's claim timeout").isEqualTo(Duration.ofSeconds(10));
        assertThat(tokenStoreSetting(b, "claimTimeout")).as("the node's own claim timeout").isEqualTo(Duration.ofSeconds(15));
        owners.forEach((processor, claims) -> {
            assertThat(claims.keySet()).as(processor).hasSize(Nodes.SEGMENTS.get(processor));
            claims.forEach((segment, owner) -> assertThat(owner).as("owner of %s segment %d", processor, segment)
                    .isEqualTo(onA.get(processor).contains(segment) ? "node-a" : "node-b"));
        });
    }

    @Test
    @Order(4)
    void aRebuildSentToEitherNodeIsCarriedOutOnBothWhileCommandsGoOnThroughBoth() throws Exception {
        rebuildAcrossNodes(b, a, "decision-register");
        rebuildAcrossNodes(a, b, "audit-log");
    }

    /**
     * Rebuilds {@code projection} through {@code asked} while {@code other} holds half of its segments
     * and both nodes take commands, then hands the other node its half back.
     */
    private void rebuildAcrossNodes(ServiceInstance asked, ServiceInstance other, String projection) throws Exception {
        String askedName = asked == a ? "node-a" : "node-b";
        assertThat(Nodes.running(other).get(projection)).as("the other node runs segments of " + projection)
                .isNotEmpty();
        String council = council(a.api().as("admin"));
        // A row that no longer says what the events say, or is missing: the rebuild puts it right.
        String altered = propose(a.api().as("officer"), council, "As the events say");
        await().atMost(PATIENCE).untilAsserted(() -> ExactlyOnce.holds(jdbc, a.api().as("auditor")));
        if (projection.equals("decision-register")) {
            jdbc.update("UPDATE decision_view SET title = 'Not what the events say' WHERE decision_id = ?", altered);
        } else {
            assertThat(jdbc.update("DELETE FROM audit_log WHERE global_index = (SELECT max(global_index)"
                    + " FROM domain_event_entry WHERE aggregate_identifier = ?)", altered)).isOne();
        }
        long requestsBefore = count(jdbc, "SELECT count(*) FROM projection_rebuild WHERE projection = ?", projection);

        // Commands through both nodes before, during and after the rebuild.
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger accepted = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<?>> load = new ArrayList<>();
        for (ServiceInstance node : List.of(a, b)) {
            Api officer = node.api().as("officer");
            load.add(clients.submit(() -> {
                for (int n = 0; !stop.get() && failures.isEmpty(); n++) {
                    Api.Response proposed = officer.post("/api/decisions", Map.of("authorityId", council,
                            "title", "During the rebuild " + n, "decisionMaker", "Cabinet", "keyDecision", false,
                            "proposedOn", "2018-01-02"));
                    if (proposed.status() != 201) {
                        failures.add(proposed.toString());
                        return;
                    }
                    expect(failures, approve(officer, proposed.json().get("id").asString(), "2018-02-01"), 200);
                    accepted.incrementAndGet();
                }
            }));
        }
        try {
            await("commands through both nodes").atMost(PATIENCE).until(() -> accepted.get() >= 6 || !failures.isEmpty());
            Api.Response rebuild = asked.api().as("admin").post("/api/admin/projections/" + projection + "/rebuild", "");
            assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
            assertThat(rebuild.header("Location")).isEqualTo("/api/admin/projections/" + projection);
            assertThat(rebuild.json().get("replaying").asBoolean()).as(rebuild.toString()).isTrue();
            assertThat(rebuild.json().get("rebuild").get("node").asString()).isEqualTo(askedName);
            int atRequest = accepted.get();

            // Every node stops the projection, the asked node resets it once the other has let go, and
            // both run it again; the asked node holds every segment and replays the history.
            for (ServiceInstance node : List.of(a, b)) {
                await("the rebuild is carried out, as " + (node == a ? "node-a" : "node-b") + " shows")
                        .atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                            Api.Response status = node.api().as("auditor").get("/api/admin/projections/" + projection);
                            assertThat(status.json().get("rebuild").get("state").asString()).as(status.toString())
                                    .isEqualTo("RESET");
                            assertThat(status.json().get("rebuild").get("node").asString()).isEqualTo(askedName);
                            assertThat(status.json().get("replaying").asBoolean()).as(status.toString()).isFalse();
                            assertThat(status.json().get("running").asBoolean()).as(status.toString()).isTrue();
                        });
            }
            await("commands after the reset too").atMost(PATIENCE)
                    .until(() -> accepted.get() >= atRequest + 6 || !failures.isEmpty());
        } finally {
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
        for (Future<?> client : load) {
            client.get();
        }
        assertThat(failures).isEmpty();
        assertThat(count(jdbc, "SELECT count(*) FROM projection_rebuild WHERE projection = ?", projection))
                .as("one request recorded").isEqualTo(requestsBefore + 1);

        await("every projection has every event exactly once").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    ExactlyOnce.holds(jdbc, a.api().as("auditor"));
                    ExactlyOnce.holds(jdbc, b.api().as("auditor"));
                });
        if (projection.equals("decision-register")) {
            assertThat(a.api().get("/api/decisions/" + altered).json().get("title").asString())
                    .as("the register was emptied and replayed").isEqualTo("As the events say");
        }
        assertThat(Nodes.running(asked).get(projection)).as("the node that reset the tokens runs every segment")
                .containsExactly(0, 1, 2, 3);
        assertThat(other.bean(org.axonframework.config.EventProcessingConfiguration.class).eventProcessor(projection)
                .map(org.axonframework.eventhandling.EventProcessor::isRunning)).as("the other node runs it again, standing by")
                .contains(true);

        // The other node's half back to it, as before: it runs those segments again.
        Set<Integer> othersHalf = (other == a ? lowerHalf() : upperHalf()).get(projection);
        othersHalf.forEach(segment -> Nodes.release(asked, projection, segment, Duration.ofSeconds(30)));
        await("the other node runs its half of " + projection + " again").atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    assertThat(Nodes.running(other).get(projection)).isEqualTo(othersHalf);
                    assertThat(Nodes.running(asked).get(projection)).doesNotContainAnyElementsOf(othersHalf).hasSize(2);
                });
        String after = propose(other.api().as("officer"), council, "After the rebuild of " + projection);
        await().atMost(PATIENCE).until(() -> asked.api().get("/api/decisions/" + after).status() == 200);
        await("every projection has every event exactly once").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> ExactlyOnce.holds(jdbc, a.api().as("auditor")));
    }

    @Test
    @Order(5)
    void aRebuildThatANodeNeverAllowsExpiresAndEveryNodeRunsTheProjectionAgain() throws InterruptedException {
        String projection = "action-plan-tracker";
        ScheduledExecutorService claimant = keepClaimedByAnOldNode(projection, List.of(a, b));
        try {
            long rows = count(jdbc, "SELECT count(*) FROM action_plan_view");

            long started = System.nanoTime();
            Api.Response rebuild = b.api().as("admin").post("/api/admin/projections/" + projection + "/rebuild", "");
            assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
            assertThat(rebuild.json().get("rebuild").get("state").asString()).isEqualTo("PENDING");

            // Pending: every node shows it, every node has stopped the projection, and a second request is refused.
            Api.Response seen = a.api().as("auditor").get("/api/admin/projections/" + projection);
            assertThat(seen.json().get("replaying").asBoolean()).as(seen.toString()).isTrue();
            assertThat(seen.json().get("rebuild").get("node").asString()).isEqualTo("node-b");
            await("both nodes have stopped " + projection).atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> !processorRunning(a, projection) && !processorRunning(b, projection));
            for (ServiceInstance node : List.of(a, b)) {
                Api.Response again = node.api().as("admin").post("/api/admin/projections/" + projection + "/rebuild", "");
                assertThat(again.status()).as(again.toString()).isEqualTo(409);
                assertThat(again.json().get("code").asString()).isEqualTo("REBUILD_IN_PROGRESS");
                Api.Response pending = node.api().as("auditor").get("/api/admin/projections/" + projection);
                assertThat(pending.json().get("rebuild").get("state").asString()).as(pending.toString())
                        .isEqualTo("PENDING");
            }
            Api.Response ledger = b.api().as("admin").post("/api/admin/projections/ledger/rebuild", "");
            assertThat(ledger.status()).isEqualTo(409);
            assertThat(ledger.json().get("code").asString()).isEqualTo("LEDGER_NOT_REBUILDABLE");
            assertThat(b.api().as("admin").post("/api/admin/projections/no-such-projection/rebuild", "").status())
                    .isEqualTo(404);
            assertThat(a.api().as("officer").post("/api/admin/projections/" + projection + "/rebuild", "").status())
                    .isEqualTo(403);

            // The request expires (10 s, as both nodes are configured), and every node runs the projection again.
            for (ServiceInstance node : List.of(a, b)) {
                await("the request has expired").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .untilAsserted(() -> {
                            Api.Response status = node.api().as("auditor").get("/api/admin/projections/" + projection);
                            assertThat(status.json().get("rebuild").get("state").asString()).as(status.toString())
                                    .isEqualTo("EXPIRED");
                            assertThat(status.json().get("rebuild").get("code").asString())
                                    .isEqualTo("PROJECTION_CLAIMED_ELSEWHERE");
                            assertThat(status.json().get("rebuild").get("message").asString())
                                    .contains("node-old (segment 1)");
                            assertThat(status.json().get("replaying").asBoolean()).isFalse();
                        });
            }
            await("both nodes run " + projection + " again").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> processorRunning(a, projection) && processorRunning(b, projection));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).as("expired within the bound and a poll or two").isLessThan(Duration.ofSeconds(20));
            assertThat(count(jdbc, "SELECT count(*) FROM token_entry WHERE processor_name = ?"
                    + " AND token_type LIKE '%ReplayToken'", projection)).as("no segment was reset").isZero();
            assertThat(count(jdbc, "SELECT count(*) FROM action_plan_view")).as("nothing was emptied").isEqualTo(rows);
        } finally {
            letGo(claimant, projection, List.of(a, b));
        }

        // The claim let go: the nodes run every segment again, and carry on.
        await("every segment of " + projection + " runs again, on one node each").atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    Set<Integer> onA = Nodes.running(a).get(projection);
                    Set<Integer> onB = Nodes.running(b).get(projection);
                    assertThat(onA).doesNotContainAnyElementsOf(onB);
                    Set<Integer> either = new TreeSet<>(onA);
                    either.addAll(onB);
                    assertThat(either).containsExactly(0, 1, 2, 3);
                });
        await("every projection has every event exactly once").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> ExactlyOnce.holds(jdbc, a.api().as("auditor")));
    }

    /**
     * Has a node that does not follow rebuild requests (one of an earlier release, say) hold segment 1
     * of the projection and never let go of it: the nodes let go of it, and the claim is written and
     * extended every second in the store, as Axon's token store claims. Stop it with {@link #letGo}.
     */
    private ScheduledExecutorService keepClaimedByAnOldNode(String projection, List<ServiceInstance> nodes) {
        nodes.forEach(node -> Nodes.release(node, projection, 1, Duration.ofMinutes(2)));
        await("segment 1 let go").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> Nodes.owners(jdbc).get(projection).get(1) == null);
        ScheduledExecutorService claimant = Executors.newSingleThreadScheduledExecutor();
        claimant.scheduleWithFixedDelay(() -> jdbc.update("UPDATE token_entry SET owner = 'node-old', timestamp = ?"
                + " WHERE processor_name = ? AND segment = 1 AND (owner IS NULL OR owner = 'node-old')",
                java.time.Instant.now().toString(), projection), 0, 1, TimeUnit.SECONDS);
        await("node-old holds segment 1").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> "node-old".equals(Nodes.owners(jdbc).get(projection).get(1)));
        return claimant;
    }

    /** The old node gone: its claim released, and the nodes free to claim the segment again. */
    private void letGo(ScheduledExecutorService claimant, String projection, List<ServiceInstance> nodes)
            throws InterruptedException {
        claimant.shutdownNow();
        assertThat(claimant.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        jdbc.update("UPDATE token_entry SET owner = NULL WHERE processor_name = ? AND owner = 'node-old'", projection);
        nodes.forEach(node -> Nodes.release(node, projection, 1, Duration.ZERO));
    }

    private static boolean processorRunning(ServiceInstance node, String projection) {
        return node.bean(org.axonframework.config.EventProcessingConfiguration.class).eventProcessor(projection)
                .map(org.axonframework.eventhandling.EventProcessor::isRunning).orElse(false);
    }

    @Test
    @Order(6)
    void aDeadlineFiresOnceWithBothNodesPollingForIt() {
        String council = council(a.api().as("admin"));
        String today = LocalDate.now(COUNCIL_ZONE).toString();
        List<String> decisions = new ArrayList<>();
        List<String> schedules = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            Api officer = (n % 2 == 0 ? a : b).api().as("officer");
            String decision = propose(officer, council, "Takes effect once " + n);
            assertThat(approve(officer, decision, today).status()).isEqualTo(200);
            assertThat(publish(officer, decision, today).status()).isEqualTo(200);
            decisions.add(decision);
            schedules.add(jdbc.queryForObject("SELECT payload->>'deadlineScheduleId' FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? AND payload_type LIKE '%.DecisionPublished'", String.class, decision));
        }
        assertThat(count(jdbc, "SELECT count(*) FROM scheduled_tasks WHERE task_instance = ANY (?)"
                + " AND execution_time > now()", (Object) schedules.toArray(String[]::new))).isEqualTo(6);

        // Time passes: the windows close now, and both nodes' schedulers find the deadlines due.
        jdbc.update("UPDATE scheduled_tasks SET execution_time = now() WHERE task_instance = ANY (?)",
                (Object) schedules.toArray(String[]::new));

        await("every deadline has fired and is gone").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> count(jdbc, "SELECT count(*) FROM scheduled_tasks WHERE task_instance = ANY (?)",
                        (Object) schedules.toArray(String[]::new)) == 0);
        for (String decision : decisions) {
            assertThat(count(jdbc, "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                    + " AND payload_type LIKE '%.DecisionTookEffect'", decision)).as("took effect once: " + decision)
                    .isOne();
        }
        for (int n = 0; n < decisions.size(); n++) {
            String decision = decisions.get(n);
            Api reader = (n % 2 == 0 ? b : a).api();
            await().atMost(PATIENCE).until(() -> {
                Api.Response view = reader.get("/api/decisions/" + decision);
                return view.status() == 200 && "EFFECTIVE".equals(view.json().get("status").asString());
            });
        }
    }

    @Test
    @Order(7)
    void whenANodeStopsTheOtherTakesOverItsSegmentsAndCarriesOn() throws Exception {
        // node-b takes a rebuild it cannot carry out yet (a claim kept alive elsewhere), and stops while it is
        // pending: with nobody left to reset it, the request expires and node-a runs the projection again.
        String projection = "delegation-register";
        ScheduledExecutorService claimant = keepClaimedByAnOldNode(projection, List.of(a, b));
        try {
            Api.Response rebuild = b.api().as("admin").post("/api/admin/projections/" + projection + "/rebuild", "");
            assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
            await("node-a has stopped " + projection).atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> !processorRunning(a, projection));
            b.close();
            b = null;
            await("the request node-b took has expired, as node-a shows").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                        Api.Response status = a.api().as("auditor").get("/api/admin/projections/" + projection);
                        assertThat(status.json().get("rebuild").get("state").asString()).as(status.toString())
                                .isEqualTo("EXPIRED");
                        assertThat(status.json().get("rebuild").get("node").asString()).isEqualTo("node-b");
                        assertThat(status.json().get("replaying").asBoolean()).isFalse();
                    });
            await("node-a runs " + projection + " again").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100)).until(() -> processorRunning(a, projection));
            assertThat(count(jdbc, "SELECT count(*) FROM token_entry WHERE processor_name = ?"
                    + " AND token_type LIKE '%ReplayToken'", projection)).as("no segment was reset").isZero();
        } finally {
            letGo(claimant, projection, List.of(a));
        }
        await("node-a runs every segment again, and has claimed each").atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    assertThat(Nodes.running(a)).isEqualTo(allSegments());
                    Nodes.owners(jdbc).forEach((processor, claims) -> claims.forEach((segment, owner) ->
                            assertThat(owner).as("owner of %s segment %d", processor, segment).isEqualTo("node-a")));
                });

        Api officer = a.api().as("officer");
        String council = council(a.api().as("admin"));
        String today = LocalDate.now(COUNCIL_ZONE).toString();
        for (int n = 0; n < 5; n++) {
            String decision = propose(officer, council, "After the other node stopped " + n);
            assertThat(approve(officer, decision, today).status()).isEqualTo(200);
        }
        await("every projection has every event exactly once").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> ExactlyOnce.holds(jdbc, a.api().as("auditor")));

        // The one node left holds every segment, so it can rebuild a projection.
        Api.Response rebuild = a.api().as("admin").post("/api/admin/projections/decision-register/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        await("the rebuild has finished").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> !a.api().as("auditor").get("/api/admin/projections/decision-register").json()
                        .get("replaying").asBoolean());
        await("every projection has every event exactly once").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> ExactlyOnce.holds(jdbc, a.api().as("auditor")));
    }

    /** A setting of the node's token store, which Axon keeps in a private field. */
    private static Object tokenStoreSetting(ServiceInstance node, String field) throws ReflectiveOperationException {
        java.lang.reflect.Field setting = JdbcTokenStore.class.getDeclaredField(field);
        setting.setAccessible(true);
        return setting.get(node.bean(TokenStore.class));
    }

    // ---------------------------------------------------------------- requests

    private static String council(Api admin) {
        String id = "council-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response response = admin.put("/api/authorities/" + id, Map.of("name", "County Council " + id,
                "callInWorkingDays", 3, "callInSignatoriesRequired", 2));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    static String propose(Api officer, String council, String title) {
        Api.Response response = officer.post("/api/decisions", Map.of("authorityId", council, "title", title,
                "decisionMaker", "Cabinet", "keyDecision", false, "proposedOn", "2018-01-02"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    static Api.Response approve(Api officer, String decision, String decidedOn) {
        return officer.post("/api/decisions/" + decision + "/approval", Map.of("decidedOn", decidedOn,
                "decidedAt", decidedOn + " - Cabinet", "resolutions", List.of(Map.of("label", "(a)",
                        "text", "That the plan be approved.")), "reasons", "To meet the council's duties."));
    }

    static Api.Response publish(Api officer, String decision, String publishedOn) {
        return officer.post("/api/decisions/" + decision + "/publication",
                Map.of("publishedOn", publishedOn, "subjectToCallIn", true));
    }

    private static Answer answer(String node, String reviewPoint, Api.Response response) {
        boolean problem = response.contentType() != null && response.contentType().contains("json")
                && response.json().has("code");
        return new Answer(node, reviewPoint, response.status(), problem ? response.json().get("code").asString() : null,
                response.status() == 200 ? response.json().get("version").asLong() : -1);
    }

    private static void expect(List<String> failures, Api.Response response, int status) {
        if (response.status() != status) {
            failures.add(response.toString());
        }
    }

    private static void runAll(List<Callable<Void>> work) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<Void>> running = clients.invokeAll(work, 2, TimeUnit.MINUTES);
            for (Future<Void> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- segments

    private static Map<String, Set<Integer>> allSegments() {
        return segments(count -> 0, count -> count);
    }

    /** Segments 0 to half of each processor's count: what node-a keeps. */
    private static Map<String, Set<Integer>> lowerHalf() {
        return segments(count -> 0, count -> count / 2);
    }

    /** The others, the ledger's one segment among them: what node-b is handed. */
    private static Map<String, Set<Integer>> upperHalf() {
        return segments(count -> count / 2, count -> count);
    }

    private static Map<String, Set<Integer>> segments(java.util.function.IntUnaryOperator from,
            java.util.function.IntUnaryOperator to) {
        Map<String, Set<Integer>> segments = new java.util.TreeMap<>();
        Nodes.SEGMENTS.forEach((processor, count) -> {
            Set<Integer> range = new TreeSet<>();
            for (int segment = from.applyAsInt(count); segment < to.applyAsInt(count); segment++) {
                range.add(segment);
            }
            segments.put(processor, range);
        });
        return segments;
    }
}
