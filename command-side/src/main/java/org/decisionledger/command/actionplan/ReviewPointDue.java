package org.decisionledger.command.actionplan;

import org.axonframework.serialization.Revision;
import org.decisionledger.kernel.actionplan.ActionPlanId;

/**
 * The payload of the deadline that fires when a scheduled review point is over. It is stored with
 * the schedule until then (possibly across releases), so its name and fields are as permanent as an
 * event's.
 */
@Revision("1")
public record ReviewPointDue(ActionPlanId planId, String reviewPoint) {

    /** The deadline's name. Schedules are cancelled by their id, never by this name. */
    public static final String DEADLINE = "review-point-due";
}
