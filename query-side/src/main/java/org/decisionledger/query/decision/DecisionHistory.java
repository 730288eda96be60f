package org.decisionledger.query.decision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.decisionledger.kernel.decision.DecisionEvent;
import org.decisionledger.query.common.RecordedEvents;
import org.springframework.stereotype.Component;

/** Rebuilds a decision's view from its events as they were recorded up to an instant. */
@Component
public class DecisionHistory {

    private final RecordedEvents recordedEvents;

    DecisionHistory(RecordedEvents recordedEvents) {
        this.recordedEvents = recordedEvents;
    }

    public Optional<DecisionView> asOf(String decisionId, Instant instant) {
        List<DecisionViewFolding.Sequenced> events = recordedEvents.upTo(decisionId, instant, DecisionEvent.class)
                .stream()
                .map(recorded -> new DecisionViewFolding.Sequenced(recorded.event(), recorded.sequence(),
                        recorded.recordedAt()))
                .toList();
        return events.isEmpty() ? Optional.empty() : Optional.of(DecisionViewFolding.fold(events));
    }
}
