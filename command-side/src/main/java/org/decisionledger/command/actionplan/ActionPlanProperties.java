package org.decisionledger.command.actionplan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param snapshotEvery how many events of one plan may be replayed before a snapshot is taken; see ADR 7
 */
@ConfigurationProperties("decision-ledger.action-plans")
public record ActionPlanProperties(@DefaultValue("50") int snapshotEvery) {

    public ActionPlanProperties {
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("decision-ledger.action-plans.snapshot-every must be at least 1");
        }
    }
}
