package org.decisionledger.query.delegation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.decisionledger.kernel.decision.DecisionEvent;
import org.decisionledger.kernel.delegation.DelegationEvent;
import org.decisionledger.query.common.RecordedEvents;
import org.springframework.stereotype.Component;

/** Rebuilds delegations and their source decisions from their events as they were recorded up to an instant. */
@Component
class DelegationHistory {

    private final RecordedEvents recordedEvents;

    DelegationHistory(RecordedEvents recordedEvents) {
        this.recordedEvents = recordedEvents;
    }

    Optional<DelegationView> delegationAsOf(String delegationId, Instant instant) {
        List<DelegationViewFolding.Sequenced> events = recordedEvents
                .upTo(delegationId, instant, DelegationEvent.class).stream()
                .map(recorded -> new DelegationViewFolding.Sequenced(recorded.event(), recorded.sequence(),
                        recorded.recordedAt(), recorded.actor()))
                .toList();
        return Optional.ofNullable(DelegationViewFolding.fold(events));
    }

    Optional<SourceDecision> decisionAsOf(String decisionId, Instant instant) {
        SourceDecision decision = null;
        for (RecordedEvents.Recorded<DecisionEvent> recorded
                : recordedEvents.upTo(decisionId, instant, DecisionEvent.class)) {
            decision = SourceDecision.apply(decision, recorded.event(), recorded.sequence());
        }
        return Optional.ofNullable(decision);
    }
}
