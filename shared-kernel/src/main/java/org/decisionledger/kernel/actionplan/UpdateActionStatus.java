package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reports an action's status at a review point, in the council's own words. Statuses are appended,
 * never overwritten: a second status for a review point that already has one is refused unless it is
 * a correction, which names the status it corrects ({@code corrects}) and says why.
 *
 * @param status           the words as published ("Complete", "In progress", "Amber")
 * @param rag              a rating given explicitly; when null the rating is read from the words, if they name one
 * @param corrects         the number of the status this corrects, or null for a new status
 * @param correctionReason why the earlier status was wrong; required with {@code corrects}
 */
public record UpdateActionStatus(
        @TargetAggregateIdentifier ActionPlanId planId,
        ActionRef actionRef,
        String reviewPoint,
        String status,
        Rag rag,
        String narrative,
        List<String> evidence,
        Integer corrects,
        String correctionReason,
        LocalDate recordedOn) {

    public UpdateActionStatus {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
