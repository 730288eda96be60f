package org.decisionledger.app.axon;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event store reads for the processors (docs/performance.md has the measurements).
 *
 * @param batchSize events read from the table per query, by processors and replays
 * @param fetchDelay how long a processor that has read everything waits before it asks again
 * @param cachedEvents events kept in memory for processors that are at the head
 */
@ConfigurationProperties("decision-ledger.event-store")
public record EventStoreTuning(
        @DefaultValue("100") int batchSize,
        @DefaultValue("1s") Duration fetchDelay,
        @DefaultValue("10000") int cachedEvents) {
}
