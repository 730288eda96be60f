package org.decisionledger.command.actionplan;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A plan is snapshotted every few dozen events, so loading one never replays its whole history (ADR 7). */
@Configuration(proxyBeanMethods = false)
class ActionPlanSnapshots {

    static final String TRIGGER = "actionPlanSnapshotTrigger";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition actionPlanSnapshotTrigger(Snapshotter snapshotter, ActionPlanProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotEvery());
    }
}
