package org.decisionledger.query.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One step of an action's history, oldest first: added, each status as reported, each correction with
 * what it corrected, sub-group updates, evidence, and review points it missed. Only the fields of its
 * kind are present.
 *
 * @param sequence   the plan's event sequence: the order things were recorded in
 * @param date       the business date it concerns: a day, or a month for review points and updates
 * @param recordedAt when the ledger recorded it
 * @param actor      who recorded it ({@code system} for a review point that passed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionHistoryEntry(
        long sequence,
        Kind kind,
        String date,
        Instant recordedAt,
        String actor,
        String summary,
        String priorityRef,
        String description,
        List<String> leads,
        String evidenceOfImpact,
        LocalDate dueBy,
        TrackerStatus status,
        String correctedReviewPoint,
        String correctedRawStatus,
        String body,
        String by,
        String evidenceName,
        String evidenceLocation,
        String reviewPoint) {

    public enum Kind {
        ACTION_ADDED,
        STATUS_RECORDED,
        STATUS_CORRECTED,
        SUB_GROUP_UPDATE,
        EVIDENCE_CITED,
        REVIEW_POINT_MISSED
    }
}
