package org.decisionledger.query.actionplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.decisionledger.kernel.actionplan.ActionAdded;
import org.decisionledger.kernel.actionplan.ActionPlanCreated;
import org.decisionledger.kernel.actionplan.ActionPlanEvent;
import org.decisionledger.kernel.actionplan.ActionRef;
import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.kernel.actionplan.ActionStatusCorrected;
import org.decisionledger.kernel.actionplan.ActionStatusRecorded;
import org.decisionledger.kernel.actionplan.EvidenceCited;
import org.decisionledger.kernel.actionplan.PriorityAdded;
import org.decisionledger.kernel.actionplan.ReportingDate;
import org.decisionledger.kernel.actionplan.ReviewPointPassed;
import org.decisionledger.kernel.actionplan.ReviewsScheduled;
import org.decisionledger.kernel.actionplan.SubGroupUpdateRecorded;
import org.decisionledger.query.actionplan.ActionPlanTracker.MissedReviewPoint;
import org.decisionledger.query.actionplan.ActionPlanTracker.Priority;
import org.decisionledger.query.actionplan.ActionPlanTracker.ReviewPointCounts;
import org.decisionledger.query.actionplan.ActionPlanTracker.ReviewSchedule;

/**
 * The one pure function from a plan's events to its tracker. The live projection uses it, and so can
 * an "as of" reconstruction, so they cannot drift apart. Counts are recomputed from the actions after
 * every event rather than kept as running totals, so no event can leave them inconsistent.
 */
public final class ActionPlanTrackerFolding {

    private ActionPlanTrackerFolding() {
    }

    /** Applies one event; {@code current} is null before the first. */
    public static ActionPlanTracker apply(ActionPlanTracker current, ActionPlanEvent event, long sequence,
            Instant recordedAt) {
        if (event instanceof ActionPlanCreated created) {
            return new ActionPlanTracker(created.planId().value(), created.authorityId().value(), created.title(),
                    created.kind(), created.sourceDecisionId() == null ? null : created.sourceDecisionId().value(),
                    created.sourceScrutinyItemId() == null ? null : created.sourceScrutinyItemId().value(),
                    created.inspectionReference(), created.inspectionPublishedOn(), created.submissionDueBy(),
                    created.createdOn(), List.of(), List.of(), List.of(), Map.of(), 0, List.of(), null, List.of(),
                    sequence, recordedAt);
        }
        if (current == null) {
            throw new IllegalStateException("The tracker of plan " + event.planId() + " has no creation event before "
                    + event.getClass().getSimpleName());
        }
        Draft draft = new Draft(current);
        if (event instanceof PriorityAdded added) {
            draft.priorities.add(new Priority(added.ref().value(),
                    added.parentRef() == null ? null : added.parentRef().value(), added.title(), added.vision()));
        } else if (event instanceof ActionAdded added) {
            draft.actions.add(new TrackerAction(added.ref().value(), added.priorityRef().value(), added.description(),
                    added.leads(), added.evidenceOfImpact(), added.dueBy(), added.addedOn(), null, Map.of(),
                    List.of(), List.of()));
        } else if (event instanceof ActionStatusRecorded recorded) {
            TrackerStatus status = new TrackerStatus(recorded.statusNumber(), recorded.reviewPoint(),
                    recorded.rawStatus(), recorded.status(), recorded.rag(), recorded.ragGiven(), recorded.narrative(),
                    recorded.evidence(), recorded.recordedOn(), null, null);
            draft.changeAction(recorded.actionRef(), action -> withStatus(action, status, null));
        } else if (event instanceof ActionStatusCorrected corrected) {
            TrackerStatus status = new TrackerStatus(corrected.statusNumber(), corrected.reviewPoint(),
                    corrected.rawStatus(), corrected.status(), corrected.rag(), corrected.ragGiven(),
                    corrected.narrative(), corrected.evidence(), corrected.recordedOn(), corrected.corrects(),
                    corrected.reason());
            draft.changeAction(corrected.actionRef(), action -> withStatus(action, status, corrected.corrects()));
        } else if (event instanceof SubGroupUpdateRecorded update) {
            draft.changeAction(update.actionRef(), action -> withUpdate(action,
                    new TrackerAction.SubGroupUpdate(update.date(), update.body(), update.by(), update.recordedOn())));
        } else if (event instanceof EvidenceCited cited) {
            draft.changeAction(cited.actionRef(), action -> withEvidence(action,
                    new TrackerAction.Evidence(cited.name(), cited.location(), cited.citedOn())));
        } else if (event instanceof ReviewsScheduled scheduled) {
            draft.reviewSchedule = new ReviewSchedule(scheduled.firstReviewPoint(), scheduled.everyMonths(),
                    scheduled.firstReviewPoint(), scheduled.scheduledOn());
        } else if (event instanceof ReviewPointPassed passed) {
            draft.missedReviewPoints.add(new MissedReviewPoint(passed.reviewPoint(), passed.passedOn(),
                    passed.actionsNotUpdated().stream().map(ActionRef::value).toList()));
            ReviewSchedule schedule = draft.reviewSchedule;
            if (schedule != null) {
                draft.reviewSchedule = new ReviewSchedule(schedule.firstReviewPoint(), schedule.everyMonths(),
                        passed.nextReviewPoint(), schedule.scheduledOn());
            }
        } else {
            throw new IllegalArgumentException("No tracker rule for " + event.getClass().getSimpleName());
        }
        return draft.build(sequence, recordedAt);
    }

    /** Puts a status at its review point; a correction first takes the status it corrects away, wherever it was. */
    private static TrackerAction withStatus(TrackerAction action, TrackerStatus status, Integer corrects) {
        Map<String, TrackerStatus> statuses = new LinkedHashMap<>(action.statusByReviewPoint());
        if (corrects != null) {
            statuses.values().removeIf(earlier -> earlier.statusNumber() == corrects);
        }
        statuses.put(status.reviewPoint(), status);
        TrackerStatus latest = statuses.keySet().stream().max(ReportingDate::compareText).map(statuses::get)
                .orElse(null);
        return new TrackerAction(action.ref(), action.priorityRef(), action.description(), action.leads(),
                action.evidenceOfImpact(), action.dueBy(), action.addedOn(), latest, statuses,
                action.subGroupUpdates(), action.evidence());
    }

    private static TrackerAction withUpdate(TrackerAction action, TrackerAction.SubGroupUpdate update) {
        List<TrackerAction.SubGroupUpdate> updates = new ArrayList<>(action.subGroupUpdates());
        updates.add(update);
        return new TrackerAction(action.ref(), action.priorityRef(), action.description(), action.leads(),
                action.evidenceOfImpact(), action.dueBy(), action.addedOn(), action.latestStatus(),
                action.statusByReviewPoint(), updates, action.evidence());
    }

    private static TrackerAction withEvidence(TrackerAction action, TrackerAction.Evidence evidence) {
        List<TrackerAction.Evidence> cited = new ArrayList<>(action.evidence());
        cited.add(evidence);
        return new TrackerAction(action.ref(), action.priorityRef(), action.description(), action.leads(),
                action.evidenceOfImpact(), action.dueBy(), action.addedOn(), action.latestStatus(),
                action.statusByReviewPoint(), action.subGroupUpdates(), cited);
    }

    /**
     * The review points in time order, one for each date covered (the first seen of texts covering
     * the same dates). Sorted once, after collecting them, rather than kept sorted while collecting:
     * a plan's tracker is rebuilt on every event and its actions share most of their review points.
     */
    static List<String> inTimeOrder(Set<String> reviewPoints) {
        List<String> sorted = new ArrayList<>(reviewPoints);
        sorted.sort(ReportingDate::compareText);
        List<String> distinct = new ArrayList<>(sorted.size());
        for (String reviewPoint : sorted) {
            if (distinct.isEmpty() || ReportingDate.compareText(distinct.get(distinct.size() - 1), reviewPoint) != 0) {
                distinct.add(reviewPoint);
            }
        }
        return List.copyOf(distinct);
    }

    /** The tracker being changed by one event. */
    private static final class Draft {

        private final ActionPlanTracker current;
        private final List<Priority> priorities;
        private final List<TrackerAction> actions;
        private final List<MissedReviewPoint> missedReviewPoints;
        private ReviewSchedule reviewSchedule;

        Draft(ActionPlanTracker current) {
            this.current = current;
            this.priorities = new ArrayList<>(current.priorities());
            this.actions = new ArrayList<>(current.actions());
            this.missedReviewPoints = new ArrayList<>(current.missedReviewPoints());
            this.reviewSchedule = current.reviewSchedule();
        }

        void changeAction(ActionRef ref, UnaryOperator<TrackerAction> change) {
            for (int i = 0; i < actions.size(); i++) {
                if (actions.get(i).ref().equals(ref.value())) {
                    actions.set(i, change.apply(actions.get(i)));
                    return;
                }
            }
            throw new IllegalStateException("Plan " + current.id() + " has no action " + ref + " in its tracker");
        }

        ActionPlanTracker build(long sequence, Instant recordedAt) {
            Map<ActionStatus, Integer> latest = new EnumMap<>(ActionStatus.class);
            int withoutStatus = 0;
            Set<String> seen = new LinkedHashSet<>();
            for (TrackerAction action : actions) {
                if (action.latestStatus() == null) {
                    withoutStatus++;
                } else {
                    latest.merge(action.latestStatus().status(), 1, Integer::sum);
                }
                seen.addAll(action.statusByReviewPoint().keySet());
            }
            List<String> reviewPoints = inTimeOrder(seen);
            List<ReviewPointCounts> byReviewPoint = new ArrayList<>();
            for (String reviewPoint : reviewPoints) {
                Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
                for (TrackerAction action : actions) {
                    TrackerStatus status = action.statusByReviewPoint().get(reviewPoint);
                    if (status != null) {
                        counts.merge(status.status(), 1, Integer::sum);
                    }
                }
                byReviewPoint.add(new ReviewPointCounts(reviewPoint, counts));
            }
            return new ActionPlanTracker(current.id(), current.authorityId(), current.title(), current.kind(),
                    current.sourceDecisionId(), current.sourceScrutinyItemId(), current.inspectionReference(),
                    current.inspectionPublishedOn(), current.submissionDueBy(), current.createdOn(), priorities, actions, reviewPoints,
                    latest, withoutStatus, byReviewPoint, reviewSchedule, missedReviewPoints, sequence, recordedAt);
        }
    }
}
