package org.decisionledger.command.decision;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.decisionledger.kernel.decision.DecisionId;

/**
 * The payload of the deadline that makes a published decision take effect when its call-in window
 * closes. It is stored with the schedule until then (possibly across releases), so its name and
 * fields are as permanent as an event's; it carries the effective date recorded at publication so
 * the handler never recomputes it.
 */
@Revision("1")
public record CallInWindowCloses(DecisionId decisionId, LocalDate callInClosesOn, LocalDate effectiveFrom) {
}
