package org.decisionledger.app.seeding;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the local profile loads the seed documents at start-up, and how long it waits for the
 * effects their publications cause (the call-in windows of historical decisions closed long ago).
 */
@ConfigurationProperties("decision-ledger.seeds")
public record SeedProperties(Boolean enabled, java.time.Duration settleTimeout) {

    public SeedProperties {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        settleTimeout = settleTimeout == null ? java.time.Duration.ofSeconds(60) : settleTimeout;
    }
}
