package org.decisionledger.query.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision as the public register shows it. Built by {@link DecisionViewFolding} from the
 * decision's events, both live and "as of" an earlier instant.
 */
public record DecisionView(
        String id,
        String authorityId,
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
        String status,
        long version,
        Instant lastRecordedAt) {
}
