package org.decisionledger.command.decision;

import static org.decisionledger.command.decision.DecisionTestData.ANOTHER_CALL_IN;
import static org.decisionledger.command.decision.DecisionTestData.CALL_IN;
import static org.decisionledger.command.decision.DecisionTestData.CALL_IN_RAISED_ON;
import static org.decisionledger.command.decision.DecisionTestData.COUNCIL_MEETING;
import static org.decisionledger.command.decision.DecisionTestData.COUNCIL_MEETS_ON;
import static org.decisionledger.command.decision.DecisionTestData.DECISION;
import static org.decisionledger.command.decision.DecisionTestData.GROUNDS;
import static org.decisionledger.command.decision.DecisionTestData.SCRUTINY_MEETING;
import static org.decisionledger.command.decision.DecisionTestData.SCRUTINY_MEETS_ON;
import static org.decisionledger.command.decision.DecisionTestData.THREE_COUNCILLORS;
import static org.decisionledger.command.decision.DecisionTestData.callInRaised;
import static org.decisionledger.command.decision.DecisionTestData.callInRefused;
import static org.decisionledger.command.decision.DecisionTestData.notFound;
import static org.decisionledger.command.decision.DecisionTestData.outcome;
import static org.decisionledger.command.decision.DecisionTestData.publishedStory;
import static org.decisionledger.command.decision.DecisionTestData.refused;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.ALREADY_REFERRED_TO_FULL_COUNCIL;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALL_IN_OUTCOME_ALREADY_RECORDED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALL_IN_REFUSED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALL_IN_UNKNOWN;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.OUTCOME_BEFORE_CALL_IN;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.OUTCOME_BEFORE_REFERRAL;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.TOO_FEW_SIGNATORIES;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.CallInForum;
import org.decisionledger.kernel.decision.CallInOutcome;
import org.decisionledger.kernel.decision.CallInOutcomeRecorded;
import org.decisionledger.kernel.decision.CallInRaised;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.EffectRoute;
import org.decisionledger.kernel.decision.RecordCallInOutcome;
import org.junit.jupiter.api.Test;

/**
 * What scrutiny decides about a call-in and, when it refers the decision to the full council, what
 * the council decides: the council's outcome is recorded through the same command on the same call-in.
 */
class CallInOutcomeTest {

    private final AggregateTestFixture<Decision> fixture = DecisionTestData.fixture();

    @Test
    void noFurtherActionMakesTheDecisionEffectiveFromTheOutcomeDate() {
        calledIn()
                .when(outcome(SCRUTINY_MEETS_ON, CallInOutcome.NO_FURTHER_ACTION))
                .expectEvents(scrutinyOutcome(CallInOutcome.NO_FURTHER_ACTION),
                        new DecisionTookEffect(DECISION, SCRUTINY_MEETS_ON, EffectRoute.CALL_IN_NO_FURTHER_ACTION))
                .expectResultMessagePayload(new CommandAccepted(DECISION.value(), 6,
                        Map.of("effectiveFrom", "2023-10-04")));
    }

    @Test
    void referringBackLeavesTheDecisionWaitingForReconsideration() {
        calledIn()
                .when(outcome(SCRUTINY_MEETS_ON, CallInOutcome.REFER_BACK_TO_DECISION_MAKER))
                .expectEvents(scrutinyOutcome(CallInOutcome.REFER_BACK_TO_DECISION_MAKER));
    }

    @Test
    void referringToTheFullCouncilLeavesTheDecisionWaitingForTheCouncil() {
        calledIn()
                .when(outcome(SCRUTINY_MEETS_ON, CallInOutcome.REFER_TO_FULL_COUNCIL))
                .expectEvents(scrutinyOutcome(CallInOutcome.REFER_TO_FULL_COUNCIL));
    }

    @Test
    void anOutcomeForACallInThatWasNeverRaisedIsNotFound() {
        calledIn()
                .when(new RecordCallInOutcome(DECISION, ANOTHER_CALL_IN, SCRUTINY_MEETS_ON, SCRUTINY_MEETING,
                        CallInOutcome.NO_FURTHER_ACTION, null))
                .expectNoEvents()
                .expectException(notFound(CALL_IN_UNKNOWN));
    }

    @Test
    void anOutcomeForADecisionNobodyCalledInIsNotFound() {
        fixture.given(publishedStory())
                .when(outcome(SCRUTINY_MEETS_ON, CallInOutcome.NO_FURTHER_ACTION))
                .expectNoEvents()
                .expectException(notFound(CALL_IN_UNKNOWN));
    }

    @Test
    void anOutcomeForARefusedCallInIsRefused() {
        fixture.given(publishedStory())
                .andGiven(callInRefused(CALL_IN_RAISED_ON, List.of("Cllr Ann Edgeller"), TOO_FEW_SIGNATORIES))
                .when(outcome(SCRUTINY_MEETS_ON, CallInOutcome.NO_FURTHER_ACTION))
                .expectNoEvents()
                .expectException(refused(CALL_IN_REFUSED));
    }

    @Test
    void anOutcomeForARefusedCallInIsRefusedWhenAnotherCallInWasRaisedAfterIt() {
        fixture.given(publishedStory())
                .andGiven(callInRefused(CALL_IN_RAISED_ON, List.of("Cllr Ann Edgeller"), TOO_FEW_SIGNATORIES),
                        new CallInRaised(DECISION, ANOTHER_CALL_IN, CALL_IN_RAISED_ON, THREE_COUNCILLORS, GROUNDS))
                .when(outcome(SCRUTINY_MEETS_ON, CallInOutcome.NO_FURTHER_ACTION))
                .expectNoEvents()
                .expectException(refused(CALL_IN_REFUSED));
    }

    @Test
    void anOutcomeDatedBeforeTheCallInIsRefused() {
        calledIn()
                .when(outcome(CALL_IN_RAISED_ON.minusDays(1), CallInOutcome.NO_FURTHER_ACTION))
                .expectNoEvents()
                .expectException(refused(OUTCOME_BEFORE_CALL_IN));
    }

    @Test
    void aSecondOutcomeIsRefused() {
        calledIn()
                .andGiven(scrutinyOutcome(CallInOutcome.REFER_BACK_TO_DECISION_MAKER))
                .when(outcome(SCRUTINY_MEETS_ON, CallInOutcome.NO_FURTHER_ACTION))
                .expectNoEvents()
                .expectException(refused(CALL_IN_OUTCOME_ALREADY_RECORDED));
    }

    @Test
    void theFullCouncilTakingNoFurtherActionMakesTheDecisionEffectiveFromItsMeeting() {
        calledIn()
                .andGiven(scrutinyOutcome(CallInOutcome.REFER_TO_FULL_COUNCIL))
                .when(councilOutcome(COUNCIL_MEETS_ON, CallInOutcome.NO_FURTHER_ACTION))
                .expectEvents(new CallInOutcomeRecorded(DECISION, CALL_IN, COUNCIL_MEETS_ON, COUNCIL_MEETING,
                                CallInOutcome.NO_FURTHER_ACTION, CallInForum.FULL_COUNCIL, null),
                        new DecisionTookEffect(DECISION, COUNCIL_MEETS_ON, EffectRoute.CALL_IN_NO_FURTHER_ACTION));
    }

    @Test
    void theFullCouncilReferringTheDecisionBackLeavesItWaitingForReconsideration() {
        calledIn()
                .andGiven(scrutinyOutcome(CallInOutcome.REFER_TO_FULL_COUNCIL))
                .when(councilOutcome(COUNCIL_MEETS_ON, CallInOutcome.REFER_BACK_TO_DECISION_MAKER))
                .expectEvents(new CallInOutcomeRecorded(DECISION, CALL_IN, COUNCIL_MEETS_ON, COUNCIL_MEETING,
                        CallInOutcome.REFER_BACK_TO_DECISION_MAKER, CallInForum.FULL_COUNCIL, null));
    }

    @Test
    void theFullCouncilCannotReferTheDecisionToItself() {
        calledIn()
                .andGiven(scrutinyOutcome(CallInOutcome.REFER_TO_FULL_COUNCIL))
                .when(councilOutcome(COUNCIL_MEETS_ON, CallInOutcome.REFER_TO_FULL_COUNCIL))
                .expectNoEvents()
                .expectException(refused(ALREADY_REFERRED_TO_FULL_COUNCIL));
    }

    @Test
    void theCouncilsOutcomeDatedBeforeTheReferralIsRefused() {
        calledIn()
                .andGiven(scrutinyOutcome(CallInOutcome.REFER_TO_FULL_COUNCIL))
                .when(councilOutcome(SCRUTINY_MEETS_ON.minusDays(1), CallInOutcome.NO_FURTHER_ACTION))
                .expectNoEvents()
                .expectException(refused(OUTCOME_BEFORE_REFERRAL));
    }

    @Test
    void aFurtherOutcomeAfterTheCouncilDecidedIsRefused() {
        calledIn()
                .andGiven(scrutinyOutcome(CallInOutcome.REFER_TO_FULL_COUNCIL),
                        new CallInOutcomeRecorded(DECISION, CALL_IN, COUNCIL_MEETS_ON, COUNCIL_MEETING,
                                CallInOutcome.REFER_BACK_TO_DECISION_MAKER, CallInForum.FULL_COUNCIL, null))
                .when(councilOutcome(COUNCIL_MEETS_ON, CallInOutcome.NO_FURTHER_ACTION))
                .expectNoEvents()
                .expectException(refused(CALL_IN_OUTCOME_ALREADY_RECORDED));
    }

    private TestExecutor<Decision> calledIn() {
        return fixture.given(publishedStory()).andGiven(callInRaised(CALL_IN_RAISED_ON));
    }

    private static CallInOutcomeRecorded scrutinyOutcome(CallInOutcome outcome) {
        return new CallInOutcomeRecorded(DECISION, CALL_IN, SCRUTINY_MEETS_ON, SCRUTINY_MEETING, outcome,
                CallInForum.SCRUTINY_COMMITTEE, null);
    }

    private static RecordCallInOutcome councilOutcome(LocalDate decidedOn, CallInOutcome outcome) {
        return new RecordCallInOutcome(DECISION, CALL_IN, decidedOn, COUNCIL_MEETING, outcome, null);
    }
}
