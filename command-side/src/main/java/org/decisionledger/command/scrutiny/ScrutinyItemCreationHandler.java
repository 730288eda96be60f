package org.decisionledger.command.scrutiny;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.Repository;
import org.decisionledger.command.authority.AuthorityDirectory;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.scrutiny.RecordScrutinyItem;
import org.springframework.stereotype.Component;

/**
 * Records scrutiny items. An item must name a council the ledger knows, which only the council's own
 * history can tell, so creation is handled here rather than in a constructor. An id already recorded
 * is refused before anything is applied, as the event store would refuse its first event: 409
 * {@code CONCURRENT_MODIFICATION}, the answer every kind of record gives to a second creation.
 */
@Component
class ScrutinyItemCreationHandler {

    private final Repository<ScrutinyItem> items;
    private final AuthorityDirectory authorities;
    private final RecordedItems recorded;

    ScrutinyItemCreationHandler(Repository<ScrutinyItem> items, AuthorityDirectory authorities,
            RecordedItems recorded) {
        this.items = items;
        this.authorities = authorities;
        this.recorded = recorded;
    }

    @CommandHandler
    CommandAccepted handle(RecordScrutinyItem command) throws Exception {
        if (recorded.exists(command.scrutinyItemId().value())) {
            throw new AggregateStreamCreationException("Scrutiny item " + command.scrutinyItemId()
                    + " is already recorded");
        }
        authorities.requireKnown(command.authorityId());
        Aggregate<ScrutinyItem> item = items.newInstance(() -> new ScrutinyItem(command));
        return CommandAccepted.of(command.scrutinyItemId().value(), item.version());
    }

    /** Whether any record already has events under an id. */
    @FunctionalInterface
    interface RecordedItems {

        boolean exists(String id);
    }
}
