package org.decisionledger.query.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.decisionledger.kernel.decision.CallInOutcome;
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
import org.decisionledger.kernel.decision.ReconsiderationOutcome;
import org.decisionledger.kernel.decision.SpecialUrgencyRecorded;
import org.decisionledger.query.decision.DecisionView.CallIn;

/**
 * The one pure function from a decision's events to its view. The live projection and the "as of"
 * reconstruction both use it, so they cannot drift apart.
 */
public final class DecisionViewFolding {

    public static final String PROPOSED = "PROPOSED";
    public static final String ON_FORWARD_PLAN = "ON_FORWARD_PLAN";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String DEFERRED = "DEFERRED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String CALLED_IN = "CALLED_IN";
    public static final String REFERRED_BACK = "REFERRED_BACK";
    public static final String REFERRED_TO_FULL_COUNCIL = "REFERRED_TO_FULL_COUNCIL";
    public static final String EFFECTIVE = "EFFECTIVE";
    public static final String REVOKED = "REVOKED";

    private DecisionViewFolding() {
    }

    /** Folds a whole stream, oldest first. */
    public static DecisionView fold(List<Sequenced> events) {
        DecisionView view = null;
        for (Sequenced event : events) {
            view = apply(view, event.event(), event.sequence(), event.recordedAt());
        }
        return view;
    }

    public record Sequenced(DecisionEvent event, long sequence, Instant recordedAt) {
    }

    /** Applies one event; {@code current} is null before the first. */
    public static DecisionView apply(DecisionView current, DecisionEvent event, long sequence, Instant recordedAt) {
        if (event instanceof DecisionProposed proposed) {
            return new DecisionView(proposed.decisionId().value(), proposed.authorityId().value(),
                    proposed.reference(), proposed.title(), proposed.decisionMaker(), proposed.keyDecision(),
                    proposed.keyDecisionReasons(), proposed.wardsAffected(), proposed.leadMember(),
                    proposed.leadOfficer(), proposed.department(), proposed.contact(), proposed.proposedDecision(),
                    proposed.decisionDue(), proposed.proposedOn(), PROPOSED, null, null, null, null, null, null, null,
                    null, List.of(), null, List.of(), List.of(), sequence, recordedAt);
        }
        if (current == null) {
            throw new IllegalStateException("A decision's history must start with its proposal, not "
                    + event.getClass().getSimpleName());
        }
        Builder next = new Builder(current, sequence, recordedAt);
        if (event instanceof KeyDecisionNoticePublished notice) {
            next.notice = new DecisionView.Notice(notice.firstPublished(), notice.republishedOn(),
                    notice.noticeClearDays(), notice.earliestDecisionDate());
            if (PROPOSED.equals(current.status())) {
                next.status = ON_FORWARD_PLAN;
            }
        } else if (event instanceof GeneralExceptionRecorded exception) {
            next.generalException = new DecisionView.GeneralException(exception.chairNotifiedOn(),
                    exception.publishedOn(), exception.reasons(), exception.generalExceptionClearDays(),
                    exception.earliestDecisionDate());
        } else if (event instanceof SpecialUrgencyRecorded urgency) {
            next.specialUrgency = new DecisionView.SpecialUrgency(urgency.agreedBy(), urgency.agreedOn(),
                    urgency.reasons());
        } else if (event instanceof RecommendationsApproved approved) {
            next.record = new DecisionView.Record("RECOMMENDATIONS_APPROVED", approved.decidedOn(),
                    approved.decidedAt(), approved.resolutions(), approved.reasons(), approved.alternativesRejected(),
                    approved.conflictsOfInterest(), approved.dispensations(),
                    approved.procedure() == null ? null : approved.procedure().name());
            next.status = APPROVED;
        } else if (event instanceof EarlyKeyDecisionRefused refused) {
            next.refusals = append(current.refusals(),
                    new DecisionView.Refusal(refused.attemptedOn(), refused.code(), refused.reason()));
        } else if (event instanceof DecisionRejected rejected) {
            next.record = outcomeOnly("REJECTED", rejected.decidedOn(), rejected.reasons());
            next.status = REJECTED;
        } else if (event instanceof DecisionDeferred deferred) {
            next.record = outcomeOnly("DEFERRED", deferred.decidedOn(), deferred.reasons());
            next.status = DEFERRED;
        } else if (event instanceof DecisionWithdrawn withdrawn) {
            next.record = outcomeOnly("WITHDRAWN", withdrawn.decidedOn(), withdrawn.reasons());
            next.status = WITHDRAWN;
        } else if (event instanceof DecisionPublished published) {
            next.publication = new DecisionView.Publication(published.publishedOn(), published.subjectToCallIn(),
                    published.callInExemption() == null ? null : published.callInExemption().reason(),
                    published.callInExemption() == null ? null : published.callInExemption().consentedBy(),
                    published.callInWorkingDays(), published.callInSignatoriesRequired(), published.callInClosesOn(),
                    published.callInClosesAt(), published.effectiveFrom());
            next.callInClosesOn = published.callInClosesOn();
            next.status = PUBLISHED;
        } else if (event instanceof CallInRaised raised) {
            next.callIns = append(current.callIns(), new CallIn(raised.callInId().value(), raised.raisedOn(),
                    raised.signatories(), raised.grounds(), "OPEN", null, null, null, null, null, null, null));
            next.status = CALLED_IN;
        } else if (event instanceof CallInRefused refused) {
            next.callIns = append(current.callIns(), new CallIn(refused.callInId().value(), refused.raisedOn(),
                    refused.signatories(), refused.grounds(), "REFUSED", refused.code(), refused.reason(), null, null,
                    null, null, null));
        } else if (event instanceof CallInOutcomeRecorded outcome) {
            next.callIns = current.callIns().stream()
                    .map(callIn -> callIn.id().equals(outcome.callInId().value())
                            ? new CallIn(callIn.id(), callIn.raisedOn(), callIn.signatories(), callIn.grounds(),
                                    "CLOSED", null, null, outcome.outcome().name(),
                                    outcome.forum() == null ? null : outcome.forum().name(), outcome.decidedOn(),
                                    outcome.meeting(), outcome.notes())
                            : callIn)
                    .toList();
            if (outcome.outcome() == CallInOutcome.REFER_BACK_TO_DECISION_MAKER) {
                next.status = REFERRED_BACK;
            } else if (outcome.outcome() == CallInOutcome.REFER_TO_FULL_COUNCIL) {
                next.status = REFERRED_TO_FULL_COUNCIL;
            }
        } else if (event instanceof DecisionReconsidered reconsidered) {
            next.reconsideration = new DecisionView.Reconsideration(reconsidered.decidedOn(),
                    reconsidered.outcome().name(), reconsidered.resolutions(), reconsidered.reasons());
            if (reconsidered.outcome() == ReconsiderationOutcome.REVOKED) {
                next.status = REVOKED;
            }
        } else if (event instanceof DecisionTookEffect effect) {
            next.effectiveFrom = effect.effectiveFrom();
            next.effectiveRoute = effect.how().name();
            next.status = EFFECTIVE;
        } else {
            throw new IllegalArgumentException("No view rule for " + event.getClass().getSimpleName());
        }
        return next.build();
    }

    private static DecisionView.Record outcomeOnly(String outcome, java.time.LocalDate decidedOn, String reasons) {
        return new DecisionView.Record(outcome, decidedOn, null, List.of(), reasons, null, null, null, null);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return List.copyOf(next);
    }

    /** Copies a view so one event can change a few fields. */
    private static final class Builder {
        private final DecisionView base;
        private final long version;
        private final Instant recordedAt;
        String status;
        DecisionView.Notice notice;
        DecisionView.GeneralException generalException;
        DecisionView.SpecialUrgency specialUrgency;
        DecisionView.Record record;
        DecisionView.Publication publication;
        java.time.LocalDate callInClosesOn;
        java.time.LocalDate effectiveFrom;
        String effectiveRoute;
        List<CallIn> callIns;
        DecisionView.Reconsideration reconsideration;
        List<DecisionView.Refusal> refusals;

        Builder(DecisionView base, long version, Instant recordedAt) {
            this.base = base;
            this.version = version;
            this.recordedAt = recordedAt;
            status = base.status();
            notice = base.notice();
            generalException = base.generalException();
            specialUrgency = base.specialUrgency();
            record = base.record();
            publication = base.publication();
            callInClosesOn = base.callInClosesOn();
            effectiveFrom = base.effectiveFrom();
            effectiveRoute = base.effectiveRoute();
            callIns = base.callIns();
            reconsideration = base.reconsideration();
            refusals = base.refusals();
        }

        DecisionView build() {
            return new DecisionView(base.id(), base.authorityId(), base.reference(), base.title(),
                    base.decisionMaker(), base.keyDecision(), base.keyDecisionReasons(), base.wardsAffected(),
                    base.leadMember(), base.leadOfficer(), base.department(), base.contact(),
                    base.proposedDecision(), base.decisionDue(), base.proposedOn(), status, notice,
                    generalException, specialUrgency, record, publication, callInClosesOn, effectiveFrom,
                    effectiveRoute, callIns, reconsideration, refusals, base.delegations(), version, recordedAt);
        }
    }
}
