package org.decisionledger.kernel.decision;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A call-in was refused (out of time, short of signatories, or of a decision not subject to
 * call-in) and the refusal recorded, because an auditor must see it.
 *
 * @param callInId the identifier the attempt was given; no call-in exists under it
 * @param code     one of {@code CALL_IN_WINDOW_CLOSED}, {@code TOO_FEW_SIGNATORIES}, {@code NOT_SUBJECT_TO_CALL_IN}
 */
@Revision("1")
public record CallInRefused(
        DecisionId decisionId,
        CallInId callInId,
        LocalDate raisedOn,
        List<String> signatories,
        String grounds,
        String code,
        String reason) implements DecisionEvent {

    public CallInRefused {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    @Override
    public LocalDate businessDate() {
        return raisedOn;
    }
}
