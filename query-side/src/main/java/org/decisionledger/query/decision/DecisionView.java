package org.decisionledger.query.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.decisionledger.kernel.decision.Resolution;

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
        Notice notice,
        GeneralException generalException,
        SpecialUrgency specialUrgency,
        Record record,
        Publication publication,
        LocalDate callInClosesOn,
        LocalDate effectiveFrom,
        String effectiveRoute,
        List<CallIn> callIns,
        Reconsideration reconsideration,
        List<Refusal> refusals,
        List<String> delegations,
        long version,
        Instant lastRecordedAt) {

    /**
     * The same view listing the delegations the decision granted. They are recorded on the
     * delegations, not the decision, so the delegation register supplies them when the view is read
     * and the fold of the decision's own events leaves the list empty.
     */
    public DecisionView withDelegations(List<String> granted) {
        return new DecisionView(id, authorityId, reference, title, decisionMaker, keyDecision, keyDecisionReasons,
                wardsAffected, leadMember, leadOfficer, department, contact, proposedDecision, decisionDue, proposedOn,
                status, notice, generalException, specialUrgency, record, publication, callInClosesOn, effectiveFrom,
                effectiveRoute, callIns, reconsideration, refusals, List.copyOf(granted), version, lastRecordedAt);
    }

    public record Notice(LocalDate firstPublished, LocalDate republishedOn, int noticeClearDays,
            LocalDate earliestDecisionDate) {
    }

    public record GeneralException(LocalDate chairNotifiedOn, LocalDate publishedOn, String reasons,
            int generalExceptionClearDays, LocalDate earliestDecisionDate) {
    }

    public record SpecialUrgency(String agreedBy, LocalDate agreedOn, String reasons) {
    }

    /** The decision record (regs 12 and 13): what was decided, when, where and why. */
    public record Record(String outcome, LocalDate decidedOn, String decidedAt, List<Resolution> resolutions,
            String reasons, String alternativesRejected, String conflictsOfInterest, String dispensations,
            String procedure) {
    }

    public record Publication(LocalDate publishedOn, boolean subjectToCallIn, String exemptionReason,
            String exemptionConsentedBy, Integer callInWorkingDays, Integer callInSignatoriesRequired,
            LocalDate callInClosesOn, LocalTime callInClosesAt, LocalDate effectiveFrom) {
    }

    public record CallIn(String id, LocalDate raisedOn, List<String> signatories, String grounds, String status,
            String refusalCode, String refusalReason, String outcome, String forum, LocalDate outcomeOn,
            String meeting, String notes) {
    }

    public record Reconsideration(LocalDate decidedOn, String outcome, List<Resolution> resolutions, String reasons) {
    }

    public record Refusal(LocalDate on, String code, String reason) {
    }
}
