package org.decisionledger.query.decision;

import java.time.Instant;

import org.decisionledger.kernel.decision.DecisionEvent;
import org.decisionledger.kernel.decision.DecisionProposed;

/**
 * The one pure function from a decision's events to its view. The live projection and the "as of"
 * reconstruction both use it, so they cannot drift apart.
 */
public final class DecisionViewFolding {

    public static final String PROPOSED = "PROPOSED";

    private DecisionViewFolding() {
    }

    /** Applies one event; {@code current} is null before the first. */
    public static DecisionView apply(DecisionView current, DecisionEvent event, long sequence, Instant recordedAt) {
        if (event instanceof DecisionProposed proposed) {
            return new DecisionView(proposed.decisionId().value(), proposed.authorityId().value(),
                    proposed.reference(), proposed.title(), proposed.decisionMaker(), proposed.keyDecision(),
                    proposed.keyDecisionReasons(), proposed.wardsAffected(), proposed.leadMember(),
                    proposed.leadOfficer(), proposed.department(), proposed.contact(), proposed.proposedDecision(),
                    proposed.decisionDue(), proposed.proposedOn(), PROPOSED, sequence, recordedAt);
        }
        throw new IllegalArgumentException("No view rule for " + event.getClass().getSimpleName());
    }
}
