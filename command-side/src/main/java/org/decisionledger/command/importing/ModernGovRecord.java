package org.decisionledger.command.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.decisionledger.kernel.decision.Resolution;

/**
 * One record read from a ModernGov page, a decision record or a forward-plan item: the page's own
 * words for every field it shows (null for a field it does not show), what they mean where that
 * can be read, and the anomalies seen in the text alone. Rule-dependent checks are in
 * {@link RecordChecks}.
 */
public record ModernGovRecord(
        String kind,
        String reference,
        String title,
        String decisionMaker,
        String decisionStatus,
        DecisionOutcome outcome,
        String keyDecisionText,
        Boolean keyDecision,
        List<String> keyDecisionReasons,
        String subjectToCallInText,
        Boolean subjectToCallIn,
        String purpose,
        String proposedDecision,
        String decisionText,
        String statement,
        List<Resolution> resolutions,
        List<RecognisedDelegation> delegations,
        String reasons,
        String alternativesRejected,
        String conflictsOfInterest,
        String dispensations,
        String reportAuthor,
        String decidedAt,
        PublishedDate publicationDate,
        PublishedDate dateOfDecision,
        PublishedDate effectiveFrom,
        PublishedDate firstPublished,
        PublishedDate decisionDue,
        String decisionDueBy,
        boolean decisionDueNotBefore,
        String decisionDueReason,
        List<String> wardsAffected,
        String leadMember,
        String leadDirector,
        String leadOfficer,
        String department,
        String contact,
        Map<String, String> implications,
        Map<String, String> otherSections,
        List<String> procedureNotes,
        Set<ImportFlag> flags) {

    public static final String DECISION_RECORD = "decision-record";
    public static final String FORWARD_PLAN = "forward-plan";

    public boolean forwardPlan() {
        return FORWARD_PLAN.equals(kind);
    }
}
