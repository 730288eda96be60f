package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the scrutiny chair (or the council's chairman or vice-chairman) agreed a key decision is urgent (reg 11). */
public record RecordSpecialUrgency(
        @TargetAggregateIdentifier DecisionId decisionId,
        String agreedBy,
        LocalDate agreedOn,
        String reasons) {
}
