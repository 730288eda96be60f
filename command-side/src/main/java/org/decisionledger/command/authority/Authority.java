package org.decisionledger.command.authority;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.decisionledger.command.common.AggregateCaches;
import org.decisionledger.command.common.ExpectedVersionTargetResolver;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRegistered;
import org.decisionledger.kernel.authority.AuthorityRenamed;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.authority.AuthorityRulesAdopted;
import org.decisionledger.kernel.authority.ConfigureAuthority;
import org.decisionledger.kernel.authority.RuleBook;
import org.decisionledger.kernel.common.CommandAccepted;

/**
 * A council and the versions of its constitutional rules. Rule versions are never edited: a new
 * version is adopted from a date, so a decision published earlier keeps the rules it was published under.
 */
@Aggregate(cache = AggregateCaches.AUTHORITIES)
class Authority {

    @AggregateIdentifier
    private AuthorityId authorityId;
    private String name;
    private RuleBook ruleBook = RuleBook.empty();

    Authority() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandAccepted handle(ConfigureAuthority command,
            @MetaDataValue(ExpectedVersionTargetResolver.EXPECTED_VERSION) String expectedVersion) {
        boolean created = authorityId == null;
        requireExpectedVersion(command, expectedVersion);
        if (created) {
            apply(new AuthorityRegistered(command.authorityId(), command.name(), command.rules(),
                    command.validFrom(), command.configuredOn()));
        } else {
            if (!Objects.equals(name, command.name())) {
                apply(new AuthorityRenamed(authorityId, command.name(), name, command.configuredOn()));
            }
            // Without a date, a change to a registered council's rules applies from the day it is made:
            // decisions published before it keep the dates they were given, and replay gives the same.
            LocalDate validFrom = command.validFrom() != null ? command.validFrom() : command.configuredOn();
            boolean unchanged = command.validFrom() != null
                    ? ruleBook.alreadyInForce(validFrom, command.rules())
                    : ruleBook.rulesOn(validFrom).map(command.rules()::equals).orElse(false);
            if (!unchanged) {
                apply(new AuthorityRulesAdopted(authorityId, command.rules(), validFrom, command.configuredOn()));
            }
        }
        return new CommandAccepted(command.authorityId().value(), AggregateLifecycle.getVersion(),
                java.util.Map.of("created", created));
    }

    /**
     * PUT creates or updates, and Axon does not check the expected version on that path, so the
     * If-Match check is made here.
     */
    private void requireExpectedVersion(ConfigureAuthority command, String expectedVersion) {
        if (expectedVersion == null) {
            return;
        }
        Long actual = AggregateLifecycle.getVersion();
        long expected = Long.parseLong(expectedVersion);
        if (actual == null || actual != expected) {
            throw new ConflictingAggregateVersionException(command.authorityId().value(), expected,
                    actual == null ? -1 : actual);
        }
    }

    /** The rules in force on a day. */
    Optional<AuthorityRules> rulesOn(LocalDate day) {
        return ruleBook.rulesOn(day);
    }

    @EventSourcingHandler
    void on(AuthorityRegistered event) {
        authorityId = event.authorityId();
        name = event.name();
        ruleBook = ruleBook.adopt(event.validFrom(), event.rules(), event.configuredOn());
    }

    @EventSourcingHandler
    void on(AuthorityRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(AuthorityRulesAdopted event) {
        ruleBook = ruleBook.adopt(event.validFrom(), event.rules(), event.configuredOn());
    }
}
