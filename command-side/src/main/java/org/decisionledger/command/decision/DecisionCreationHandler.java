package org.decisionledger.command.decision;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.decisionledger.command.authority.AuthorityDirectory;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.ProposeDecision;
import org.springframework.stereotype.Component;

/**
 * Creates decisions. A proposal must name a council the ledger knows, which only the Authority's
 * own history can tell, so creation is handled here rather than in a constructor.
 */
@Component
class DecisionCreationHandler {

    private final Repository<Decision> decisions;
    private final AuthorityDirectory authorities;

    DecisionCreationHandler(Repository<Decision> decisions, AuthorityDirectory authorities) {
        this.decisions = decisions;
        this.authorities = authorities;
    }

    @CommandHandler
    CommandAccepted handle(ProposeDecision command) throws Exception {
        authorities.requireKnown(command.authorityId());
        Aggregate<Decision> decision = decisions.newInstance(() -> new Decision(command));
        return CommandAccepted.of(command.decisionId().value(), decision.version());
    }
}
