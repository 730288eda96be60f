package org.decisionledger.kernel.delegation;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;

/**
 * Authority was delegated to an officer post, by a decision of the council ({@code sourceDecisionId})
 * or, when that is null, by a standing scheme of delegation. A delegation granted by a decision is in
 * force only from the day that decision takes effect, never before {@code validFrom}.
 *
 * @param resolution the resolution of the source decision that grants it as published, e.g. {@code "(c)"}; may be null
 * @param scopeTags  short names of the matters the scope covers, lower case; an exercise naming another matter
 *                   is outside the delegated scope. Empty when the scope is stated in words only.
 * @param validUntil the last day of the period; null when the delegation has no end date
 */
@Revision("1")
public record DelegationGranted(
        DelegationId delegationId,
        AuthorityId authorityId,
        DecisionId sourceDecisionId,
        String resolution,
        String delegate,
        String scope,
        List<String> scopeTags,
        String conditions,
        LocalDate validFrom,
        LocalDate validUntil) implements DelegationEvent {

    public DelegationGranted {
        scopeTags = scopeTags == null ? List.of() : List.copyOf(scopeTags);
    }

    @Override
    public LocalDate businessDate() {
        return validFrom;
    }
}
