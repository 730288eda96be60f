package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * An action's status at a review point was reported. The council's own words are kept in
 * {@code rawStatus}; {@code status} and {@code rag} are what they were read to mean when recorded,
 * so a later change of the vocabulary never changes history.
 *
 * @param statusNumber the action's statuses are numbered 1, 2, 3... in the order recorded; a
 *                     correction names the number it corrects
 * @param reviewPoint  a month ({@code 2019-12}) or a day ({@code 2021-04-20}), see {@link ReportingDate}
 * @param rag          the rating given, or else the one the words name; may be null
 * @param ragGiven     true when the rating was given explicitly rather than read from the words
 * @param evidence     names of the documents offered as evidence for this status
 */
@Revision("1")
public record ActionStatusRecorded(
        ActionPlanId planId,
        ActionRef actionRef,
        int statusNumber,
        String reviewPoint,
        String rawStatus,
        ActionStatus status,
        Rag rag,
        boolean ragGiven,
        String narrative,
        List<String> evidence,
        LocalDate recordedOn) implements ActionPlanEvent {

    public ActionStatusRecorded {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public LocalDate businessDate() {
        return ReportingDate.parse(reviewPoint).firstDay();
    }
}
