package org.decisionledger.command.actionplan;

import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;

/** Whether the scrutiny item a plan answers is in the ledger and is the same council's. */
@FunctionalInterface
interface SourceScrutinyItems {

    /**
     * @throws org.decisionledger.kernel.common.UnknownResource {@code UNKNOWN_SCRUTINY_ITEM} when it is not in the ledger
     * @throws org.decisionledger.kernel.common.RuleRefused     {@code SCRUTINY_ITEM_OF_ANOTHER_AUTHORITY}
     */
    void requireItemOf(ScrutinyItemId scrutinyItemId, AuthorityId authorityId);
}
