package org.decisionledger.kernel.delegation;

import org.decisionledger.kernel.common.LedgerEvent;

/** The events of the Delegation aggregate: a grant of authority, what was passed on, how it ended, how it was used. */
public sealed interface DelegationEvent extends LedgerEvent permits
        DelegationGranted,
        SubDelegationGranted,
        AuthoritySubDelegated,
        DelegationRevoked,
        DelegationEndedByRevocation,
        DelegatedAuthorityExercised,
        DelegatedAuthorityExerciseRefused {

    DelegationId delegationId();
}
