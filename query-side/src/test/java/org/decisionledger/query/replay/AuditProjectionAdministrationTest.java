package org.decisionledger.query.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.decisionledger.query.replay.StandIns.stand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.common.UnknownResource;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

/** The refusals of a rebuild, on stand-in processors that record what was asked of them. */
class AuditProjectionAdministrationTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void aRebuildStopsResetsAndRestartsTheProcessorInThatOrder() {
        ProjectionAdministration administration = administration(processor("decision-register", false));

        ProjectionAdministration.ProjectionStatus status = administration.rebuild("decision-register");

        assertThat(calls).containsSubsequence("shutdownAsync", "resetTokens", "start");
        assertThat(status.replaying()).as("replaying until the restarted processor reports its segments").isTrue();
        assertThat(status.replay().target()).isEqualTo(10);
    }

    @Test
    void aRebuildWhileOneRunsIsRefused() {
        ProjectionAdministration administration = administration(processor("decision-register", true));

        assertThatThrownBy(() -> administration.rebuild("decision-register"))
                .isInstanceOfSatisfying(RuleRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("REBUILD_IN_PROGRESS"));
        assertThat(calls).doesNotContain("resetTokens");
    }

    @Test
    void aSecondRebuildBeforeTheFirstHasStartedReplayingIsRefused() {
        ProjectionAdministration administration = administration(processor("audit-log", false));
        administration.rebuild("audit-log");

        assertThatThrownBy(() -> administration.rebuild("audit-log")).isInstanceOfSatisfying(RuleRefused.class,
                refused -> assertThat(refused.code()).isEqualTo("REBUILD_IN_PROGRESS"));
    }

    @Test
    void theLedgerIsNeverRebuiltAndAnUnknownProjectionIsNotFound() {
        ProjectionAdministration administration = administration(processor("ledger", false));

        assertThatThrownBy(() -> administration.rebuild("ledger")).isInstanceOfSatisfying(RuleRefused.class,
                refused -> assertThat(refused.code()).isEqualTo("LEDGER_NOT_REBUILDABLE"));
        assertThatThrownBy(() -> administration.rebuild("nothing")).isInstanceOf(UnknownResource.class);
        assertThat(calls).doesNotContain("shutdownAsync", "resetTokens");
    }

    private ProjectionAdministration administration(StreamingEventProcessor processor) {
        EventProcessingConfiguration processing = stand(EventProcessingConfiguration.class, (method, args) ->
                method.equals("eventProcessors") ? Map.<String, EventProcessor>of(processor.getName(), processor) : null);
        EventStore store = stand(EventStore.class, (method, args) ->
                method.equals("createHeadToken") ? new GlobalSequenceTrackingToken(10) : null);
        return new ProjectionAdministration(processing, store,
                Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), processorName -> 0,
                (processorName, heldHere) -> java.util.OptionalLong.empty(), (processorName, heldHere) -> false,
                processorName -> List.of(), new RequestsInMemory(), TransactionOperations.withoutTransaction(),
                "node-a", Duration.ofSeconds(30));
    }

    private StreamingEventProcessor processor(String name, boolean replaying) {
        return stand(StreamingEventProcessor.class, (method, args) -> {
            calls.add(method);
            return switch (method) {
                case "getName" -> name;
                case "isReplaying" -> replaying;
                case "supportsReset", "isRunning" -> true;
                case "isError" -> false;
                case "processingStatus" -> replaying ? Map.of(0, segmentHalfwayThroughAReplay()) : Map.of();
                case "shutdownAsync" -> CompletableFuture.completedFuture(null);
                default -> null;
            };
        });
    }

    private EventTrackerStatus segmentHalfwayThroughAReplay() {
        return stand(EventTrackerStatus.class, (method, args) -> switch (method) {
            case "isReplaying" -> true;
            case "getCurrentPosition" -> OptionalLong.of(5);
            case "getResetPosition" -> OptionalLong.of(10);
            default -> null;
        });
    }
}
