package org.decisionledger.command.actionplan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.decisionledger.command.authority.AuthorityDirectory;
import org.decisionledger.kernel.actionplan.CreateActionPlan;
import org.decisionledger.kernel.common.CommandAccepted;
import org.springframework.stereotype.Component;

/**
 * Creates action plans. A plan must name a council the ledger knows and, when it has them, a source
 * decision and a source scrutiny item of that council; only their own histories can tell, so creation
 * is handled here rather than in a constructor.
 */
@Component
class ActionPlanCreationHandler {

    private final Repository<ActionPlan> plans;
    private final AuthorityDirectory authorities;
    private final SourceDecisions decisions;
    private final SourceScrutinyItems scrutinyItems;

    ActionPlanCreationHandler(Repository<ActionPlan> plans, AuthorityDirectory authorities, SourceDecisions decisions,
            SourceScrutinyItems scrutinyItems) {
        this.plans = plans;
        this.authorities = authorities;
        this.decisions = decisions;
        this.scrutinyItems = scrutinyItems;
    }

    @CommandHandler
    CommandAccepted handle(CreateActionPlan command) throws Exception {
        authorities.requireKnown(command.authorityId());
        if (command.sourceDecisionId() != null) {
            decisions.requireDecisionOf(command.sourceDecisionId(), command.authorityId());
        }
        if (command.sourceScrutinyItemId() != null) {
            scrutinyItems.requireItemOf(command.sourceScrutinyItemId(), command.authorityId());
        }
        Aggregate<ActionPlan> plan = plans.newInstance(() -> new ActionPlan(command));
        return CommandAccepted.of(command.planId().value(), plan.version());
    }
}
