package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The decision takes effect from {@code effectiveFrom}; {@code how} says which route got it there. */
@Revision("1")
public record DecisionTookEffect(DecisionId decisionId, LocalDate effectiveFrom, EffectRoute how)
        implements DecisionEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveFrom;
    }
}
