package org.decisionledger.command.decision;

import java.time.LocalDate;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.UnknownResource;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionProposed;
import org.decisionledger.kernel.decision.DecisionReconsidered;
import org.decisionledger.kernel.decision.DecisionRejected;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.DecisionWithdrawn;
import org.decisionledger.kernel.decision.RecommendationsApproved;
import org.decisionledger.kernel.decision.ReconsiderationOutcome;
import org.springframework.stereotype.Component;

/**
 * Reads where a decision stands from its own events, inside the caller's unit of work, so the
 * answer is never stale and the Decision aggregate needs no accessor for it.
 */
@Component
public class DecisionDirectory implements DecisionStandings {

    public static final String UNKNOWN_DECISION = "UNKNOWN_DECISION";

    private final EventStore eventStore;

    public DecisionDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public DecisionStanding of(DecisionId decisionId) {
        AuthorityId authorityId = null;
        LocalDate decidedOn = null;
        LocalDate effectiveFrom = null;
        boolean cameToNothing = false;
        DomainEventStream stream = eventStore.readEvents(decisionId.value());
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object event = message.getPayload();
            if (event instanceof DecisionProposed proposed) {
                authorityId = proposed.authorityId();
            } else if (event instanceof RecommendationsApproved approved) {
                decidedOn = approved.decidedOn();
            } else if (event instanceof DecisionRejected || event instanceof DecisionWithdrawn) {
                cameToNothing = true;
            } else if (event instanceof DecisionReconsidered reconsidered
                    && reconsidered.outcome() == ReconsiderationOutcome.REVOKED) {
                cameToNothing = true;
            } else if (event instanceof DecisionTookEffect effect) {
                effectiveFrom = effect.effectiveFrom();
            }
        }
        if (authorityId == null) {
            throw new UnknownResource(UNKNOWN_DECISION, "Decision " + decisionId + " is not in the ledger");
        }
        return new DecisionStanding(decisionId, authorityId, decidedOn, effectiveFrom, cameToNothing);
    }
}
