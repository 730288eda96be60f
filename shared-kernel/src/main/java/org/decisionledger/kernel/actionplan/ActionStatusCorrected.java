package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A status reported earlier was wrong and is replaced by this one. Nothing is overwritten: the
 * corrected status stays in the history, and this event says which one it corrects, what it said
 * and why it was corrected.
 *
 * @param statusNumber         this status's own number (the next after every status of the action)
 * @param corrects             the number of the status it replaces
 * @param correctedReviewPoint the review point of the replaced status
 * @param correctedRawStatus   the words of the replaced status
 * @param reviewPoint          the review point this status is for (usually the same; different when
 *                             the status had been recorded against the wrong review point)
 */
@Revision("1")
public record ActionStatusCorrected(
        ActionPlanId planId,
        ActionRef actionRef,
        int statusNumber,
        int corrects,
        String correctedReviewPoint,
        String correctedRawStatus,
        String reviewPoint,
        String rawStatus,
        ActionStatus status,
        Rag rag,
        boolean ragGiven,
        String narrative,
        List<String> evidence,
        String reason,
        LocalDate recordedOn) implements ActionPlanEvent {

    public ActionStatusCorrected {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public LocalDate businessDate() {
        return ReportingDate.parse(reviewPoint).firstDay();
    }
}
