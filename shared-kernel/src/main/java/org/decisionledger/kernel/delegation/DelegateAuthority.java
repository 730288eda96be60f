package org.decisionledger.kernel.delegation;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;

/**
 * Delegates authority to an officer post for a scope and a period, by a decision of the council
 * ({@code sourceDecisionId}) or by a standing scheme of delegation (null).
 */
public record DelegateAuthority(
        @TargetAggregateIdentifier DelegationId delegationId,
        AuthorityId authorityId,
        DecisionId sourceDecisionId,
        String resolution,
        String delegate,
        String scope,
        List<String> scopeTags,
        String conditions,
        LocalDate validFrom,
        LocalDate validUntil) {

    public DelegateAuthority {
        scopeTags = scopeTags == null ? List.of() : List.copyOf(scopeTags);
    }
}
