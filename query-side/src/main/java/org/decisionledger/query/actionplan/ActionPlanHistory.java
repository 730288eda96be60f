package org.decisionledger.query.actionplan;

import java.time.Instant;
import java.util.Optional;

import org.decisionledger.kernel.actionplan.ActionPlanEvent;
import org.decisionledger.query.common.RecordedEvents;
import org.springframework.stereotype.Component;

/** Rebuilds a plan's tracker from its events as recorded up to an instant, with the live tracker's folding. */
@Component
public class ActionPlanHistory {

    private final RecordedEvents recordedEvents;

    ActionPlanHistory(RecordedEvents recordedEvents) {
        this.recordedEvents = recordedEvents;
    }

    public Optional<ActionPlanTracker> asOf(String planId, Instant instant) {
        ActionPlanTracker tracker = null;
        for (RecordedEvents.Recorded<ActionPlanEvent> recorded
                : recordedEvents.upTo(planId, instant, ActionPlanEvent.class)) {
            tracker = ActionPlanTrackerFolding.apply(tracker, recorded.event(), recorded.sequence(),
                    recorded.recordedAt());
        }
        return Optional.ofNullable(tracker);
    }
}
