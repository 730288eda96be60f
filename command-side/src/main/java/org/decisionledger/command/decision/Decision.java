package org.decisionledger.command.decision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.ALREADY_REFERRED_TO_FULL_COUNCIL;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALENDAR_NOT_COVERED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALL_IN_BEFORE_PUBLICATION;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALL_IN_OUTCOME_ALREADY_RECORDED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALL_IN_REFUSED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALL_IN_UNKNOWN;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALL_IN_WINDOW_CLOSED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DATED_BEFORE_PROPOSAL;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECIDED_BEFORE_DEFERRAL;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_ALREADY_CALLED_IN;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_ALREADY_DECIDED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_ALREADY_PUBLISHED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_ALREADY_RECONSIDERED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_CLOSED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_NOT_DECIDED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_NOT_PUBLISHED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.NOTICE_BEFORE_FIRST_PUBLICATION;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.NOTICE_PERIOD_NOT_MET;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.NOT_A_KEY_DECISION;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.NOT_REFERRED_BACK;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.NOT_SUBJECT_TO_CALL_IN;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.OUTCOME_BEFORE_CALL_IN;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.OUTCOME_BEFORE_REFERRAL;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.PUBLICATION_BEFORE_DECISION;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.RECONSIDERATION_BEFORE_REFERRAL;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.TOO_FEW_SIGNATORIES;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.decisionledger.command.authority.AuthorityRulesLookup;
import org.decisionledger.command.common.AggregateCaches;
import org.decisionledger.command.common.BusinessDay;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.calendar.CalendarNotCoveredException;
import org.decisionledger.kernel.calendar.CallInWindow;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.common.CommandRefusedAndRecorded;
import org.decisionledger.kernel.common.InvalidCommand;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.common.UnknownResource;
import org.decisionledger.kernel.decision.ApproveRecommendations;
import org.decisionledger.kernel.decision.CallInForum;
import org.decisionledger.kernel.decision.CallInId;
import org.decisionledger.kernel.decision.CallInOutcome;
import org.decisionledger.kernel.decision.CallInOutcomeRecorded;
import org.decisionledger.kernel.decision.CallInRaised;
import org.decisionledger.kernel.decision.CallInRefused;
import org.decisionledger.kernel.decision.DecisionDeferred;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionProcedure;
import org.decisionledger.kernel.decision.DecisionProposed;
import org.decisionledger.kernel.decision.DecisionPublished;
import org.decisionledger.kernel.decision.DecisionReconsidered;
import org.decisionledger.kernel.decision.DecisionRejected;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.DecisionWithdrawn;
import org.decisionledger.kernel.decision.DeferDecision;
import org.decisionledger.kernel.decision.EarlyKeyDecisionRefused;
import org.decisionledger.kernel.decision.EffectRoute;
import org.decisionledger.kernel.decision.GeneralExceptionRecorded;
import org.decisionledger.kernel.decision.KeyDecisionNoticePublished;
import org.decisionledger.kernel.decision.ProposeDecision;
import org.decisionledger.kernel.decision.PublishDecision;
import org.decisionledger.kernel.decision.PublishKeyDecisionNotice;
import org.decisionledger.kernel.decision.RaiseCallIn;
import org.decisionledger.kernel.decision.RecommendationsApproved;
import org.decisionledger.kernel.decision.ReconsiderDecision;
import org.decisionledger.kernel.decision.ReconsiderationOutcome;
import org.decisionledger.kernel.decision.RecordCallInOutcome;
import org.decisionledger.kernel.decision.RecordGeneralException;
import org.decisionledger.kernel.decision.RecordSpecialUrgency;
import org.decisionledger.kernel.decision.RejectDecision;
import org.decisionledger.kernel.decision.SpecialUrgencyRecorded;
import org.decisionledger.kernel.decision.WithdrawDecision;

/**
 * An executive decision from the forward plan to the day it takes effect.
 *
 * <p>Dates come in the commands and the council's rules from the {@link AuthorityRulesLookup} the
 * handler is given; the rule applied is recorded in the event, so replay never consults the rules
 * again. Refusals an auditor must see are applied as events and answered with
 * {@link CommandRefusedAndRecorded}: throwing would roll the refusal event back.
 */
@Aggregate(cache = AggregateCaches.DECISIONS)
class Decision {

    /** The deadline that makes a published decision take effect when nobody called it in. */
    static final String CALL_IN_WINDOW_CLOSES = "call-in-window-closes";

    private enum Stage {
        PROPOSED, DEFERRED, DECIDED, WITHDRAWN,
        PUBLISHED, CALLED_IN, REFERRED_TO_FULL_COUNCIL, REFERRED_BACK,
        EFFECTIVE, REVOKED
    }

    @AggregateIdentifier
    private DecisionId decisionId;
    private AuthorityId authorityId;
    private boolean keyDecision;
    private Stage stage;
    /** The business date of the proposal; null only in a proposal recorded without one. */
    private LocalDate proposedOn;

    private LocalDate noticeFirstPublished;
    private int noticeClearDays;
    private LocalDate noticeEarliestDecisionDate;
    private LocalDate generalExceptionEarliestDecisionDate;
    private LocalDate specialUrgencyAgreedOn;

    private LocalDate deferredOn;
    private LocalDate decidedOn;

    private LocalDate publishedOn;
    private boolean subjectToCallIn;
    private LocalDate callInClosesOn;
    private Integer callInSignatoriesRequired;
    private String deadlineScheduleId;

    private CallInId callInId;
    /** The refused call-ins and the codes they were refused with. */
    private final Map<CallInId, String> refusedCallIns = new HashMap<>();
    private LocalDate callInRaisedOn;
    private LocalDate referredOn;
    private boolean reconsidered;

    Decision() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** A proposal that gives no date is dated the day it is recorded. */
    Decision(ProposeDecision command) {
        LocalDate proposedOn = command.proposedOn() != null ? command.proposedOn() : command.recordedOn();
        requireProposalDate(proposedOn, command.recordedOn());
        apply(new DecisionProposed(command.decisionId(), command.authorityId(), command.reference(),
                command.title(), command.decisionMaker(), command.keyDecision(), command.keyDecisionReasons(),
                command.wardsAffected(), command.leadMember(), command.leadOfficer(), command.department(),
                command.contact(), command.proposedDecision(), command.decisionDue(), proposedOn));
    }

    // ---------------------------------------------------------------- the forward plan

    @CommandHandler
    CommandAccepted handle(PublishKeyDecisionNotice command, AuthorityRulesLookup authorities) {
        requireOpen();
        requireNotYetDecided();
        requireKeyDecision("a forward-plan notice");
        requireNotBeforeProposal("its forward-plan notice", command.publishedOn());
        if (noticeFirstPublished == null) {
            AuthorityRules rules = authorities.rulesOn(authorityId, command.publishedOn());
            int clearDays = rules.keyDecisionNoticeClearDays();
            apply(new KeyDecisionNoticePublished(decisionId, command.publishedOn(), null, clearDays,
                    rules.noticeRule().earliestKeyDecision(command.publishedOn())));
        } else {
            requireNotBeforeFirstPublication(command.publishedOn());
            if (command.publishedOn().isAfter(noticeFirstPublished)) {
                apply(new KeyDecisionNoticePublished(decisionId, noticeFirstPublished, command.publishedOn(),
                        noticeClearDays, noticeEarliestDecisionDate));
            }
        }
        return accepted(Map.of("earliestDecisionDate", noticeEarliestDecisionDate.toString()));
    }

    @CommandHandler
    CommandAccepted handle(RecordGeneralException command, AuthorityRulesLookup authorities) {
        requireOpen();
        requireNotYetDecided();
        requireKeyDecision("the general exception");
        requireNotBeforeProposal("telling the scrutiny chair", command.chairNotifiedOn());
        requireNotBeforeProposal("the general exception notice", command.publishedOn());
        LocalDate periodStarts = generalExceptionPeriodStarts(command);
        AuthorityRules rules = authorities.rulesOn(authorityId, periodStarts);
        LocalDate earliest = rules.noticeRule().earliestUnderGeneralException(periodStarts);
        apply(new GeneralExceptionRecorded(decisionId, command.chairNotifiedOn(), command.publishedOn(),
                command.reasons(), rules.generalExceptionClearDays(), earliest));
        return accepted(Map.of("earliestDecisionDate", earliest.toString()));
    }

    /**
     * Reg 10 needs both the scrutiny chair told and the notice published before the 5 clear days
     * run, so they run from whichever came later.
     */
    private static LocalDate generalExceptionPeriodStarts(RecordGeneralException command) {
        return command.chairNotifiedOn().isAfter(command.publishedOn())
                ? command.chairNotifiedOn()
                : command.publishedOn();
    }

    @CommandHandler
    CommandAccepted handle(RecordSpecialUrgency command) {
        requireOpen();
        requireNotYetDecided();
        requireKeyDecision("special urgency");
        requireNotBeforeProposal("the agreement to special urgency", command.agreedOn());
        apply(new SpecialUrgencyRecorded(decisionId, command.agreedBy(), command.agreedOn(), command.reasons()));
        return accepted(Map.of());
    }

    // ---------------------------------------------------------------- the decision

    @CommandHandler
    Object handle(ApproveRecommendations command) {
        requireOpen();
        requireNotYetDecided();
        requireNotBeforeDeferral(command.decidedOn());
        requireNotBeforeProposal("its approval", command.decidedOn());
        DecisionProcedure procedure = procedureAllowing(command.decidedOn());
        if (procedure == null && command.fromPublishedRecord() && noProcedureKnown()) {
            procedure = DecisionProcedure.NOT_SHOWN_IN_PUBLISHED_RECORD;
        }
        if (procedure == null) {
            String reason = noticePeriodNotMetReason(command.decidedOn());
            apply(new EarlyKeyDecisionRefused(decisionId, command.decidedOn(), noticeFirstPublished,
                    noticeEarliestDecisionDate, NOTICE_PERIOD_NOT_MET, reason));
            return refusedAndRecorded(NOTICE_PERIOD_NOT_MET, reason);
        }
        apply(new RecommendationsApproved(decisionId, command.decidedOn(), command.decidedAt(),
                command.resolutions(), command.reasons(), command.alternativesRejected(),
                command.conflictsOfInterest(), command.dispensations(), procedure));
        return accepted(Map.of("procedure", procedure.name()));
    }

    @CommandHandler
    CommandAccepted handle(RejectDecision command) {
        requireOpen();
        requireNotYetDecided();
        requireNotBeforeDeferral(command.decidedOn());
        requireNotBeforeProposal("its rejection", command.decidedOn());
        apply(new DecisionRejected(decisionId, command.decidedOn(), command.reasons()));
        return accepted(Map.of());
    }

    @CommandHandler
    CommandAccepted handle(DeferDecision command) {
        requireOpen();
        requireNotYetDecided();
        requireNotBeforeDeferral(command.decidedOn());
        requireNotBeforeProposal("its deferral", command.decidedOn());
        apply(new DecisionDeferred(decisionId, command.decidedOn(), command.reasons()));
        return accepted(Map.of());
    }

    @CommandHandler
    CommandAccepted handle(WithdrawDecision command) {
        requireOpen();
        requireNotYetDecided();
        requireNotBeforeDeferral(command.decidedOn());
        requireNotBeforeProposal("its withdrawal", command.decidedOn());
        apply(new DecisionWithdrawn(decisionId, command.decidedOn(), command.reasons()));
        return accepted(Map.of());
    }

    // ---------------------------------------------------------------- publication

    @CommandHandler
    CommandAccepted handle(PublishDecision command, AuthorityRulesLookup authorities, DeadlineManager deadlines) {
        requireOpen();
        requireDecided();
        requireNotYetPublished();
        requirePublishedNotBeforeDecision(command.publishedOn());
        requireExemptionExactlyWhenNotSubjectToCallIn(command);
        LocalDate published = command.publishedOn();
        if (!command.subjectToCallIn()) {
            apply(new DecisionPublished(decisionId, published, false, command.callInExemption(),
                    null, null, null, null, published, null));
            apply(new DecisionTookEffect(decisionId, published, EffectRoute.EXEMPT_FROM_CALL_IN));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("subjectToCallIn", false);
            answer.put("callInClosesOn", null);
            answer.put("callInClosesAt", null);
            answer.put("effectiveFrom", published.toString());
            return accepted(answer);
        }
        AuthorityRules rules = authorities.rulesOn(authorityId, published);
        CallInWindow window = callInWindow(rules, published);
        String scheduleId = null;
        if (rules.callInWorkingDays() > 0) {
            scheduleId = deadlines.schedule(effectDue(window, command.effectNotBefore()), CALL_IN_WINDOW_CLOSES,
                    new GenericMessage<>(new CallInWindowCloses(decisionId, window.closesOn(), window.effectiveFrom())));
        }
        apply(new DecisionPublished(decisionId, published, true, null, rules.callInWorkingDays(),
                rules.callInSignatoriesRequired(), window.closesOn(), window.closesAt(), window.effectiveFrom(),
                scheduleId));
        if (scheduleId == null) {
            apply(new DecisionTookEffect(decisionId, window.effectiveFrom(), EffectRoute.NO_CALL_IN_PERIOD));
        }
        return accepted(Map.of("subjectToCallIn", true,
                "callInClosesOn", window.closesOn().toString(),
                "callInClosesAt", closingInstant(window).toString(),
                "effectiveFrom", window.effectiveFrom().toString()));
    }

    /** Idempotent: a window that closes after a call-in, or on a decision already in effect, changes nothing. */
    @DeadlineHandler(deadlineName = CALL_IN_WINDOW_CLOSES)
    void on(CallInWindowCloses deadline) {
        if (stage != Stage.PUBLISHED) {
            return;
        }
        apply(new DecisionTookEffect(decisionId, deadline.effectiveFrom(),
                EffectRoute.CALL_IN_WINDOW_CLOSED_WITHOUT_CALL_IN));
    }

    // ---------------------------------------------------------------- call-in

    @CommandHandler
    Object handle(RaiseCallIn command, DeadlineManager deadlines) {
        requireDistinctSignatories(command.signatories());
        requireOpen();
        requirePublished();
        requireNotAlreadyCalledIn();
        requireCallInNotBeforePublication(command.raisedOn());
        if (!subjectToCallIn) {
            return refuseCallIn(command, NOT_SUBJECT_TO_CALL_IN,
                    "Decision " + decisionId + " was published as not subject to call-in");
        }
        if (callInWindowClosedOn(command.raisedOn())) {
            return refuseCallIn(command, CALL_IN_WINDOW_CLOSED, command.raisedOn().isAfter(callInClosesOn)
                    ? "The call-in window for decision " + decisionId + " closed on " + callInClosesOn
                            + "; the call-in was raised on " + command.raisedOn()
                    : "Decision " + decisionId + " took effect when its call-in window closed on " + callInClosesOn
                            + " with no call-in entered; a call-in raised on " + command.raisedOn()
                            + " was entered after that");
        }
        if (command.signatories().size() < callInSignatoriesRequired) {
            return refuseCallIn(command, TOO_FEW_SIGNATORIES, "A call-in needs " + callInSignatoriesRequired
                    + " signatories under the rule the decision was published under; it had "
                    + command.signatories().size());
        }
        apply(new CallInRaised(decisionId, command.callInId(), command.raisedOn(), command.signatories(),
                command.grounds()));
        deadlines.cancelSchedule(CALL_IN_WINDOW_CLOSES, deadlineScheduleId);
        return new CommandAccepted(command.callInId().value(), AggregateLifecycle.getVersion(),
                Map.of("decisionId", decisionId.value()));
    }

    /**
     * The scrutiny committee's outcome, or after it referred the decision to the full council, the
     * council's: no further action (the decision takes effect from that date) or a referral back to
     * the decision maker.
     */
    @CommandHandler
    CommandAccepted handle(RecordCallInOutcome command) {
        requireOpen();
        requireKnownCallIn(command.callInId());
        CallInForum forum = forumAwaitingOutcome();
        if (forum == CallInForum.SCRUTINY_COMMITTEE) {
            requireOutcomeNotBeforeCallIn(command.decidedOn());
        } else {
            requireNotReferredToFullCouncilAgain(command.outcome());
            requireOutcomeNotBeforeReferral(command.decidedOn());
        }
        apply(new CallInOutcomeRecorded(decisionId, callInId, command.decidedOn(), command.meeting(),
                command.outcome(), forum, command.notes()));
        if (command.outcome() == CallInOutcome.NO_FURTHER_ACTION) {
            apply(new DecisionTookEffect(decisionId, command.decidedOn(), EffectRoute.CALL_IN_NO_FURTHER_ACTION));
            return accepted(Map.of("effectiveFrom", command.decidedOn().toString()));
        }
        return accepted(Map.of());
    }

    @CommandHandler
    CommandAccepted handle(ReconsiderDecision command) {
        requireOpen();
        requireReferredBack();
        requireReconsiderationNotBeforeReferral(command.decidedOn());
        requireResolutionsWhenAmended(command);
        apply(new DecisionReconsidered(decisionId, command.decidedOn(), command.outcome(), command.resolutions(),
                command.reasons()));
        if (command.outcome() == ReconsiderationOutcome.REVOKED) {
            return accepted(Map.of());
        }
        apply(new DecisionTookEffect(decisionId, command.decidedOn(), EffectRoute.RECONSIDERED));
        return accepted(Map.of("effectiveFrom", command.decidedOn().toString()));
    }

    // ---------------------------------------------------------------- rules

    private void requireOpen() {
        if (stage == Stage.WITHDRAWN || stage == Stage.REVOKED) {
            throw new RuleRefused(DECISION_CLOSED, "Decision " + decisionId + " was "
                    + (stage == Stage.WITHDRAWN ? "withdrawn" : "revoked") + "; nothing further can happen to it");
        }
    }

    private void requireNotYetDecided() {
        if (stage != Stage.PROPOSED && stage != Stage.DEFERRED) {
            throw new RuleRefused(DECISION_ALREADY_DECIDED, "Decision " + decisionId + " was already taken on "
                    + decidedOn);
        }
    }

    /** A deferral puts the decision off from its date, so nothing about it can be decided earlier. */
    private void requireNotBeforeDeferral(LocalDate day) {
        if (deferredOn != null && day.isBefore(deferredOn)) {
            throw new RuleRefused(DECIDED_BEFORE_DEFERRAL, "Decision " + decisionId + " was deferred on "
                    + deferredOn + "; it cannot be decided, deferred or withdrawn on an earlier day (" + day + ")");
        }
    }

    /** A proposal is dated, and not on a day still to come when it is recorded. */
    private static void requireProposalDate(LocalDate proposedOn, LocalDate recordedOn) {
        if (proposedOn == null) {
            throw new InvalidCommand("proposedOn", "A proposal needs the day it was proposed");
        }
        if (recordedOn != null && proposedOn.isAfter(recordedOn)) {
            throw new InvalidCommand("proposedOn", "proposedOn (" + proposedOn + ") is after today (" + recordedOn
                    + "): a proposal is recorded once it has been made");
        }
    }

    /**
     * Nothing happens to a decision before it was proposed: a step dated earlier would put the
     * timeline out of order. History entered later gives the proposal its own date.
     */
    private void requireNotBeforeProposal(String step, LocalDate day) {
        if (proposedOn != null && day.isBefore(proposedOn)) {
            throw new RuleRefused(DATED_BEFORE_PROPOSAL, "Decision " + decisionId + " was proposed on " + proposedOn
                    + "; " + step + " cannot be dated before it (" + day + "). A decision entered after the fact"
                    + " is proposed with the day it was proposed (proposedOn)");
        }
    }

    private void requireKeyDecision(String what) {
        if (!keyDecision) {
            throw new RuleRefused(NOT_A_KEY_DECISION, "Decision " + decisionId + " is not a key decision, so "
                    + what + " does not apply to it");
        }
    }

    private void requireNotBeforeFirstPublication(LocalDate publishedOn) {
        if (publishedOn.isBefore(noticeFirstPublished)) {
            throw new RuleRefused(NOTICE_BEFORE_FIRST_PUBLICATION, "The notice of decision " + decisionId
                    + " was first published on " + noticeFirstPublished + "; a re-dated notice cannot be earlier ("
                    + publishedOn + ")");
        }
    }

    /**
     * The procedure that allows a decision on {@code day}, or null when none does. The forward-plan
     * notice is the ordinary route; an exception counts only when that has not run.
     */
    private DecisionProcedure procedureAllowing(LocalDate day) {
        if (!keyDecision) {
            return DecisionProcedure.NOT_A_KEY_DECISION;
        }
        if (noticeEarliestDecisionDate != null && !day.isBefore(noticeEarliestDecisionDate)) {
            return DecisionProcedure.KEY_DECISION_NOTICE;
        }
        if (generalExceptionEarliestDecisionDate != null && !day.isBefore(generalExceptionEarliestDecisionDate)) {
            return DecisionProcedure.GENERAL_EXCEPTION;
        }
        if (specialUrgencyAgreedOn != null && !day.isBefore(specialUrgencyAgreedOn)) {
            return DecisionProcedure.SPECIAL_URGENCY;
        }
        return null;
    }

    /** Nothing on the ledger says how this key decision's notice was given. */
    private boolean noProcedureKnown() {
        return noticeFirstPublished == null && generalExceptionEarliestDecisionDate == null
                && specialUrgencyAgreedOn == null;
    }

    private String noticePeriodNotMetReason(LocalDate day) {
        String notice = noticeFirstPublished == null
                ? "no notice of key decision " + decisionId + " was published"
                : "the notice of key decision " + decisionId + " first published on " + noticeFirstPublished
                        + " allows it from " + noticeEarliestDecisionDate;
        String exception = generalExceptionEarliestDecisionDate == null
                ? ""
                : ", the general exception allows it from " + generalExceptionEarliestDecisionDate;
        String urgency = specialUrgencyAgreedOn == null
                ? ""
                : ", special urgency was agreed only on " + specialUrgencyAgreedOn;
        return "A key decision cannot be taken on " + day + ": " + notice + exception + urgency;
    }

    private void requireDecided() {
        if (stage == Stage.PROPOSED || stage == Stage.DEFERRED) {
            throw new RuleRefused(DECISION_NOT_DECIDED, "Decision " + decisionId
                    + " has not been taken, so there is no decision record to publish");
        }
    }

    private void requireNotYetPublished() {
        if (publishedOn != null) {
            throw new RuleRefused(DECISION_ALREADY_PUBLISHED, "The record of decision " + decisionId
                    + " was already published on " + publishedOn);
        }
    }

    private void requirePublishedNotBeforeDecision(LocalDate published) {
        if (published.isBefore(decidedOn)) {
            throw new RuleRefused(PUBLICATION_BEFORE_DECISION, "The record of decision " + decisionId
                    + " cannot be published on " + published + ", before the decision was taken on " + decidedOn);
        }
    }

    private static void requireExemptionExactlyWhenNotSubjectToCallIn(PublishDecision command) {
        if (command.subjectToCallIn() && command.callInExemption() != null) {
            throw new InvalidCommand("callInExemption",
                    "A decision subject to call-in has no call-in exemption; leave callInExemption out");
        }
        if (!command.subjectToCallIn() && (command.callInExemption() == null
                || isBlank(command.callInExemption().reason()) || isBlank(command.callInExemption().consentedBy()))) {
            throw new InvalidCommand("callInExemption",
                    "A decision not subject to call-in needs the reason and who consented");
        }
    }

    private static CallInWindow callInWindow(AuthorityRules rules, LocalDate published) {
        try {
            return rules.callInRule().windowFor(published, rules.workingDayCalendar());
        } catch (CalendarNotCoveredException notCovered) {
            throw new RuleRefused(CALENDAR_NOT_COVERED, notCovered.getMessage());
        }
    }

    /** The closing time is the council's local time; the deadline needs the instant. */
    // The deadline is scheduled as a message made inside this unit of work so that it carries the
    // publishing command's correlation data: the event it later causes keeps the chain.

    /** The window's closing instant, held back to the late-entry grace when history is entered after it. */
    private static Instant effectDue(CallInWindow window, Instant notBefore) {
        Instant closing = closingInstant(window);
        return notBefore != null && notBefore.isAfter(closing) ? notBefore : closing;
    }

    private static Instant closingInstant(CallInWindow window) {
        return window.closingTime().atZone(BusinessDay.COUNCIL_ZONE).toInstant();
    }

    private static void requireDistinctSignatories(List<String> signatories) {
        if (signatories.isEmpty()) {
            throw new InvalidCommand("signatories", "A call-in needs at least one signatory");
        }
        Set<String> seen = new HashSet<>();
        for (String signatory : signatories) {
            if (isBlank(signatory)) {
                throw new InvalidCommand("signatories", "A signatory's name must not be blank");
            }
            if (!seen.add(signatory.strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidCommand("signatories", signatory.strip() + " signed the call-in more than once");
            }
        }
    }

    private void requirePublished() {
        if (publishedOn == null) {
            throw new RuleRefused(DECISION_NOT_PUBLISHED, "The record of decision " + decisionId
                    + " has not been published, so it cannot be called in yet");
        }
    }

    private void requireNotAlreadyCalledIn() {
        if (callInId != null) {
            throw new RuleRefused(DECISION_ALREADY_CALLED_IN, "Decision " + decisionId + " was already called in on "
                    + callInRaisedOn + " (call-in " + callInId + ")");
        }
    }

    private void requireCallInNotBeforePublication(LocalDate raisedOn) {
        if (raisedOn.isBefore(publishedOn)) {
            throw new RuleRefused(CALL_IN_BEFORE_PUBLICATION, "A call-in raised on " + raisedOn
                    + " is before the record of decision " + decisionId + " was published on " + publishedOn);
        }
    }

    /**
     * Closed after its last day, and also once the decision has taken effect: the deadline fires at
     * the closing time, so a call-in later that same day finds the decision already in effect.
     */
    private boolean callInWindowClosedOn(LocalDate raisedOn) {
        return raisedOn.isAfter(callInClosesOn) || stage == Stage.EFFECTIVE;
    }

    private CommandRefusedAndRecorded refuseCallIn(RaiseCallIn command, String code, String reason) {
        apply(new CallInRefused(decisionId, command.callInId(), command.raisedOn(), command.signatories(),
                command.grounds(), code, reason));
        return refusedAndRecorded(code, reason);
    }

    private void requireKnownCallIn(CallInId named) {
        String refusal = refusedCallIns.get(named);
        if (refusal != null) {
            throw new RuleRefused(CALL_IN_REFUSED, "Call-in " + named + " of decision " + decisionId
                    + " was refused (" + refusal + "), so there is no outcome to record for it");
        }
        if (callInId == null || !callInId.equals(named)) {
            throw new UnknownResource(CALL_IN_UNKNOWN, "Decision " + decisionId + " has no call-in " + named);
        }
    }

    private CallInForum forumAwaitingOutcome() {
        return switch (stage) {
            case CALLED_IN -> CallInForum.SCRUTINY_COMMITTEE;
            case REFERRED_TO_FULL_COUNCIL -> CallInForum.FULL_COUNCIL;
            default -> throw new RuleRefused(CALL_IN_OUTCOME_ALREADY_RECORDED, "The outcome of call-in " + callInId
                    + " of decision " + decisionId + " was already recorded");
        };
    }

    private void requireOutcomeNotBeforeCallIn(LocalDate outcomeOn) {
        if (outcomeOn.isBefore(callInRaisedOn)) {
            throw new RuleRefused(OUTCOME_BEFORE_CALL_IN, "An outcome decided on " + outcomeOn
                    + " is before call-in " + callInId + " was raised on " + callInRaisedOn);
        }
    }

    private void requireNotReferredToFullCouncilAgain(CallInOutcome outcome) {
        if (outcome == CallInOutcome.REFER_TO_FULL_COUNCIL) {
            throw new RuleRefused(ALREADY_REFERRED_TO_FULL_COUNCIL, "Decision " + decisionId
                    + " is already before the full council, which can take no further action or refer it back");
        }
    }

    private void requireOutcomeNotBeforeReferral(LocalDate outcomeOn) {
        if (outcomeOn.isBefore(referredOn)) {
            throw new RuleRefused(OUTCOME_BEFORE_REFERRAL, "The full council's outcome on " + outcomeOn
                    + " is before the decision was referred to it on " + referredOn);
        }
    }

    private void requireReferredBack() {
        if (stage == Stage.REFERRED_BACK) {
            return;
        }
        if (reconsidered) {
            throw new RuleRefused(DECISION_ALREADY_RECONSIDERED, "Decision " + decisionId
                    + " was already reconsidered after its call-in");
        }
        throw new RuleRefused(NOT_REFERRED_BACK, "Decision " + decisionId
                + " has not been referred back to the decision maker, so there is nothing to reconsider");
    }

    private void requireReconsiderationNotBeforeReferral(LocalDate reconsideredOn) {
        if (reconsideredOn.isBefore(referredOn)) {
            throw new RuleRefused(RECONSIDERATION_BEFORE_REFERRAL, "A reconsideration on " + reconsideredOn
                    + " is before decision " + decisionId + " was referred back on " + referredOn);
        }
    }

    private static void requireResolutionsWhenAmended(ReconsiderDecision command) {
        if (command.outcome() == ReconsiderationOutcome.AMENDED && command.resolutions().isEmpty()) {
            throw new InvalidCommand("resolutions", "An amended decision needs its amended resolutions");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private CommandAccepted accepted(Map<String, Object> facts) {
        return new CommandAccepted(decisionId.value(), AggregateLifecycle.getVersion(), facts);
    }

    private CommandRefusedAndRecorded refusedAndRecorded(String code, String reason) {
        return new CommandRefusedAndRecorded(decisionId.value(), AggregateLifecycle.getVersion(), code, reason);
    }

    // ---------------------------------------------------------------- state

    @EventSourcingHandler
    void on(DecisionProposed event) {
        decisionId = event.decisionId();
        authorityId = event.authorityId();
        keyDecision = event.keyDecision();
        proposedOn = event.proposedOn();
        stage = Stage.PROPOSED;
    }

    @EventSourcingHandler
    void on(KeyDecisionNoticePublished event) {
        noticeFirstPublished = event.firstPublished();
        noticeClearDays = event.noticeClearDays();
        noticeEarliestDecisionDate = event.earliestDecisionDate();
    }

    @EventSourcingHandler
    void on(GeneralExceptionRecorded event) {
        if (generalExceptionEarliestDecisionDate == null
                || event.earliestDecisionDate().isBefore(generalExceptionEarliestDecisionDate)) {
            generalExceptionEarliestDecisionDate = event.earliestDecisionDate();
        }
    }

    @EventSourcingHandler
    void on(SpecialUrgencyRecorded event) {
        if (specialUrgencyAgreedOn == null || event.agreedOn().isBefore(specialUrgencyAgreedOn)) {
            specialUrgencyAgreedOn = event.agreedOn();
        }
    }

    @EventSourcingHandler
    void on(RecommendationsApproved event) {
        stage = Stage.DECIDED;
        decidedOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(DecisionRejected event) {
        stage = Stage.DECIDED;
        decidedOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(DecisionDeferred event) {
        stage = Stage.DEFERRED;
        if (deferredOn == null || event.decidedOn().isAfter(deferredOn)) {
            deferredOn = event.decidedOn();
        }
    }

    @EventSourcingHandler
    void on(DecisionWithdrawn event) {
        stage = Stage.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(DecisionPublished event) {
        stage = Stage.PUBLISHED;
        publishedOn = event.publishedOn();
        subjectToCallIn = event.subjectToCallIn();
        callInClosesOn = event.callInClosesOn();
        callInSignatoriesRequired = event.callInSignatoriesRequired();
        deadlineScheduleId = event.deadlineScheduleId();
    }

    @EventSourcingHandler
    void on(CallInRefused event) {
        refusedCallIns.put(event.callInId(), event.code());
    }

    @EventSourcingHandler
    void on(CallInRaised event) {
        stage = Stage.CALLED_IN;
        callInId = event.callInId();
        callInRaisedOn = event.raisedOn();
    }

    @EventSourcingHandler
    void on(CallInOutcomeRecorded event) {
        switch (event.outcome()) {
            case REFER_BACK_TO_DECISION_MAKER -> {
                stage = Stage.REFERRED_BACK;
                referredOn = event.decidedOn();
            }
            case REFER_TO_FULL_COUNCIL -> {
                stage = Stage.REFERRED_TO_FULL_COUNCIL;
                referredOn = event.decidedOn();
            }
            case NO_FURTHER_ACTION -> {
                // DecisionTookEffect follows and moves the stage on
            }
        }
    }

    @EventSourcingHandler
    void on(DecisionReconsidered event) {
        reconsidered = true;
        if (event.outcome() == ReconsiderationOutcome.REVOKED) {
            stage = Stage.REVOKED;
        }
    }

    @EventSourcingHandler
    void on(DecisionTookEffect event) {
        stage = Stage.EFFECTIVE;
    }
}
