package org.decisionledger.command.decision;

import java.time.LocalDate;

import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;

/**
 * Where a decision stands, as other aggregates' command handlers need to know it: whether it was
 * taken, whether it came to nothing, and from which day it has effect.
 *
 * @param decidedOn     the day the recommendations were approved; null while the decision is not taken
 * @param effectiveFrom the day it took effect; null until it does
 * @param cameToNothing rejected, withdrawn, or revoked on reconsideration: it never has effect
 */
public record DecisionStanding(
        DecisionId decisionId,
        AuthorityId authorityId,
        LocalDate decidedOn,
        LocalDate effectiveFrom,
        boolean cameToNothing) {

    public boolean taken() {
        return decidedOn != null;
    }

    /** In effect on {@code day}: it took effect on or before that day. */
    public boolean effectiveOn(LocalDate day) {
        return effectiveFrom != null && !effectiveFrom.isAfter(day);
    }
}
