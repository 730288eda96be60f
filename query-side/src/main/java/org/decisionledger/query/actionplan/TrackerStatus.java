package org.decisionledger.query.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.kernel.actionplan.Rag;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An action's status at one review point as the tracker shows it: the council's words, what they were
 * read to mean, and, for a correction, which status it replaced and why.
 *
 * @param corrects         the number of the status this one corrected; absent for a plain status
 * @param correctionReason why the corrected status was wrong; absent for a plain status
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackerStatus(
        int statusNumber,
        String reviewPoint,
        String rawStatus,
        ActionStatus status,
        Rag rag,
        boolean ragGiven,
        String narrative,
        List<String> evidence,
        LocalDate recordedOn,
        Integer corrects,
        String correctionReason) {

    public TrackerStatus {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
