package org.decisionledger.command.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.command.authority.AuthorityRulesLookup;
import org.decisionledger.command.common.Refusals;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.common.CommandRefusedAndRecorded;
import org.decisionledger.kernel.common.InvalidCommand;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.common.UnknownResource;
import org.decisionledger.kernel.decision.ApproveRecommendations;
import org.decisionledger.kernel.decision.CallInExemption;
import org.decisionledger.kernel.decision.CallInId;
import org.decisionledger.kernel.decision.CallInOutcome;
import org.decisionledger.kernel.decision.CallInRaised;
import org.decisionledger.kernel.decision.CallInRefused;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionProcedure;
import org.decisionledger.kernel.decision.DecisionProposed;
import org.decisionledger.kernel.decision.DecisionPublished;
import org.decisionledger.kernel.decision.EarlyKeyDecisionRefused;
import org.decisionledger.kernel.decision.KeyDecisionNoticePublished;
import org.decisionledger.kernel.decision.PublishDecision;
import org.decisionledger.kernel.decision.RaiseCallIn;
import org.decisionledger.kernel.decision.RecommendationsApproved;
import org.decisionledger.kernel.decision.RecordCallInOutcome;
import org.decisionledger.kernel.decision.Resolution;
import org.hamcrest.Matcher;

/**
 * The councils, rules and decisions the Decision tests share: seed 000 (Staffordshire's SEND
 * Accelerated Progress Plan decision, 20 September 2023) and seed 004 (Kent's forward-plan item
 * 21/00019, notice first published 4 February 2021).
 */
final class DecisionTestData {

    private DecisionTestData() {
    }

    // ---------------------------------------------------------------- councils and their rules

    static final AuthorityId STAFFORDSHIRE = new AuthorityId("staffordshire");
    static final AuthorityId KENT = new AuthorityId("kent");
    /** A council whose constitution has no call-in period. */
    static final AuthorityId NO_CALL_IN_COUNCIL = new AuthorityId("no-call-in-council");

    static final AuthorityRules STAFFORDSHIRE_RULES =
            new AuthorityRules(3, null, 3, 28, 5, "More than £1m", null, List.of());
    /** A later version of Staffordshire's rules, for decisions published from 1 December 2023. */
    static final LocalDate STAFFORDSHIRE_RULES_CHANGE = LocalDate.of(2023, 12, 1);
    static final AuthorityRules STAFFORDSHIRE_LATER_RULES =
            new AuthorityRules(5, LocalTime.of(16, 0), 5, 28, 5, "More than £1m", null, List.of());
    static final AuthorityRules KENT_RULES =
            new AuthorityRules(5, LocalTime.of(17, 0), 2, 28, 5, "Expenditure over £1m", null, List.of());
    static final AuthorityRules NO_CALL_IN_RULES =
            new AuthorityRules(0, null, 1, 28, 5, null, null, List.of());

    static final AuthorityRulesLookup RULES = (authority, day) -> switch (authority.value()) {
        case "staffordshire" -> day.isBefore(STAFFORDSHIRE_RULES_CHANGE) ? STAFFORDSHIRE_RULES : STAFFORDSHIRE_LATER_RULES;
        case "kent" -> KENT_RULES;
        case "no-call-in-council" -> NO_CALL_IN_RULES;
        default -> throw new UnknownResource("UNKNOWN_AUTHORITY", "Authority " + authority + " is not known");
    };

    static final String SCHEDULE_ID = "schedule-of-the-published-decision";

    /**
     * A fixture with the rules lookup injected. Schedule ids are random in the stub deadline manager
     * and refusal reasons are prose, so neither takes part in event equality; tests check the codes.
     */
    static AggregateTestFixture<Decision> fixture() {
        AggregateTestFixture<Decision> fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerInjectableResource(RULES);
        fixture.registerIgnoredField(DecisionPublished.class, "deadlineScheduleId");
        fixture.registerIgnoredField(CallInRefused.class, "reason");
        fixture.registerIgnoredField(EarlyKeyDecisionRefused.class, "reason");
        return fixture;
    }

    // ---------------------------------------------------------------- seed 000, Staffordshire

    static final DecisionId DECISION = new DecisionId("staffordshire-send-app-2023");
    static final LocalDate PROPOSED_ON = LocalDate.of(2023, 8, 10);
    static final LocalDate NOTICE_FIRST_PUBLISHED = LocalDate.of(2023, 8, 17);
    static final LocalDate NOTICE_EARLIEST_DECISION = LocalDate.of(2023, 9, 15);
    static final LocalDate DECIDED_ON = LocalDate.of(2023, 9, 20);
    static final String DECIDED_AT = "20/09/2023 - Cabinet";
    static final LocalDate PUBLISHED_ON = LocalDate.of(2023, 9, 21);
    static final LocalDate CALL_IN_CLOSES_ON = LocalDate.of(2023, 9, 26);
    static final LocalDate EFFECTIVE_FROM = LocalDate.of(2023, 9, 27);
    /** 23:59:59 on 26 September 2023, British Summer Time. */
    static final Instant WINDOW_CLOSES = Instant.parse("2023-09-26T22:59:59Z");
    static final Instant PUBLICATION_MORNING = Instant.parse("2023-09-21T09:00:00Z");

    static final CallInId CALL_IN = new CallInId("call-in-1");
    static final CallInId ANOTHER_CALL_IN = new CallInId("call-in-2");
    static final List<String> THREE_COUNCILLORS = List.of("Cllr Ann Edgeller", "Cllr Jill Hood", "Cllr Ross Ward");
    static final String GROUNDS = "The decision was not taken in accordance with the principles of decision making";

    static final List<Resolution> STAFFORDSHIRE_RESOLUTIONS = List.of(
            Resolution.of("(a)", "That the actions set out in the Accelerated Progress Plan continue to be endorsed."),
            Resolution.of("(b)", "That the proposed Enhanced Assess-Plan-Do-Review (EAPDR) Pathway and Strategy for "
                    + "Special Provision be endorsed."),
            Resolution.of("(c)", "That delegated authority be given to the Director for Children and Families for "
                    + "allocating funding for the 8 Staffordshire Enhanced District Inclusion Support Teams (SEDIS)."),
            Resolution.of("(d)", "That Authority be given to enter into contractual agreements with schools to "
                    + "deliver the SEDIS Model."),
            new Resolution("(e)", "That the proposal to develop a Children & Young People's Framework be endorsed:",
                    List.of(
                            Resolution.of("(i)", "Approval be given to conduct an open tender process."),
                            Resolution.of("(ii)", "That the award of the Framework be delegated to the Director for "
                                    + "Children and Families and call-off contracts be sub-delegated."))));

    static DecisionProposed proposed() {
        return proposed(DECISION, STAFFORDSHIRE, true);
    }

    static DecisionProposed proposed(DecisionId decisionId, AuthorityId authorityId, boolean keyDecision) {
        return proposed(decisionId, authorityId, keyDecision, PROPOSED_ON);
    }

    static DecisionProposed proposed(DecisionId decisionId, AuthorityId authorityId, boolean keyDecision,
            LocalDate proposedOn) {
        return new DecisionProposed(decisionId, authorityId, null,
                "SEND Accelerated Progress Plan: Enhanced Assess-Plan-Do-Review Pathway", "Cabinet", keyDecision,
                keyDecision ? List.of("Expenditure of more than £1m") : List.of(), List.of(), null, null, null, null,
                null, null, proposedOn);
    }

    static KeyDecisionNoticePublished noticePublished() {
        return new KeyDecisionNoticePublished(DECISION, NOTICE_FIRST_PUBLISHED, null, 28, NOTICE_EARLIEST_DECISION);
    }

    static ApproveRecommendations approve() {
        return approve(DECISION, DECIDED_ON);
    }

    static ApproveRecommendations approve(DecisionId decisionId, LocalDate decidedOn) {
        return new ApproveRecommendations(decisionId, decidedOn, DECIDED_AT, STAFFORDSHIRE_RESOLUTIONS,
                "To deliver outcomes related to the SEND Accelerated Progress Plan", null, "None declared", null);
    }

    static RecommendationsApproved approved() {
        return approved(DECISION, DECIDED_ON, DecisionProcedure.KEY_DECISION_NOTICE);
    }

    static RecommendationsApproved approved(DecisionId decisionId, LocalDate decidedOn, DecisionProcedure procedure) {
        ApproveRecommendations command = approve(decisionId, decidedOn);
        return new RecommendationsApproved(decisionId, decidedOn, command.decidedAt(), command.resolutions(),
                command.reasons(), command.alternativesRejected(), command.conflictsOfInterest(),
                command.dispensations(), procedure);
    }

    static PublishDecision publish() {
        return new PublishDecision(DECISION, PUBLISHED_ON, true, null);
    }

    static DecisionPublished published() {
        return new DecisionPublished(DECISION, PUBLISHED_ON, true, null, 3, 3, CALL_IN_CLOSES_ON,
                AuthorityRules.END_OF_DAY, EFFECTIVE_FROM, SCHEDULE_ID);
    }

    static final CallInExemption URGENT = new CallInExemption(
            "Any delay would seriously prejudice the council's interests", "Chair of the Children's Scrutiny Committee");

    static DecisionPublished publishedExempt() {
        return new DecisionPublished(DECISION, PUBLISHED_ON, false, URGENT, null, null, null, null, PUBLISHED_ON, null);
    }

    /** The stages before a call-in: proposed, notice given, approved and published. */
    static Object[] publishedStory() {
        return new Object[] {proposed(), noticePublished(), approved(), published()};
    }

    static RaiseCallIn raiseCallIn(LocalDate raisedOn) {
        return raiseCallIn(raisedOn, THREE_COUNCILLORS);
    }

    static RaiseCallIn raiseCallIn(LocalDate raisedOn, List<String> signatories) {
        return new RaiseCallIn(DECISION, CALL_IN, raisedOn, signatories, GROUNDS);
    }

    static CallInRaised callInRaised(LocalDate raisedOn) {
        return new CallInRaised(DECISION, CALL_IN, raisedOn, THREE_COUNCILLORS, GROUNDS);
    }

    static CallInRefused callInRefused(LocalDate raisedOn, List<String> signatories, String code) {
        return new CallInRefused(DECISION, CALL_IN, raisedOn, signatories, GROUNDS, code, null);
    }

    static final LocalDate CALL_IN_RAISED_ON = LocalDate.of(2023, 9, 25);
    static final LocalDate SCRUTINY_MEETS_ON = LocalDate.of(2023, 10, 4);
    static final String SCRUTINY_MEETING = "Children and Young People Overview and Scrutiny Committee, 4 October 2023";
    static final LocalDate COUNCIL_MEETS_ON = LocalDate.of(2023, 10, 19);
    static final String COUNCIL_MEETING = "Full Council, 19 October 2023";
    static final LocalDate RECONSIDERED_ON = LocalDate.of(2023, 10, 11);

    static RecordCallInOutcome outcome(LocalDate decidedOn, CallInOutcome outcome) {
        return new RecordCallInOutcome(DECISION, CALL_IN, decidedOn, SCRUTINY_MEETING, outcome, null);
    }

    // ---------------------------------------------------------------- seed 004, Kent

    static final DecisionId KENT_DECISION = new DecisionId("kent-21-00019");
    static final LocalDate KENT_NOTICE_FIRST_PUBLISHED = LocalDate.of(2021, 2, 4);
    /** "Not before 5th Mar 2021": 28 clear days after 4 February. */
    static final LocalDate KENT_EARLIEST_DECISION = LocalDate.of(2021, 3, 5);
    static final LocalDate KENT_EARLIEST_UNDER_GENERAL_EXCEPTION = LocalDate.of(2021, 2, 10);
    static final LocalDate KENT_EARLY_DECISION = LocalDate.of(2021, 3, 1);

    /** Kent's forward plan lists the item before its notice of 4 February. */
    static final LocalDate KENT_PROPOSED_ON = LocalDate.of(2021, 1, 20);

    static DecisionProposed kentProposed() {
        return proposed(KENT_DECISION, KENT, true, KENT_PROPOSED_ON);
    }

    static KeyDecisionNoticePublished kentNotice() {
        return new KeyDecisionNoticePublished(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED, null, 28,
                KENT_EARLIEST_DECISION);
    }

    // ---------------------------------------------------------------- what a refusal looks like

    static Matcher<RuleRefused> refused(String code) {
        return Refusals.refused(code);
    }

    static Matcher<UnknownResource> notFound(String code) {
        return Refusals.notFound(code);
    }

    static Matcher<InvalidCommand> invalid(String field) {
        return Refusals.invalid(field);
    }

    static Matcher<CommandRefusedAndRecorded> refusalRecorded(DecisionId decisionId, long version, String code) {
        return Refusals.refusalRecorded(decisionId.value(), version, code);
    }
}
