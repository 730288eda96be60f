package org.decisionledger.command.authority;

import java.time.LocalDate;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.common.UnknownResource;
import org.springframework.stereotype.Component;

/**
 * How other aggregates' command handlers learn a council's rules: read from the Authority's own
 * events inside the same unit of work, so the answer is never stale.
 */
@Component
public class AuthorityDirectory implements AuthorityRulesLookup {

    public static final String UNKNOWN_AUTHORITY = "UNKNOWN_AUTHORITY";
    public static final String NO_RULES_IN_FORCE = "NO_RULES_IN_FORCE";

    private final Repository<Authority> authorities;

    public AuthorityDirectory(Repository<Authority> authorities) {
        this.authorities = authorities;
    }

    public void requireKnown(AuthorityId authorityId) {
        load(authorityId);
    }

    /** The rules in force on {@code day}; refused when the council had adopted none by then. */
    @Override
    public AuthorityRules rulesOn(AuthorityId authorityId, LocalDate day) {
        return load(authorityId).invoke(authority -> authority.rulesOn(day))
                .orElseThrow(() -> new RuleRefused(NO_RULES_IN_FORCE,
                        "Authority " + authorityId + " has no rules in force on " + day));
    }

    private org.axonframework.modelling.command.Aggregate<Authority> load(AuthorityId authorityId) {
        try {
            return authorities.load(authorityId.value());
        } catch (AggregateNotFoundException notFound) {
            throw new UnknownResource(UNKNOWN_AUTHORITY, "Authority " + authorityId + " is not known");
        }
    }
}
