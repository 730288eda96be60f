package org.decisionledger.kernel.decision;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The decision maker approved the recommendations. {@code procedure} records which access-to-information
 * route allowed the decision on {@code decidedOn}, so the record shows it without replaying the rules.
 */
@Revision("1")
public record RecommendationsApproved(
        DecisionId decisionId,
        LocalDate decidedOn,
        String decidedAt,
        List<Resolution> resolutions,
        String reasons,
        String alternativesRejected,
        String conflictsOfInterest,
        String dispensations,
        DecisionProcedure procedure) implements DecisionEvent {

    public RecommendationsApproved {
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    }

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
