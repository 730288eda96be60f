package org.decisionledger.query.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.decisionledger.query.replay.StandIns.stand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

/**
 * How a node follows the rebuild requests stored for every node (ADR 25), on a stand-in processor
 * that stops and starts as Axon's pooled streaming processor does.
 */
class RebuildCoordinationTest {

    private static final String PROJECTION = "decision-register";

    private final List<String> calls = new ArrayList<>();
    private final RequestsInMemory requests = new RequestsInMemory();
    private final StandInProcessor processor = new StandInProcessor();
    private final ProjectionAdministration administration = administration();

    @Test
    void aProcessorStoppedForARequestRunsAgainWhenTheStoreCannotSayWhatBecameOfIt() {
        long id = requests.askedOf(PROJECTION, "node-b");
        administration.coordinate();
        assertThat(processor.running).as("stopped while the request is pending").isFalse();

        requests.close(id, RebuildRequests.EXPIRED);
        requests.unreachableForLatest = true;
        administration.coordinate();

        assertThat(processor.running).as("running again, whatever the store answers afterwards").isTrue();
    }

    @Test
    void aProcessorThatTakesLongerToStopThanTheWaitRunsAgainOnceItHasStoppedAndTheRequestIsOver() {
        ShutdownUnderWay shutdown = processor.stopsSlowly();
        long id = requests.askedOf(PROJECTION, "node-b");
        administration.coordinate();
        assertThat(processor.running).isFalse();

        requests.close(id, RebuildRequests.EXPIRED);
        administration.coordinate();
        assertThat(processor.running).as("still stopping: Axon cannot start it yet").isFalse();

        shutdown.complete(null);
        administration.coordinate();
        assertThat(processor.running).as("stopped at last, and started again").isTrue();
    }

    @Test
    void aRebuildWhoseProcessorDoesNotStopInTimeFailsResetsNothingAndTheProcessorRunsAgainOnceItHasStopped() {
        ShutdownUnderWay shutdown = processor.stopsSlowly();

        ProjectionAdministration.ProjectionStatus status = administration.rebuild(PROJECTION);

        assertThat(status.rebuild().state()).isEqualTo(RebuildRequests.FAILED);
        administration.coordinate();
        assertThat(processor.running).as("still stopping").isFalse();
        shutdown.complete(null);
        administration.coordinate();
        assertThat(processor.running).as("stopped at last, and started again").isTrue();
        assertThat(calls).doesNotContain("resetTokens");
    }

    @Test
    void theNodeThatTookARequestResetsOnlyOnceItsProcessorHasStopped() {
        ShutdownUnderWay shutdown = processor.stopsSlowly();
        // The node's own round runs between the request being stored and the node taking it, and waits in
        // vain for the processor to stop.
        requests.onOpen = administration::coordinate;

        ProjectionAdministration.ProjectionStatus status = administration.rebuild(PROJECTION);

        assertThat(calls).as("no reset beside the batch still in hand").doesNotContain("resetTokens");
        assertThat(status.rebuild().state()).isEqualTo(RebuildRequests.PENDING);
        shutdown.complete(null);
        administration.coordinate();
        assertThat(calls).containsSubsequence("shutdownAsync", "resetTokens", "start");
        assertThat(administration.status(PROJECTION).rebuild().state()).isEqualTo(RebuildRequests.RESET);
        assertThat(processor.running).isTrue();
    }

    @Test
    void theNodeThatResetsShowsWhenTheRebuildWasAskedAsEveryOtherNodeDoes() {
        ProjectionAdministration.ProjectionStatus status = administration.rebuild(PROJECTION);

        assertThat(status.rebuild().state()).isEqualTo(RebuildRequests.RESET);
        assertThat(status.replay().requestedAt()).as("the store's time of the request, not this node's of the reset")
                .isEqualTo(status.rebuild().requestedAt());
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
                case "resetTokens" -> {
                    if (processor.running) {
                        throw new IllegalStateException("The Processor must be shut down before triggering a reset.");
                    }
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

        /** The next shutdown outlasts any wait until the test completes it. */
        ShutdownUnderWay stopsSlowly() {
            ShutdownUnderWay slow = new ShutdownUnderWay();
            shutdown = slow;
            return slow;
        }

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

    /** A shutdown still under way (a batch waiting for a lock, say): waiting for it times out at once. */
    private static final class ShutdownUnderWay extends CompletableFuture<Void> {

        @Override
        public Void get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException,
                TimeoutException {
            if (!isDone()) {
                throw new TimeoutException("Still stopping");
            }
            return super.get(timeout, unit);
        }
    }
}
