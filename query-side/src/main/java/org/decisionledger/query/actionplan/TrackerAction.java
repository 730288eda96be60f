package org.decisionledger.query.actionplan;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.kernel.actionplan.ReportingDate;

/**
 * An action as the tracker shows it: what it is, who leads it, its latest status and its status at
 * every review point (oldest first), its sub-group updates and the evidence it cites. Corrected
 * statuses are not shown here; the action's history keeps them.
 */
public record TrackerAction(
        String ref,
        String priorityRef,
        String description,
        List<String> leads,
        String evidenceOfImpact,
        LocalDate dueBy,
        LocalDate addedOn,
        TrackerStatus latestStatus,
        Map<String, TrackerStatus> statusByReviewPoint,
        List<SubGroupUpdate> subGroupUpdates,
        List<Evidence> evidence) {

    public record SubGroupUpdate(String date, String body, String by, LocalDate recordedOn) {
    }

    public record Evidence(String name, String location, LocalDate citedOn) {
    }

    /** Review points in time order, whatever order a JSON store gives them back in. */
    public TrackerAction {
        leads = leads == null ? List.of() : List.copyOf(leads);
        statusByReviewPoint = inTimeOrder(statusByReviewPoint);
        subGroupUpdates = subGroupUpdates == null ? List.of() : List.copyOf(subGroupUpdates);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The status at the latest review point begun by {@code day}; null when none had been reported by then. */
    public ActionStatus statusOn(LocalDate day) {
        ActionStatus known = null;
        for (Map.Entry<String, TrackerStatus> entry : statusByReviewPoint.entrySet()) {
            if (ReportingDate.parse(entry.getKey()).firstDay().isAfter(day)) {
                break;
            }
            known = entry.getValue().status();
        }
        return known;
    }

    private static Map<String, TrackerStatus> inTimeOrder(Map<String, TrackerStatus> statuses) {
        Map<String, TrackerStatus> sorted = new LinkedHashMap<>();
        if (statuses != null) {
            statuses.keySet().stream().sorted(ReportingDate::compareText)
                    .forEach(reviewPoint -> sorted.put(reviewPoint, statuses.get(reviewPoint)));
        }
        return Collections.unmodifiableMap(sorted);
    }
}
