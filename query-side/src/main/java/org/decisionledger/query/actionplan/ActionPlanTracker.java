package org.decisionledger.query.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.decisionledger.kernel.actionplan.ActionPlanKind;
import org.decisionledger.kernel.actionplan.ActionStatus;

/**
 * An action plan's tracker, the public view of it: the plan, its priorities and sub-areas, each action
 * with its latest status and its status per review point, counts per status, the review schedule and
 * the review points that passed with actions not updated. Built by {@link ActionPlanTrackerFolding}.
 *
 * @param sourceScrutinyItemId the scrutiny item that called for the plan, when there is one
 * @param reviewPoints         every review point any action has a status for, oldest first
 * @param statusCounts         how many actions have each status as their latest
 * @param actionsWithoutStatus actions with no status yet
 * @param countsByReviewPoint  the same counts at each review point
 */
public record ActionPlanTracker(
        String id,
        String authorityId,
        String title,
        ActionPlanKind kind,
        String sourceDecisionId,
        String sourceScrutinyItemId,
        String inspectionReference,
        LocalDate inspectionPublishedOn,
        LocalDate submissionDueBy,
        LocalDate createdOn,
        List<Priority> priorities,
        List<TrackerAction> actions,
        List<String> reviewPoints,
        Map<ActionStatus, Integer> statusCounts,
        int actionsWithoutStatus,
        List<ReviewPointCounts> countsByReviewPoint,
        ReviewSchedule reviewSchedule,
        List<MissedReviewPoint> missedReviewPoints,
        long version,
        Instant lastRecordedAt) {

    /** A priority (area of weakness) or, with a parent, one of its sub-areas. */
    public record Priority(String ref, String parentRef, String title, String vision) {
    }

    public record ReviewPointCounts(String reviewPoint, Map<ActionStatus, Integer> counts) {

        public ReviewPointCounts {
            counts = everyStatus(counts);
        }
    }

    public record ReviewSchedule(String firstReviewPoint, int everyMonths, String nextReviewPoint,
            LocalDate scheduledOn) {
    }

    public record MissedReviewPoint(String reviewPoint, LocalDate passedOn, List<String> actionsNotUpdated) {

        public MissedReviewPoint {
            actionsNotUpdated = actionsNotUpdated == null ? List.of() : List.copyOf(actionsNotUpdated);
        }
    }

    public ActionPlanTracker {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        actions = actions == null ? List.of() : List.copyOf(actions);
        reviewPoints = reviewPoints == null ? List.of() : List.copyOf(reviewPoints);
        statusCounts = everyStatus(statusCounts);
        countsByReviewPoint = countsByReviewPoint == null ? List.of() : List.copyOf(countsByReviewPoint);
        missedReviewPoints = missedReviewPoints == null ? List.of() : List.copyOf(missedReviewPoints);
    }

    /** An action past its due date whose latest status is not complete. */
    public record OverdueAction(String ref, LocalDate dueBy, ActionStatus latestStatus) {
    }

    /**
     * The actions overdue on {@code day}: past their due date, and not complete at the latest review
     * point that had begun by then (a status for a later review point is not known on that day).
     * Depends on the day, so it is worked out when read, never stored.
     */
    public List<OverdueAction> overdueOn(LocalDate day) {
        return actions.stream()
                .filter(action -> action.dueBy() != null && action.dueBy().isBefore(day))
                .map(action -> new OverdueAction(action.ref(), action.dueBy(), action.statusOn(day)))
                .filter(overdue -> overdue.latestStatus() != ActionStatus.COMPLETE)
                .toList();
    }

    /** Every status with its count, zero included, in the vocabulary's order. */
    static Map<ActionStatus, Integer> everyStatus(Map<ActionStatus, Integer> counts) {
        EnumMap<ActionStatus, Integer> all = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            all.put(status, counts == null ? 0 : counts.getOrDefault(status, 0));
        }
        return Collections.unmodifiableMap(all);
    }
}
