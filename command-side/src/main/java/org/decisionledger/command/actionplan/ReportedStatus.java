package org.decisionledger.command.actionplan;

import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.kernel.actionplan.ReportingDate;

/**
 * What the plan remembers of one status of an action: enough to refuse a second status for the same
 * review point and to check a correction. Part of the plan's snapshot.
 *
 * @param superseded true once a correction replaced it
 */
record ReportedStatus(int number, String reviewPoint, String rawStatus, ActionStatus status, boolean superseded) {

    ReportedStatus supersede() {
        return new ReportedStatus(number, reviewPoint, rawStatus, status, true);
    }

    ReportingDate point() {
        return ReportingDate.parse(reviewPoint);
    }

    /** A status for {@code 2020-06-15} counts for the review point {@code 2020-06}, and the other way round. */
    boolean covers(ReportingDate other) {
        ReportingDate own = point();
        return !own.firstDay().isAfter(other.lastDay()) && !own.lastDay().isBefore(other.firstDay());
    }
}
