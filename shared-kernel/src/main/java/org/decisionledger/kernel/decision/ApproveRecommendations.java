package org.decisionledger.kernel.decision;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the decision maker approved the recommendations, with the decision record regs 12 and 13 require. */
public record ApproveRecommendations(
        @TargetAggregateIdentifier DecisionId decisionId,
        LocalDate decidedOn,
        String decidedAt,
        List<Resolution> resolutions,
        String reasons,
        String alternativesRejected,
        String conflictsOfInterest,
        String dispensations) {

    public ApproveRecommendations {
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    }
}
