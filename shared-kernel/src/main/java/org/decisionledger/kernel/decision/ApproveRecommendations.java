package org.decisionledger.kernel.decision;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the decision maker approved the recommendations, with the decision record regs 12 and 13 require.
 *
 * @param fromPublishedRecord the approval is entered from the council's own published decision record
 *                            (an import), which may not show how the key decision's notice was given;
 *                            a key decision with no notice, general exception or special urgency on
 *                            the ledger is then accepted as {@link DecisionProcedure#NOT_SHOWN_IN_PUBLISHED_RECORD}
 *                            instead of refused. A notice period the ledger knows about is still enforced.
 */
public record ApproveRecommendations(
        @TargetAggregateIdentifier DecisionId decisionId,
        LocalDate decidedOn,
        String decidedAt,
        List<Resolution> resolutions,
        String reasons,
        String alternativesRejected,
        String conflictsOfInterest,
        String dispensations,
        boolean fromPublishedRecord) {

    public ApproveRecommendations {
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    }

    /** An approval an officer records as it happens. */
    public ApproveRecommendations(DecisionId decisionId, LocalDate decidedOn, String decidedAt,
            List<Resolution> resolutions, String reasons, String alternativesRejected, String conflictsOfInterest,
            String dispensations) {
        this(decisionId, decidedOn, decidedAt, resolutions, reasons, alternativesRejected, conflictsOfInterest,
                dispensations, false);
    }
}
