package org.decisionledger.kernel.authority;

import org.decisionledger.kernel.common.LedgerEvent;

/** The events of the Authority aggregate. */
public sealed interface AuthorityEvent extends LedgerEvent
        permits AuthorityRegistered, AuthorityRulesAdopted, AuthorityRenamed {

    AuthorityId authorityId();
}
