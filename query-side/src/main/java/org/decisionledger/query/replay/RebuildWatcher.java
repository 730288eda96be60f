package org.decisionledger.query.replay;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the rebuild requests stored for every node (ADR 25): every {@code rebuild-poll} it runs a
 * round of {@link ProjectionAdministration#coordinate()}. It starts after Axon's processors and stops
 * before them.
 */
@Component
class RebuildWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RebuildWatcher.class);

    private final ProjectionAdministration administration;
    private final Duration poll;
    private volatile ScheduledExecutorService executor;
    private boolean failing;

    RebuildWatcher(ProjectionAdministration administration,
            @Value("${decision-ledger.projections.rebuild-poll:500ms}") Duration poll) {
        this.administration = administration;
        this.poll = poll;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rebuild-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::round, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            administration.coordinate();
            if (failing) {
                failing = false;
                log.info("Following the rebuild requests again");
            }
        } catch (RuntimeException e) {
            // The store may be out of reach for a while (ADR 18): said once, and the next round tries again.
            if (!failing) {
                failing = true;
                log.warn("Could not follow the rebuild requests; trying again every {}: {}", poll, e.toString());
            }
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService stopping = executor;
        executor = null;
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(30, TimeUnit.SECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
