package org.decisionledger.command.authority;

import java.time.LocalDate;

import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.common.UnknownResource;
import org.springframework.stereotype.Component;

/**
 * How other aggregates' command handlers learn a council's rules: folded from the Authority's
 * committed events when asked, without taking the Authority's lock. A decision's or a delegation's
 * command holds its own aggregate's lock; taking the council's as well, in whichever order the
 * handlers happened to need them, let two commands each hold one and wait for the other (a creation
 * holds the council and waits for the decision, an approval the other way round). A rule change
 * committed while such a command runs is not seen by it, just as if that command had run first;
 * each decision's events record the rules it applied.
 */
@Component
public class AuthorityDirectory implements AuthorityRulesLookup {

    public static final String UNKNOWN_AUTHORITY = "UNKNOWN_AUTHORITY";
    public static final String NO_RULES_IN_FORCE = "NO_RULES_IN_FORCE";

    private static final AggregateModel<Authority> MODEL = AnnotatedAggregateMetaModelFactory
            .inspectAggregate(Authority.class);

    private final EventStore events;

    public AuthorityDirectory(EventStore events) {
        this.events = events;
    }

    public void requireKnown(AuthorityId authorityId) {
        if (events.lastSequenceNumberFor(authorityId.value()).isEmpty()) {
            throw unknown(authorityId);
        }
    }

    /** The rules in force on {@code day}; refused when the council had adopted none by then. */
    @Override
    public AuthorityRules rulesOn(AuthorityId authorityId, LocalDate day) {
        return load(authorityId).invoke(authority -> authority.rulesOn(day))
                .orElseThrow(() -> new RuleRefused(NO_RULES_IN_FORCE,
                        "Authority " + authorityId + " has no rules in force on " + day));
    }

    private EventSourcedAggregate<Authority> load(AuthorityId authorityId) {
        DomainEventStream stream = events.readEvents(authorityId.value());
        if (!stream.hasNext()) {
            throw unknown(authorityId);
        }
        EventSourcedAggregate<Authority> authority = EventSourcedAggregate.initialize(new Authority(), MODEL, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        authority.initializeState(stream);
        return authority;
    }

    private static UnknownResource unknown(AuthorityId authorityId) {
        return new UnknownResource(UNKNOWN_AUTHORITY, "Authority " + authorityId + " is not known");
    }
}
