package org.decisionledger.command.decision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionProposed;
import org.decisionledger.kernel.decision.ProposeDecision;

/** An executive decision from the forward plan to the day it takes effect. */
@Aggregate
class Decision {

    @AggregateIdentifier
    private DecisionId decisionId;
    private AuthorityId authorityId;
    private boolean keyDecision;

    Decision() {
        // required by Axon to rebuild the aggregate from its events
    }

    Decision(ProposeDecision command) {
        apply(new DecisionProposed(command.decisionId(), command.authorityId(), command.reference(),
                command.title(), command.decisionMaker(), command.keyDecision(), command.keyDecisionReasons(),
                command.wardsAffected(), command.leadMember(), command.leadOfficer(), command.department(),
                command.contact(), command.proposedDecision(), command.decisionDue(), command.proposedOn()));
    }

    @EventSourcingHandler
    void on(DecisionProposed event) {
        decisionId = event.decisionId();
        authorityId = event.authorityId();
        keyDecision = event.keyDecision();
    }
}
