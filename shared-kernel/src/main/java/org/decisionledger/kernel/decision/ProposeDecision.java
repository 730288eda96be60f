package org.decisionledger.kernel.decision;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.decisionledger.kernel.authority.AuthorityId;

/**
 * Puts a decision on the council's books, usually as a forward-plan item. {@code proposedOn} is the
 * business date of the proposal (history entered later gives its own; null for the day it is
 * recorded); {@code recordedOn} is the councils' today as the edge reads it, which a proposal
 * cannot come after.
 */
public record ProposeDecision(
        @TargetAggregateIdentifier DecisionId decisionId,
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
        LocalDate proposedOn,
        LocalDate recordedOn) {

    public ProposeDecision {
        keyDecisionReasons = keyDecisionReasons == null ? List.of() : List.copyOf(keyDecisionReasons);
        wardsAffected = wardsAffected == null ? List.of() : List.copyOf(wardsAffected);
    }
}
