package org.decisionledger.query.decision;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.decisionledger.kernel.decision.CallInOutcomeRecorded;
import org.decisionledger.kernel.decision.CallInRaised;
import org.decisionledger.kernel.decision.CallInRefused;
import org.decisionledger.kernel.decision.DecisionDeferred;
import org.decisionledger.kernel.decision.DecisionEvent;
import org.decisionledger.kernel.decision.DecisionProposed;
import org.decisionledger.kernel.decision.DecisionPublished;
import org.decisionledger.kernel.decision.DecisionReconsidered;
import org.decisionledger.kernel.decision.DecisionRejected;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.DecisionWithdrawn;
import org.decisionledger.kernel.decision.EarlyKeyDecisionRefused;
import org.decisionledger.kernel.decision.GeneralExceptionRecorded;
import org.decisionledger.kernel.decision.KeyDecisionNoticePublished;
import org.decisionledger.kernel.decision.RecommendationsApproved;
import org.decisionledger.kernel.decision.SpecialUrgencyRecorded;

/** Says in plain words what each step of a decision's life was, for the public timeline. */
public final class DecisionTimeline {

    public record Entry(LocalDate date, String kind, String summary) {
    }

    private DecisionTimeline() {
    }

    public static Entry entryFor(DecisionEvent event) {
        if (event instanceof DecisionProposed proposed) {
            return new Entry(proposed.proposedOn(), "PROPOSED", "Proposed for decision by " + proposed.decisionMaker()
                    + (proposed.keyDecision() ? " (key decision)" : ""));
        }
        if (event instanceof KeyDecisionNoticePublished notice) {
            return notice.republishedOn() == null
                    ? new Entry(notice.firstPublished(), "NOTICE_PUBLISHED", "Notice of key decision published; "
                            + "earliest decision date " + notice.earliestDecisionDate())
                    : new Entry(notice.republishedOn(), "NOTICE_REPUBLISHED", "Notice re-published (first published "
                            + notice.firstPublished() + "); earliest decision date " + notice.earliestDecisionDate());
        }
        if (event instanceof GeneralExceptionRecorded exception) {
            return new Entry(exception.publishedOn(), "GENERAL_EXCEPTION", "General exception notice published "
                    + "(scrutiny chair told " + exception.chairNotifiedOn() + "); earliest decision date "
                    + exception.earliestDecisionDate());
        }
        if (event instanceof SpecialUrgencyRecorded urgency) {
            return new Entry(urgency.agreedOn(), "SPECIAL_URGENCY", "Special urgency agreed by " + urgency.agreedBy());
        }
        if (event instanceof RecommendationsApproved approved) {
            return new Entry(approved.decidedOn(), "DECIDED", "Recommendations approved"
                    + (approved.decidedAt() == null ? "" : " at " + approved.decidedAt())
                    + resolutions(approved.resolutions().stream().map(resolution -> resolution.label()).toList()));
        }
        if (event instanceof EarlyKeyDecisionRefused refused) {
            return new Entry(refused.attemptedOn(), "DECISION_REFUSED", "Decision refused: " + refused.reason());
        }
        if (event instanceof DecisionRejected rejected) {
            return new Entry(rejected.decidedOn(), "REJECTED", "Recommendations rejected");
        }
        if (event instanceof DecisionDeferred deferred) {
            return new Entry(deferred.decidedOn(), "DEFERRED", "Decision deferred");
        }
        if (event instanceof DecisionWithdrawn withdrawn) {
            return new Entry(withdrawn.decidedOn(), "WITHDRAWN", "Withdrawn");
        }
        if (event instanceof DecisionPublished published) {
            return new Entry(published.publishedOn(), "PUBLISHED", published.subjectToCallIn()
                    ? "Decision published; call-in window closes " + published.callInClosesOn()
                            + ", effective from " + published.effectiveFrom() + " unless called in"
                    : "Decision published, exempt from call-in"
                            + (published.callInExemption() == null ? ""
                                    : " (consent: " + published.callInExemption().consentedBy() + ")"));
        }
        if (event instanceof CallInRaised raised) {
            return new Entry(raised.raisedOn(), "CALL_IN_RAISED", "Called in by " + raised.signatories().size()
                    + " councillors: " + String.join(", ", raised.signatories()));
        }
        if (event instanceof CallInRefused refused) {
            return new Entry(refused.raisedOn(), "CALL_IN_REFUSED", "Call-in refused: " + refused.reason());
        }
        if (event instanceof CallInOutcomeRecorded outcome) {
            return new Entry(outcome.decidedOn(), "CALL_IN_OUTCOME", "Call-in outcome: "
                    + outcome.outcome().name().replace('_', ' ').toLowerCase()
                    + (outcome.meeting() == null ? "" : " (" + outcome.meeting() + ")"));
        }
        if (event instanceof DecisionReconsidered reconsidered) {
            return new Entry(reconsidered.decidedOn(), "RECONSIDERED", "Reconsidered: "
                    + reconsidered.outcome().name().toLowerCase());
        }
        if (event instanceof DecisionTookEffect effect) {
            return new Entry(effect.effectiveFrom(), "TOOK_EFFECT", "Took effect ("
                    + effect.how().name().replace('_', ' ').toLowerCase() + ")");
        }
        throw new IllegalArgumentException("No timeline wording for " + event.getClass().getSimpleName());
    }

    /** "resolutions (a), (b)" when every resolution has a label; otherwise how many there are. */
    static String resolutions(java.util.List<String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        if (labels.stream().allMatch(label -> label != null && !label.isBlank())) {
            return ": resolutions " + String.join(", ", labels);
        }
        return labels.size() == 1 ? ": one resolution" : ": " + labels.size() + " resolutions";
    }
}
