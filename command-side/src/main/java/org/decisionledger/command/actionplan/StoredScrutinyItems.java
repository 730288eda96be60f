package org.decisionledger.command.actionplan;

import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.SCRUTINY_ITEM_OF_ANOTHER_AUTHORITY;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.UNKNOWN_SCRUTINY_ITEM;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.common.UnknownResource;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;
import org.decisionledger.kernel.scrutiny.ScrutinyItemRecorded;
import org.springframework.stereotype.Component;

/**
 * Answers from the scrutiny item's own first event, read in the same unit of work, as
 * {@link StoredDecisions} does for decisions.
 */
@Component
class StoredScrutinyItems implements SourceScrutinyItems {

    private final EventStore eventStore;

    StoredScrutinyItems(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public void requireItemOf(ScrutinyItemId scrutinyItemId, AuthorityId authorityId) {
        DomainEventStream events = eventStore.readEvents(scrutinyItemId.value(), 0);
        if (!events.hasNext() || !(events.next().getPayload() instanceof ScrutinyItemRecorded recorded)) {
            throw new UnknownResource(UNKNOWN_SCRUTINY_ITEM, "Scrutiny item " + scrutinyItemId + " is not in the ledger");
        }
        if (!recorded.authorityId().equals(authorityId)) {
            throw new RuleRefused(SCRUTINY_ITEM_OF_ANOTHER_AUTHORITY, "Scrutiny item " + scrutinyItemId
                    + " is " + recorded.authorityId() + "'s, not " + authorityId + "'s");
        }
    }
}
