package org.decisionledger.kernel.decision;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.decisionledger.kernel.authority.AuthorityId;

@Revision("1")
public record DecisionProposed(
        DecisionId decisionId,
        AuthorityId authorityId,
        String reference,
        String title,
        String decisionMaker,
        boolean keyDecision,
        List<String> keyDecisionReasons,
        List<String> wardsAffected,
        String leadMember,
        String leadOfficer,
        String department,
        String contact,
        String proposedDecision,
        LocalDate decisionDue,
        LocalDate proposedOn) implements DecisionEvent {

    public DecisionProposed {
        keyDecisionReasons = keyDecisionReasons == null ? List.of() : List.copyOf(keyDecisionReasons);
        wardsAffected = wardsAffected == null ? List.of() : List.copyOf(wardsAffected);
    }

    @Override
    public LocalDate businessDate() {
        return proposedOn;
    }
}
