package org.decisionledger.command.delegation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.decisionledger.command.authority.AuthorityDirectory;
import org.decisionledger.command.decision.DecisionStanding;
import org.decisionledger.command.decision.DecisionStandings;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.delegation.DelegateAuthority;
import org.springframework.stereotype.Component;

/**
 * Creates delegations. A delegation must name a council the ledger knows and, when it comes from a
 * decision, a decision of that council that was taken; only their own histories can tell, so
 * creation is handled here rather than in a constructor.
 */
@Component
class DelegationCreationHandler {

    private final Repository<Delegation> delegations;
    private final AuthorityDirectory authorities;
    private final DecisionStandings decisions;

    DelegationCreationHandler(Repository<Delegation> delegations, AuthorityDirectory authorities,
            DecisionStandings decisions) {
        this.delegations = delegations;
        this.authorities = authorities;
        this.decisions = decisions;
    }

    @CommandHandler
    CommandAccepted handle(DelegateAuthority command) throws Exception {
        authorities.requireKnown(command.authorityId());
        DecisionStanding source = command.sourceDecisionId() == null ? null : decisions.of(command.sourceDecisionId());
        Aggregate<Delegation> delegation = delegations.newInstance(() -> new Delegation(command, source));
        return CommandAccepted.of(command.delegationId().value(), delegation.version());
    }
}
