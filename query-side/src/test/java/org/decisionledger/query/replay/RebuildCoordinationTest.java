package org.decisionledger.query.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * How a node follows the rebuild requests stored for every node (ADR 25), on a stand-in processor
 * that stops and starts as Axon's pooled streaming processor does.
 */
class RebuildCoordinationTest {

    private static final String PROJECTION = "decision-register";

    private final List<String> calls = new ArrayList<>();
    private final StoredRequests requests = new StoredRequests();
    private final StandInProcessor processor = new StandInProcessor();
    private final ProjectionAdministration administration = administration();

    @Test
    void aProcessorStoppedForARequestRunsAgainWhenTheStoreCannotSayWhatBecameOfIt() {
        long id = requests.askedOf("node-b");
        administration.coordinate();
        assertThat(processor.running).as("stopped while the request is pending").isFalse();

        requests.close(id, RebuildRequests.EXPIRED);
        requests.unreachableForLatest = true;
        administration.coordinate();

        assertThat(processor.running).as("running again, whatever the store answers afterwards").isTrue();
    }

    private ProjectionAdministration administration() {
        StreamingEventProcessor standIn = stand(StreamingEventProcessor.class, (method, args) -> {
            calls.add(method);
            return switch (method) {
                case "getName" -> PROJECTION;
                case "supportsReset" -> true;
                case "isRunning" -> processor.running;
                case "isError", "isReplaying" -> false;
                case "processingStatus" -> Map.of();
                case "shutdownAsync" -> processor.shutdownAsync();
                case "start" -> {
                    processor.start();
                    yield null;
                }
                default -> null;
            };
        });
        EventProcessingConfiguration processing = stand(EventProcessingConfiguration.class, (method, args) ->
                method.equals("eventProcessors") ? Map.<String, EventProcessor>of(PROJECTION, standIn) : null);
        EventStore store = stand(EventStore.class, (method, args) ->
                method.equals("createHeadToken") ? new GlobalSequenceTrackingToken(10) : null);
        return new ProjectionAdministration(processing, store,
                Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), processorName -> 0,
                (processorName, heldHere) -> java.util.OptionalLong.empty(), (processorName, heldHere) -> false,
                processorName -> List.of(), requests, TransactionOperations.withoutTransaction(), "node-a",
                Duration.ofSeconds(30));
    }

    /** Stops and starts as Axon's pooled processor does: no start while a shutdown is under way. */
    private static final class StandInProcessor {

        boolean running = true;
        CompletableFuture<Void> shutdown = CompletableFuture.completedFuture(null);

        CompletableFuture<Void> shutdownAsync() {
            running = false;
            return shutdown;
        }

        void start() {
            if (running) {
                return;
            }
            if (!shutdown.isDone()) {
                throw new IllegalStateException("Cannot start a processor [" + PROJECTION
                        + "] while it's in process of shutting down.");
            }
            running = true;
        }
    }

    /** The requests of a store shared with other nodes, kept in memory. */
    private static final class StoredRequests extends RebuildRequests {

        private final List<Request> stored = new ArrayList<>();
        boolean unreachableForLatest;

        StoredRequests() {
            super(null);
        }

        /** A request another node took. */
        long askedOf(String node) {
            return add(node, 10).id();
        }

        private Request add(String node, long target) {
            Request request = new Request(stored.size() + 1, PROJECTION, node, PENDING, target,
                    Instant.parse("2026-01-05T09:59:30Z"), Instant.parse("2026-01-05T10:00:00Z"), null, null, null,
                    false);
            stored.add(request);
            return request;
        }

        @Override
        Optional<Request> open(String projection, String node, long target, Duration bound) {
            if (stored.stream().anyMatch(request -> request.projection().equals(projection) && request.pending())) {
                return Optional.empty();
            }
            return Optional.of(add(node, target));
        }

        @Override
        List<Request> pending() {
            return stored.stream().filter(Request::pending).toList();
        }

        @Override
        Optional<Request> latest(String projection) {
            if (unreachableForLatest) {
                throw new DataAccessResourceFailureException("The store cannot be reached");
            }
            return stored.stream().filter(request -> request.projection().equals(projection))
                    .reduce((first, second) -> second);
        }

        @Override
        boolean markReset(long id) {
            return close(id, RESET);
        }

        @Override
        boolean expire(long id, String code, String message) {
            return close(id, EXPIRED);
        }

        @Override
        boolean fail(long id, String code, String message) {
            return close(id, FAILED);
        }

        boolean close(long id, String state) {
            for (int n = 0; n < stored.size(); n++) {
                Request request = stored.get(n);
                if (request.id() == id && request.pending()) {
                    stored.set(n, new Request(id, request.projection(), request.node(), state, request.target(),
                            request.requestedAt(), request.expiresAt(), request.expiresAt(), null, null, false));
                    return true;
                }
            }
            return false;
        }
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T stand(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("hashCode") ? System.identityHashCode(proxy)
                        : method.getName().equals("equals") ? proxy == args[0]
                        : answer.answer(method.getName(), args)));
    }
}
