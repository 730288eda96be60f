package org.decisionledger.kernel.decision;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The decision maker reconsidered a decision referred back after a call-in. {@code resolutions}
 * holds the amended wording; it is empty when the original resolutions stand or are revoked.
 */
@Revision("1")
public record DecisionReconsidered(
        DecisionId decisionId,
        LocalDate decidedOn,
        ReconsiderationOutcome outcome,
        List<Resolution> resolutions,
        String reasons) implements DecisionEvent {

    public DecisionReconsidered {
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    }

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
