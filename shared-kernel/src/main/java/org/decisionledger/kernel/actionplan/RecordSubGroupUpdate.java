package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a dated sub-group update on an action; {@code date} is a month or a day, see {@link ReportingDate}. */
public record RecordSubGroupUpdate(
        @TargetAggregateIdentifier ActionPlanId planId,
        ActionRef actionRef,
        String date,
        String body,
        String by,
        LocalDate recordedOn) {
}
