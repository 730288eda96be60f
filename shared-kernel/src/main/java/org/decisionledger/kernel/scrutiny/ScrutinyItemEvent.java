package org.decisionledger.kernel.scrutiny;

import org.decisionledger.kernel.common.LedgerEvent;

/** The events of the ScrutinyItem aggregate. */
public sealed interface ScrutinyItemEvent extends LedgerEvent permits ScrutinyItemRecorded {

    ScrutinyItemId scrutinyItemId();
}
