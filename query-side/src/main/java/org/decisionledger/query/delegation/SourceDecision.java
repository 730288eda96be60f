package org.decisionledger.query.delegation;

import java.time.LocalDate;
import java.util.List;

import org.decisionledger.kernel.decision.DecisionEvent;
import org.decisionledger.kernel.decision.DecisionProposed;
import org.decisionledger.kernel.decision.DecisionReconsidered;
import org.decisionledger.kernel.decision.DecisionRejected;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.DecisionWithdrawn;
import org.decisionledger.kernel.decision.ReconsiderationOutcome;

/**
 * What the delegation register needs to know of a decision that delegates: whether, and from when,
 * it has effect. Folded from the decision's own events by {@link #apply}, live and "as of" alike.
 *
 * @param status one of {@link #NOT_YET_EFFECTIVE}, {@link #EFFECTIVE}, {@link #REJECTED},
 *               {@link #WITHDRAWN}, {@link #REVOKED}
 */
public record SourceDecision(String id, String title, String status, LocalDate effectiveFrom, long version) {

    public static final String NOT_YET_EFFECTIVE = "NOT_YET_EFFECTIVE";
    public static final String EFFECTIVE = "EFFECTIVE";
    public static final String REJECTED = "REJECTED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String REVOKED = "REVOKED";

    /** Rejected, withdrawn or revoked: it never gives force to a delegation. */
    public boolean cameToNothing() {
        return List.of(REJECTED, WITHDRAWN, REVOKED).contains(status);
    }

    /** Applies one of the decision's events; {@code current} is null before the first. */
    public static SourceDecision apply(SourceDecision current, DecisionEvent event, long sequence) {
        if (event instanceof DecisionProposed proposed) {
            return new SourceDecision(proposed.decisionId().value(), proposed.title(), NOT_YET_EFFECTIVE, null,
                    sequence);
        }
        if (current == null) {
            throw new IllegalStateException("A decision's history must start with its proposal, not "
                    + event.getClass().getSimpleName());
        }
        String status = current.status();
        LocalDate effectiveFrom = current.effectiveFrom();
        if (event instanceof DecisionRejected) {
            status = REJECTED;
        } else if (event instanceof DecisionWithdrawn) {
            status = WITHDRAWN;
        } else if (event instanceof DecisionReconsidered reconsidered
                && reconsidered.outcome() == ReconsiderationOutcome.REVOKED) {
            status = REVOKED;
        } else if (event instanceof DecisionTookEffect effect && NOT_YET_EFFECTIVE.equals(status)) {
            status = EFFECTIVE;
            effectiveFrom = effect.effectiveFrom();
        }
        return new SourceDecision(current.id(), current.title(), status, effectiveFrom, sequence);
    }
}
