package org.decisionledger.app.nodes;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Several nodes of the service on one store, as a deployment runs them. */
final class Nodes {

    /** Processors and their segment counts, as application.yml creates them. */
    static final Map<String, Integer> SEGMENTS = Map.of("decision-register", 4, "authority-register", 4,
            "action-plan-tracker", 4, "delegation-register", 4, "scrutiny-items", 4, "audit-log", 4, "ledger", 1);

    private Nodes() {
    }

    /**
     * The store of every node after the first. An external store is one database every node is given;
     * an embedded PostgreSQL belongs to the node that started it (one process per data directory), and
     * the others reach it as an external PostgreSQL at its address.
     */
    static Map<String, String> sameStoreAs(ServiceInstance first, Map<String, String> firstStore) {
        if (TestDatabase.external()) {
            return new LinkedHashMap<>(firstStore);
        }
        Map<String, String> store = new LinkedHashMap<>();
        store.put("spring.datasource.url", first.bean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres"));
        store.put("spring.datasource.username", "postgres");
        store.put("spring.datasource.password", "");
        return store;
    }

    /** Properties of a node named {@code name} on {@code store}. */
    static Map<String, String> node(String name, Map<String, String> store) {
        Map<String, String> properties = new LinkedHashMap<>(store);
        properties.put("decision-ledger.node.name", name);
        properties.put("decision-ledger.seeds.enabled", "false");
        return properties;
    }

    /** The segments each processor of this node is running now, by the node's own account. */
    static Map<String, Set<Integer>> running(ServiceInstance node) {
        Map<String, Set<Integer>> running = new TreeMap<>();
        node.bean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                running.put(name, new TreeSet<>(streaming.processingStatus().keySet()));
            }
        });
        return running;
    }

    /** Each stored claim: processor → segment → owner (null when no node holds it). */
    static Map<String, Map<Integer, String>> owners(JdbcTemplate jdbc) {
        Map<String, Map<Integer, String>> owners = new TreeMap<>();
        jdbc.query("SELECT processor_name, segment, owner FROM token_entry", rs -> {
            owners.computeIfAbsent(rs.getString(1), name -> new TreeMap<>()).put(rs.getInt(2), rs.getString(3));
        });
        return owners;
    }

    /**
     * Hands segments over to the other nodes: this node lets go of them and will not claim them for a
     * while, so another node's coordinator claims them on its next round. Used to spread the work as
     * a load balancer spreads requests, since the first node up claims every segment.
     */
    static void release(ServiceInstance node, String processor, int segment, Duration howLong) {
        StreamingEventProcessor streaming = (StreamingEventProcessor) node.bean(EventProcessingConfiguration.class)
                .eventProcessor(processor).orElseThrow();
        streaming.releaseSegment(segment, howLong.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Lets go of the upper half of every processor's segments, the ledger's one segment among them,
     * and claims none of them for {@code howLong}.
     */
    static void releaseUpperHalf(ServiceInstance node, Duration howLong) {
        SEGMENTS.forEach((processor, segments) -> {
            for (int segment = segments / 2; segment < segments; segment++) {
                release(node, processor, segment, howLong);
            }
        });
    }

    /** The upper half of every processor's segments, the ledger's one segment among them. */
    static boolean upperHalfOwnedBy(JdbcTemplate jdbc, String node) {
        Map<String, Map<Integer, String>> owners = owners(jdbc);
        for (Map.Entry<String, Integer> processor : SEGMENTS.entrySet()) {
            Map<Integer, String> claims = owners.getOrDefault(processor.getKey(), Map.of());
            for (int segment = processor.getValue() / 2; segment < processor.getValue(); segment++) {
                if (!node.equals(claims.get(segment))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every segment of every processor claimed by {@code node}. */
    static boolean allOwnedBy(JdbcTemplate jdbc, String node) {
        Map<String, Map<Integer, String>> owners = owners(jdbc);
        return owners.keySet().equals(SEGMENTS.keySet()) && SEGMENTS.entrySet().stream().allMatch(processor ->
                owners.get(processor.getKey()).size() == processor.getValue()
                        && owners.get(processor.getKey()).values().stream().allMatch(node::equals));
    }
}
