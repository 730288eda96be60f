package org.decisionledger.command.common;

import org.decisionledger.kernel.common.CommandRefusedAndRecorded;
import org.decisionledger.kernel.common.DomainException;

/** A refusal that is already part of the history; answered 409 like any other refusal. */
public class RefusalRecorded extends DomainException {

    private final transient CommandRefusedAndRecorded refusal;

    public RefusalRecorded(CommandRefusedAndRecorded refusal) {
        super(refusal.code(), Kind.REFUSED, refusal.message());
        this.refusal = refusal;
    }

    public CommandRefusedAndRecorded refusal() {
        return refusal;
    }
}
