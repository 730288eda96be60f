package org.decisionledger.kernel.delegation;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;

/**
 * The holder of a delegation passed part of it on: a new delegation whose parent is {@code parentId}.
 * Its period lies within the parent's. {@code sourceDecisionId} is the decision at the root of the
 * chain (null for a standing delegation), so the sub-delegation takes force with that decision too.
 *
 * @param validUntil the last day of the period: the parent's last day when the sub-delegation named none
 */
@Revision("1")
public record SubDelegationGranted(
        DelegationId delegationId,
        DelegationId parentId,
        AuthorityId authorityId,
        DecisionId sourceDecisionId,
        String delegate,
        String scope,
        List<String> scopeTags,
        String conditions,
        LocalDate validFrom,
        LocalDate validUntil) implements DelegationEvent {

    public SubDelegationGranted {
        scopeTags = scopeTags == null ? List.of() : List.copyOf(scopeTags);
    }

    @Override
    public LocalDate businessDate() {
        return validFrom;
    }
}
