package org.decisionledger.query.replay;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.query.common.NotFoundInRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Shows where each projection stands and rebuilds one by resetting its tokens and replaying the
 * whole history into it. Its reset handler empties its tables first; handlers whose effects must
 * not repeat are marked {@code @DisallowReplay} and are skipped during the replay. The ledger is
 * evidence, not a view: it is never rebuilt.
 */
@Component
public class ProjectionAdministration {

    private static final Logger log = LoggerFactory.getLogger(ProjectionAdministration.class);
    /** The processor that keeps the hash chain. */
    static final String LEDGER = "ledger";
    private static final long SHUTDOWN_SECONDS = 30;

    /**
     * @param segments           the segments this node runs
     * @param unclaimedSegments  segments no node holds: for a moment after a start, or held back by an
     *                           event whose handler failed, which the processor retries with a growing pause
     * @param position           the lowest position among the processor's segments: those this node runs
     *                           where the node has them, the others at their stored tokens, whichever node
     *                           holds them (a segment no node can hold stays behind): everything up to it is
     *                           in the view
     * @param lag                events stored beyond that position
     * @param replay             the rebuild under way, if any
     */
    public record ProjectionStatus(String name, boolean running, boolean error, boolean rebuildable, int segments,
            int unclaimedSegments, Long position, long head, Long lag, boolean replaying, Replay replay) {
    }

    /** @param progress from 0 to 1: the share of the history (up to {@code target}) replayed so far */
    public record Replay(Long position, Long target, double progress, Instant requestedAt) {
    }

    private record Requested(Instant at, long target) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private final ToIntFunction<String> unclaimedSegments;
    private final BiFunction<String, Set<Integer>, OptionalLong> lowestStoredPosition;
    private final Map<String, Requested> requested = new ConcurrentHashMap<>();
    private final Set<String> resetting = ConcurrentHashMap.newKeySet();

    @Autowired
    ProjectionAdministration(EventProcessingConfiguration processing, EventStore eventStore, Clock clock,
            SegmentClaims claims) {
        this(processing, eventStore, clock, claims::unclaimed, claims::lowestStoredPosition);
    }

    ProjectionAdministration(EventProcessingConfiguration processing, EventStore eventStore, Clock clock,
            ToIntFunction<String> unclaimedSegments,
            BiFunction<String, Set<Integer>, OptionalLong> lowestStoredPosition) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
        this.unclaimedSegments = unclaimedSegments;
        this.lowestStoredPosition = lowestStoredPosition;
    }

    public List<ProjectionStatus> all() {
        long head = head();
        List<ProjectionStatus> statuses = new ArrayList<>();
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(EventProcessor::getName))
                .forEach(processor -> statuses.add(status(processor, head)));
        return statuses;
    }

    public ProjectionStatus status(String name) {
        return status(processor(name), head());
    }

    /**
     * Stops the projection, resets its tokens (its reset handler empties its tables) and starts it
     * again; the replay goes on in the background. Refused while a rebuild of it is under way.
     */
    public ProjectionStatus rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        if (LEDGER.equals(name)) {
            throw new RuleRefused("LEDGER_NOT_REBUILDABLE", "The ledger is the evidence the history is checked "
                    + "against; rebuilding it would hash whatever the table holds now. Verify it instead.");
        }
        if (!processor.supportsReset()) {
            throw new RuleRefused("PROJECTION_NOT_REBUILDABLE", "Projection " + name + " cannot be reset.");
        }
        if (!resetting.add(name)) {
            throw rebuildUnderWay(name);
        }
        try {
            if (replaying(processor)) {
                throw rebuildUnderWay(name);
            }
            long target = head();
            log.info("Rebuilding projection {}: replaying the history up to global index {}", name, target);
            stop(processor);
            try {
                processor.resetTokens();
            } catch (UnableToClaimTokenException claimed) {
                // Segments are shared between nodes (ADR 24): a reset needs every one of them on this node.
                throw new RuleRefused("PROJECTION_CLAIMED_ELSEWHERE", "Another node holds segments of projection "
                        + name + ". A rebuild resets every segment at once: send it to a node that holds them all,"
                        + " or stop the other nodes first.");
            } finally {
                processor.start();
            }
            requested.put(name, new Requested(clock.instant(), target));
        } finally {
            resetting.remove(name);
        }
        return status(processor, head());
    }

    private static RuleRefused rebuildUnderWay(String name) {
        return new RuleRefused("REBUILD_IN_PROGRESS", "Projection " + name + " is already being rebuilt.");
    }

    private static void stop(StreamingEventProcessor processor) {
        try {
            processor.shutdownAsync().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping " + processor.getName(), e);
        } catch (ExecutionException | TimeoutException e) {
            processor.start();
            throw new IllegalStateException("Projection " + processor.getName() + " did not stop", e);
        }
    }

    private StreamingEventProcessor processor(String name) {
        EventProcessor processor = processing.eventProcessors().get(name);
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            throw new NotFoundInRegister("Projection", name);
        }
        return streaming;
    }

    /**
     * Replaying until every segment has caught up with the head the replay started from. Axon keeps
     * a replay token until an event beyond that head arrives, so its own flag stays up on a quiet
     * store; and between the reset and the moment the restarted processor reports its segments
     * there is no status at all, which counts as replaying too.
     */
    private boolean replaying(StreamingEventProcessor processor) {
        Requested pending = requested.get(processor.getName());
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        boolean outstanding = status.values().stream().anyMatch(segment -> behind(segment, pending));
        if (pending == null) {
            return outstanding;
        }
        if (!status.isEmpty() && !outstanding) {
            requested.remove(processor.getName(), pending);
            log.info("Projection {} rebuilt up to global index {}", processor.getName(), pending.target());
            return false;
        }
        return processor.isRunning() && !processor.isError();
    }

    private static boolean behind(EventTrackerStatus segment, Requested pending) {
        if (!segment.isReplaying()) {
            return false;
        }
        OptionalLong target = segment.getResetPosition();
        if (target.isEmpty() && pending != null) {
            target = OptionalLong.of(pending.target());
        }
        return target.isEmpty() || segment.getCurrentPosition().orElse(-1) < target.getAsLong();
    }

    private ProjectionStatus status(StreamingEventProcessor processor, long head) {
        // One reading of the segments this node holds (Axon's map changes as segments are claimed), so
        // a segment claimed meanwhile is counted once, either here or at its stored token.
        Map<Integer, EventTrackerStatus> segments = Map.copyOf(processor.processingStatus());
        Long position = segments.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong)
                .min(Long::compare)
                .orElse(null);
        // A segment this node holds is where its status says; its stored token trails that while the
        // segment is idle (the token is written with a batch, or when the claim is extended). The
        // stored tokens count for the segments this node does not hold, a stuck one among them.
        OptionalLong stored = lowestStoredPosition.apply(processor.getName(), segments.keySet());
        if (stored.isPresent() && (position == null || stored.getAsLong() < position)) {
            position = stored.getAsLong();
        }
        boolean replaying = replaying(processor);
        Replay replay = null;
        if (replaying) {
            Requested pending = requested.get(processor.getName());
            Long target = pending != null ? Long.valueOf(pending.target()) : segments.values().stream()
                    .map(EventTrackerStatus::getResetPosition)
                    .filter(OptionalLong::isPresent)
                    .map(OptionalLong::getAsLong)
                    .max(Long::compare)
                    .orElse(null);
            double progress = target == null || target <= 0 || position == null ? 0
                    : Math.min(1.0, Math.max(0, position) / (double) target);
            replay = new Replay(position, target, progress, pending == null ? null : pending.at());
        }
        return new ProjectionStatus(processor.getName(), processor.isRunning(), processor.isError(),
                !LEDGER.equals(processor.getName()) && processor.supportsReset(), segments.size(),
                unclaimedSegments.applyAsInt(processor.getName()), position, head,
                position == null ? null : Math.max(0, head - position), replaying, replay);
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }
}
