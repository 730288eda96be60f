package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the general exception (reg 10) was used: the scrutiny chair told and a notice published. */
public record RecordGeneralException(
        @TargetAggregateIdentifier DecisionId decisionId,
        LocalDate chairNotifiedOn,
        LocalDate publishedOn,
        String reasons) {
}
