package org.decisionledger.command.importing;

import java.util.List;

import org.decisionledger.kernel.actionplan.ActionPlanKind;

/**
 * An action-plan tracker as its page gives it (the format of seed 002): the plan's title and kind,
 * the outline listed before the priorities, the priorities and sub-areas, and each action with its
 * leads, evidence of impact, status at each review point, dated sub-group updates and evidence names.
 * Text the reader could not place is kept in {@code unplaced}.
 */
public record TrackerPage(String title, ActionPlanKind kind, List<String> outline, List<Priority> priorities,
        List<Action> actions, List<String> unplaced) {

    public record Priority(String ref, String parentRef, String title, String vision) {
    }

    /**
     * @param leadsText     the lead line as printed ("Tim Moss / Lynn Tolley")
     * @param evidenceNotes words in the evidence column that name no document ("As above")
     */
    public record Action(String ref, String priorityRef, String description, List<String> leads, String leadsText,
            String evidenceOfImpact, List<Status> statuses, List<Update> updates, List<String> evidence,
            List<String> evidenceNotes) {
    }

    /** A status at a review point: the month as printed ("December 2019"), as {@code 2019-12}, and the words. */
    public record Status(String reviewPointText, String reviewPoint, String status) {
    }

    /** A dated sub-group update: the date as printed, as {@code 2021-02}, and what it says. */
    public record Update(String dateText, String date, String body) {
    }
}
