package org.decisionledger.query.replay;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shows where each projection stands and rebuilds one by resetting its tokens and replaying the
 * whole history into it. Its reset handler empties its tables first; handlers whose effects must
 * not repeat are marked {@code @DisallowReplay} and are skipped during the replay. The ledger is
 * evidence, not a view: it is never rebuilt.
 *
 * <p>A rebuild asked of any node is carried out across every node on the store (ADR 25): the request
 * is stored, every node stops its processor of that projection while it is pending (releasing its
 * claims), and the node that took it resets the tokens once no other node holds a claim, then every
 * node starts its processor again. A request that cannot be carried out in time expires, and every
 * node starts its processor again with nothing reset.
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
     * @param replaying          a rebuild is pending on the nodes, or replaying on any of them
     * @param replay             the rebuild under way, if any
     * @param rebuild            the latest rebuild asked of any node, whatever became of it
     */
    public record ProjectionStatus(String name, boolean running, boolean error, boolean rebuildable, int segments,
            int unclaimedSegments, Long position, long head, Long lag, boolean replaying, Replay replay,
            Rebuild rebuild) {
    }

    /** @param progress from 0 to 1: the share of the history (up to {@code target}) replayed so far */
    public record Replay(Long position, Long target, double progress, Instant requestedAt) {
    }

    /**
     * A rebuild request as every node sees it.
     *
     * @param state     PENDING while the nodes stop the projection and its tokens wait to be reset; RESET once
     *                  they are (the replay then runs); EXPIRED when other nodes still held segments at
     *                  {@code expiresAt}, FAILED when the reset failed: nothing was reset, and every node runs
     *                  the projection again
     * @param node      the node that took the request and resets the tokens
     * @param code      why it expired or failed
     */
    public record Rebuild(String state, String node, Instant requestedAt, Instant expiresAt, Instant finishedAt,
            String code, String message) {
    }

    private record Requested(Instant at, long target) {
    }

    /** The pending request a processor was stopped for, and its shutdown, which may outlast the wait. */
    private record Stopped(long request, CompletableFuture<Void> shutdown) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private final ToIntFunction<String> unclaimedSegments;
    private final BiFunction<String, Set<Integer>, OptionalLong> lowestStoredPosition;
    private final BiPredicate<String, Set<Integer>> replayBehind;
    private final Function<String, List<String>> heldElsewhere;
    private final RebuildRequests requests;
    private final TransactionOperations transactions;
    private final String node;
    private final Duration bound;
    private final Map<String, Requested> requested = new ConcurrentHashMap<>();
    private final Set<String> resetting = ConcurrentHashMap.newKeySet();
    /** Projection → the pending request this node stopped its processor for. */
    private final Map<String, Stopped> stoppedFor = new ConcurrentHashMap<>();
    /** Requests this node took, whose tokens it resets once no other node holds a claim. */
    private final Set<Long> taken = ConcurrentHashMap.newKeySet();

    @Autowired
    ProjectionAdministration(EventProcessingConfiguration processing, EventStore eventStore, Clock clock,
            SegmentClaims claims, RebuildRequests requests, PlatformTransactionManager transactions,
            @Value("${decision-ledger.node.name:}") String node,
            @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout,
            @Value("${decision-ledger.projections.rebuild-timeout:30s}") Duration bound) {
        this(processing, eventStore, clock, claims::unclaimed, claims::lowestStoredPosition, claims::replayBehind,
                processor -> claims.heldElsewhere(processor, ownerName(node), claimTimeout, clock.instant()),
                requests, new TransactionTemplate(transactions), ownerName(node), bound);
    }

    ProjectionAdministration(EventProcessingConfiguration processing, EventStore eventStore, Clock clock,
            ToIntFunction<String> unclaimedSegments,
            BiFunction<String, Set<Integer>, OptionalLong> lowestStoredPosition,
            BiPredicate<String, Set<Integer>> replayBehind, Function<String, List<String>> heldElsewhere,
            RebuildRequests requests, TransactionOperations transactions, String node, Duration bound) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
        this.unclaimedSegments = unclaimedSegments;
        this.lowestStoredPosition = lowestStoredPosition;
        this.replayBehind = replayBehind;
        this.heldElsewhere = heldElsewhere;
        this.requests = requests;
        this.transactions = transactions;
        this.node = node;
        this.bound = bound;
    }

    /** The name this node claims segments under, as the token store writes it (ADR 24). */
    private static String ownerName(String configured) {
        return configured == null || configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName()
                : configured.strip();
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
     * Asks every node to rebuild the projection: records the request, stops the projection here and,
     * when no other node holds a claim on it (one node, or nodes that hold none of its segments),
     * resets its tokens (its reset handler empties its tables) and starts it again at once. Otherwise
     * the other nodes stop it within a poll and the reset follows ({@link #coordinate()}); the replay
     * goes on in the background. Refused while a rebuild of it is pending or replaying on any node.
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
            if (replaying(processor)
                    || replayBehind.test(name, Set.copyOf(processor.processingStatus().keySet()))) {
                throw rebuildUnderWay(name);
            }
            long target = head();
            RebuildRequests.Request request = requests.open(name, node, target, bound)
                    .orElseThrow(() -> rebuildUnderWay(name));
            log.info("Rebuilding projection {}: replaying the history up to global index {} once every node has "
                    + "stopped it (request {}, expires at {})", name, target, request.id(), request.expiresAt());
            taken.add(request.id());
            coordinate();
        } finally {
            resetting.remove(name);
        }
        return status(processor, head());
    }

    private static RuleRefused rebuildUnderWay(String name) {
        return new RuleRefused("REBUILD_IN_PROGRESS", "Projection " + name + " is already being rebuilt.");
    }

    /**
     * One round of the rebuild requests, on every node (every half second, and at once on the node a
     * request is sent to): a request past its time expires; a processor with a pending request is
     * stopped, and reset by the node that took the request once no other node holds a claim; a
     * processor stopped for a request no longer pending is started again.
     */
    public synchronized void coordinate() {
        Map<String, RebuildRequests.Request> pending = new HashMap<>();
        for (RebuildRequests.Request request : requests.pending()) {
            if (request.overdue()) {
                expire(request);
            } else {
                pending.put(request.projection(), request);
            }
        }
        for (EventProcessor candidate : processing.eventProcessors().values()) {
            if (!(candidate instanceof StreamingEventProcessor processor)) {
                continue;
            }
            String name = processor.getName();
            RebuildRequests.Request request = pending.get(name);
            try {
                if (request != null) {
                    Stopped stopped = stoppedFor.get(name);
                    if (stopped == null || stopped.request() != request.id()) {
                        log.info("Stopping projection {} for the rebuild {} asked of node {}", name, request.id(),
                                request.node());
                        // Recorded before the shutdown is awaited: however long it takes, the processor is
                        // started again once it is over and the request is no longer pending.
                        stopped = new Stopped(request.id(), processor.shutdownAsync());
                        stoppedFor.put(name, stopped);
                        awaitShutdown(processor, stopped.shutdown());
                    }
                    // Never while the shutdown is under way: Axon resets a processor that is not running,
                    // and the batch in hand would commit its token over the reset one.
                    if (taken.contains(request.id()) && stopped.shutdown().isDone()) {
                        reset(processor, request);
                    }
                } else if (stoppedFor.containsKey(name) && stoppedFor.get(name).shutdown().isDone()) {
                    // Axon cannot start a processor while its shutdown is under way: one still stopping is
                    // started on a later round. Started before the store is asked what became of the
                    // request: an error there must not leave the processor stopped.
                    stoppedFor.remove(name);
                    processor.start();
                    log.info("Started projection {} again: its rebuild is {}", name,
                            requests.latest(name).map(RebuildRequests.Request::state).orElse("gone"));
                }
            } catch (RuntimeException e) {
                log.error("Projection {}: the rebuild request {} could not be followed", name,
                        request == null ? null : request.id(), e);
                if (request != null && taken.remove(request.id())) {
                    requests.fail(request.id(), "REBUILD_FAILED", "The rebuild failed on node " + node + ": "
                            + e.getMessage() + ". Nothing was reset; every node runs the projection again.");
                }
            }
        }
    }

    /**
     * Resets the tokens once no other node holds a claim. The request is marked carried out in the
     * reset's transaction: its row's lock keeps another node from expiring it meanwhile, and a reset
     * that fails (a claim taken in between: Axon claims each segment before it resets) leaves it pending.
     */
    private void reset(StreamingEventProcessor processor, RebuildRequests.Request request) {
        String name = processor.getName();
        if (!heldElsewhere.apply(name).isEmpty()) {
            return;
        }
        Boolean done;
        try {
            done = transactions.execute(transaction -> {
                if (!requests.markReset(request.id())) {
                    transaction.setRollbackOnly();
                    return false;
                }
                processor.resetTokens();
                return true;
            });
        } catch (UnableToClaimTokenException claimed) {
            log.debug("Projection {}: another node claimed a segment before the reset; trying again", name);
            return;
        }
        taken.remove(request.id());
        if (Boolean.TRUE.equals(done)) {
            // When it was asked, by the store's clock, as every other node shows it; not when it was reset.
            requested.put(name, new Requested(request.requestedAt(), request.target()));
            log.info("Projection {} reset for rebuild {}; replaying up to global index {}", name, request.id(),
                    request.target());
        }
        // This node starts its processor here; the others start theirs on their next round.
        stoppedFor.remove(name);
        processor.start();
    }

    private void expire(RebuildRequests.Request request) {
        List<String> holders = heldElsewhere.apply(request.projection());
        // Claims never released are the one thing no node can do anything about; otherwise the node that
        // took the request stopped before it reset the tokens.
        String code = holders.isEmpty() ? "REBUILD_EXPIRED" : "PROJECTION_CLAIMED_ELSEWHERE";
        String message = "The rebuild of " + request.projection() + " asked of node " + request.node()
                + " expired at " + request.expiresAt() + (holders.isEmpty()
                        ? " before that node reset it (it stopped, or could not reach the store)."
                        : ": these claims on its segments were never released: " + String.join(", ", holders) + ".")
                + " Nothing was reset and every node runs the projection again. Ask again; if a node keeps its"
                + " claims, stop or restart that node first.";
        if (requests.expire(request.id(), code, message)) {
            log.warn(message);
        }
        taken.remove(request.id());
    }

    private static void awaitShutdown(StreamingEventProcessor processor, CompletableFuture<Void> shutdown) {
        try {
            shutdown.get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping " + processor.getName(), e);
        } catch (ExecutionException | TimeoutException e) {
            // Not started again here: Axon refuses while the shutdown is under way (the batch in hand, a
            // statement waiting for a lock). The next rounds start it once it is over.
            throw new IllegalStateException("Projection " + processor.getName() + " did not stop within "
                    + SHUTDOWN_SECONDS + " s", e);
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
        RebuildRequests.Request latest = requests.latest(processor.getName()).orElse(null);
        boolean replaying = replaying(processor) || (latest != null && latest.pending())
                || replayBehind.test(processor.getName(), segments.keySet());
        Replay replay = null;
        if (replaying) {
            Requested pending = requested.get(processor.getName());
            Long target = pending != null ? Long.valueOf(pending.target())
                    : latest != null && !latest.overdue() && Set.of(RebuildRequests.PENDING, RebuildRequests.RESET)
                            .contains(latest.state()) ? Long.valueOf(latest.target())
                    : segments.values().stream()
                            .map(EventTrackerStatus::getResetPosition)
                            .filter(OptionalLong::isPresent)
                            .map(OptionalLong::getAsLong)
                            .max(Long::compare)
                            .orElse(null);
            Instant requestedAt = pending != null ? pending.at() : latest == null ? null : latest.requestedAt();
            double progress = target == null || target <= 0 || position == null ? 0
                    : Math.min(1.0, Math.max(0, position) / (double) target);
            replay = new Replay(position, target, progress, requestedAt);
        }
        return new ProjectionStatus(processor.getName(), processor.isRunning(), processor.isError(),
                !LEDGER.equals(processor.getName()) && processor.supportsReset(), segments.size(),
                unclaimedSegments.applyAsInt(processor.getName()), position, head,
                position == null ? null : Math.max(0, head - position), replaying, replay, rebuild(latest));
    }

    private static Rebuild rebuild(RebuildRequests.Request request) {
        if (request == null) {
            return null;
        }
        String state = request.overdue() ? RebuildRequests.EXPIRED : request.state();
        return new Rebuild(state, request.node(), request.requestedAt(), request.expiresAt(), request.finishedAt(),
                request.code(), request.message());
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }
}
