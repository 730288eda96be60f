package org.decisionledger.command.actionplan;

import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.DECISION_OF_ANOTHER_AUTHORITY;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.UNKNOWN_DECISION;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.common.UnknownResource;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionProposed;
import org.springframework.stereotype.Component;

/**
 * Answers from the decision's own first event, read in the same unit of work, so the answer is never
 * stale and the Decision aggregate needs no accessor for another feature.
 */
@Component
class StoredDecisions implements SourceDecisions {

    private final EventStore eventStore;

    StoredDecisions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public void requireDecisionOf(DecisionId decisionId, AuthorityId authorityId) {
        DomainEventStream events = eventStore.readEvents(decisionId.value(), 0);
        if (!events.hasNext() || !(events.next().getPayload() instanceof DecisionProposed proposed)) {
            throw new UnknownResource(UNKNOWN_DECISION, "Decision " + decisionId + " is not in the ledger");
        }
        if (!proposed.authorityId().equals(authorityId)) {
            throw new RuleRefused(DECISION_OF_ANOTHER_AUTHORITY, "Decision " + decisionId + " was taken by "
                    + proposed.authorityId() + ", not by " + authorityId);
        }
    }
}
