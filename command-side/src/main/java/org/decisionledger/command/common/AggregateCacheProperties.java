package org.decisionledger.command.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param decisions   how many decisions one node keeps loaded (ADR 14)
 * @param actionPlans how many action plans one node keeps loaded; a plan is the largest aggregate
 * @param others      how many authorities and delegations (each) one node keeps loaded
 */
@ConfigurationProperties("decision-ledger.aggregate-cache")
public record AggregateCacheProperties(@DefaultValue("1024") int decisions, @DefaultValue("64") int actionPlans,
        @DefaultValue("256") int others) {

    public AggregateCacheProperties {
        if (decisions < 1 || actionPlans < 1 || others < 1) {
            throw new IllegalArgumentException("decision-ledger.aggregate-cache sizes must be at least 1");
        }
    }
}
