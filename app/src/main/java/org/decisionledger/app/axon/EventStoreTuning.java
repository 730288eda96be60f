package org.decisionledger.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event store reads for the processors (docs/performance.md has the measurements).
 *
 * @param batchSize events read from the table per query, by processors and replays
 */
@ConfigurationProperties("decision-ledger.event-store")
public record EventStoreTuning(@DefaultValue("100") int batchSize) {
}
