package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A sub-group reported what it has done on an action ("Subgroup action to date").
 *
 * @param date the month or day the update is dated, see {@link ReportingDate}
 * @param by   the sub-group or person reporting, when the tracker says
 */
@Revision("1")
public record SubGroupUpdateRecorded(
        ActionPlanId planId,
        ActionRef actionRef,
        String date,
        String body,
        String by,
        LocalDate recordedOn) implements ActionPlanEvent {

    @Override
    public LocalDate businessDate() {
        return ReportingDate.parse(date).firstDay();
    }
}
