package org.decisionledger.query.actionplan;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.decisionledger.kernel.actionplan.ActionAdded;
import org.decisionledger.kernel.actionplan.ActionPlanCreated;
import org.decisionledger.kernel.actionplan.ActionPlanEvent;
import org.decisionledger.kernel.actionplan.ActionRef;
import org.decisionledger.kernel.actionplan.ActionStatusCorrected;
import org.decisionledger.kernel.actionplan.ActionStatusRecorded;
import org.decisionledger.kernel.actionplan.EvidenceCited;
import org.decisionledger.kernel.actionplan.PriorityAdded;
import org.decisionledger.kernel.actionplan.ReviewPointPassed;
import org.decisionledger.kernel.actionplan.ReviewsScheduled;
import org.decisionledger.kernel.actionplan.SubGroupUpdateRecorded;
import org.decisionledger.query.actionplan.ActionHistoryEntry.Kind;

/** The pure function from one plan event to the entries it adds to its actions' histories, keyed by action ref. */
public final class ActionHistoryEntries {

    private ActionHistoryEntries() {
    }

    public static Map<String, ActionHistoryEntry> of(ActionPlanEvent event, long sequence, Instant recordedAt,
            String actor) {
        if (event instanceof ActionAdded added) {
            return Map.of(added.ref().value(), new ActionHistoryEntry(sequence, Kind.ACTION_ADDED,
                    added.addedOn().toString(), recordedAt, actor, "Action " + added.ref() + " added under "
                    + added.priorityRef() + ", led by " + String.join(", ", added.leads()),
                    added.priorityRef().value(), added.description(), added.leads(), added.evidenceOfImpact(),
                    added.dueBy(), null, null, null, null, null, null, null, null));
        }
        if (event instanceof ActionStatusRecorded recorded) {
            TrackerStatus status = new TrackerStatus(recorded.statusNumber(), recorded.reviewPoint(),
                    recorded.rawStatus(), recorded.status(), recorded.rag(), recorded.ragGiven(), recorded.narrative(),
                    recorded.evidence(), recorded.recordedOn(), null, null);
            return Map.of(recorded.actionRef().value(), new ActionHistoryEntry(sequence, Kind.STATUS_RECORDED,
                    recorded.reviewPoint(), recordedAt, actor, "Status " + recorded.statusNumber() + " at "
                    + recorded.reviewPoint() + ": " + recorded.rawStatus() + " (" + recorded.status() + ")",
                    null, null, null, null, null, status, null, null, null, null, null, null, null));
        }
        if (event instanceof ActionStatusCorrected corrected) {
            TrackerStatus status = new TrackerStatus(corrected.statusNumber(), corrected.reviewPoint(),
                    corrected.rawStatus(), corrected.status(), corrected.rag(), corrected.ragGiven(),
                    corrected.narrative(), corrected.evidence(), corrected.recordedOn(), corrected.corrects(),
                    corrected.reason());
            return Map.of(corrected.actionRef().value(), new ActionHistoryEntry(sequence, Kind.STATUS_CORRECTED,
                    corrected.reviewPoint(), recordedAt, actor, "Status " + corrected.corrects() + " (\""
                    + corrected.correctedRawStatus() + "\" at " + corrected.correctedReviewPoint() + ") corrected by "
                    + "status " + corrected.statusNumber() + " at " + corrected.reviewPoint() + ": "
                    + corrected.rawStatus() + " (" + corrected.status() + "), because " + corrected.reason(),
                    null, null, null, null, null, status, corrected.correctedReviewPoint(),
                    corrected.correctedRawStatus(), null, null, null, null, null));
        }
        if (event instanceof SubGroupUpdateRecorded update) {
            return Map.of(update.actionRef().value(), new ActionHistoryEntry(sequence, Kind.SUB_GROUP_UPDATE,
                    update.date(), recordedAt, actor, "Sub-group update of " + update.date()
                    + (update.by() == null ? "" : " by " + update.by()),
                    null, null, null, null, null, null, null, null, update.body(), update.by(), null, null, null));
        }
        if (event instanceof EvidenceCited cited) {
            return Map.of(cited.actionRef().value(), new ActionHistoryEntry(sequence, Kind.EVIDENCE_CITED,
                    cited.citedOn().toString(), recordedAt, actor, "Evidence cited: " + cited.name(),
                    null, null, null, null, null, null, null, null, null, null, cited.name(), cited.location(),
                    null));
        }
        if (event instanceof ReviewPointPassed passed) {
            return passed.actionsNotUpdated().stream().collect(Collectors.toMap(
                    ActionRef::value,
                    ref -> new ActionHistoryEntry(sequence, Kind.REVIEW_POINT_MISSED, passed.passedOn().toString(),
                            recordedAt, actor, "Review point " + passed.reviewPoint() + " passed with no status for "
                            + "this action", null, null, null, null, null, null, null, null, null, null, null, null,
                            passed.reviewPoint())));
        }
        if (event instanceof ActionPlanCreated || event instanceof PriorityAdded || event instanceof ReviewsScheduled) {
            return Map.of();
        }
        throw new IllegalArgumentException("No history rule for " + event.getClass().getSimpleName());
    }
}
