package org.decisionledger.command.actionplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.kernel.actionplan.ReportingDate;

/**
 * An action as an entity of its plan: its ref, every status it was given (numbered in the order
 * recorded, corrections included) and the evidence it cites. Immutable; part of the plan's snapshot.
 */
record PlannedAction(String ref, List<ReportedStatus> statuses, List<String> citedEvidence) {

    /** Evidence keys are kept sorted so the snapshot of the same state is always the same JSON. */
    PlannedAction {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        citedEvidence = citedEvidence == null ? List.of() : List.copyOf(new TreeSet<>(citedEvidence));
    }

    static PlannedAction added(String ref) {
        return new PlannedAction(ref, List.of(), List.of());
    }

    int nextStatusNumber() {
        return statuses.size() + 1;
    }

    Optional<ReportedStatus> status(int number) {
        return statuses.stream().filter(status -> status.number() == number).findFirst();
    }

    /** The status in force for exactly this review point, if any. */
    Optional<ReportedStatus> statusAt(String reviewPoint) {
        return current().filter(status -> status.reviewPoint().equals(reviewPoint)).findFirst();
    }

    boolean reportedFor(ReportingDate reviewPoint) {
        return current().anyMatch(status -> status.covers(reviewPoint));
    }

    /** The status at the latest review point; null before the first. */
    ActionStatus latestStatus() {
        return current().max(Comparator.comparing(ReportedStatus::point))
                .map(ReportedStatus::status).orElse(null);
    }

    PlannedAction reported(ReportedStatus status) {
        List<ReportedStatus> next = new ArrayList<>(statuses);
        next.add(status);
        return new PlannedAction(ref, next, citedEvidence);
    }

    PlannedAction corrected(int corrects, ReportedStatus status) {
        List<ReportedStatus> next = new ArrayList<>(statuses.stream()
                .map(earlier -> earlier.number() == corrects ? earlier.supersede() : earlier).toList());
        next.add(status);
        return new PlannedAction(ref, next, citedEvidence);
    }

    boolean cites(String evidenceName) {
        return citedEvidence.contains(key(evidenceName));
    }

    PlannedAction citing(String evidenceName) {
        List<String> next = new ArrayList<>(citedEvidence);
        next.add(key(evidenceName));
        return new PlannedAction(ref, statuses, next);
    }

    private Stream<ReportedStatus> current() {
        return statuses.stream().filter(status -> !status.superseded());
    }

    /** "SEND Governance structure" and "send governance structure " are one document. */
    private static String key(String evidenceName) {
        return evidenceName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
