package org.decisionledger.command.authority;

import java.time.LocalDate;

import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRules;

/**
 * The council's rules in force on a day, as other aggregates' command handlers need them. An
 * aggregate takes this as a handler parameter because it cannot load another aggregate itself.
 */
@FunctionalInterface
public interface AuthorityRulesLookup {

    /**
     * @throws org.decisionledger.kernel.common.UnknownResource if the council is not known
     * @throws org.decisionledger.kernel.common.RuleRefused     if it had no rules in force on {@code day}
     */
    AuthorityRules rulesOn(AuthorityId authorityId, LocalDate day);
}
