package org.decisionledger.kernel.decision;

import java.time.LocalDate;
import java.time.LocalTime;

import org.axonframework.serialization.Revision;

/**
 * The decision record was published. The call-in rule in force on {@code publishedOn} is recorded
 * with the dates it gave, so a later change of the council's rules never moves them on replay.
 *
 * <p>For a decision subject to call-in, {@code callInClosesOn} at {@code callInClosesAt} (council
 * time) is when the window closes and {@code effectiveFrom} the day it takes effect if nobody calls
 * it in; {@code deadlineScheduleId} identifies the deadline that makes it take effect, so a call-in
 * cancels exactly that one. For a decision exempt from call-in, {@code callInExemption} says why, the
 * call-in fields are null and {@code effectiveFrom} is {@code publishedOn}.
 */
@Revision("1")
public record DecisionPublished(
        DecisionId decisionId,
        LocalDate publishedOn,
        boolean subjectToCallIn,
        CallInExemption callInExemption,
        Integer callInWorkingDays,
        Integer callInSignatoriesRequired,
        LocalDate callInClosesOn,
        LocalTime callInClosesAt,
        LocalDate effectiveFrom,
        String deadlineScheduleId) implements DecisionEvent {

    @Override
    public LocalDate businessDate() {
        return publishedOn;
    }
}
