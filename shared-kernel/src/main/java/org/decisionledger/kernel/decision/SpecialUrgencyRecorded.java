package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** Special urgency (reg 11) was agreed for a key decision: who agreed, when and why. */
@Revision("1")
public record SpecialUrgencyRecorded(
        DecisionId decisionId,
        String agreedBy,
        LocalDate agreedOn,
        String reasons) implements DecisionEvent {

    @Override
    public LocalDate businessDate() {
        return agreedOn;
    }
}
