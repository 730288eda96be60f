package org.decisionledger.command.decision;

import static org.decisionledger.command.decision.DecisionTestData.CALL_IN;
import static org.decisionledger.command.decision.DecisionTestData.CALL_IN_RAISED_ON;
import static org.decisionledger.command.decision.DecisionTestData.COUNCIL_MEETING;
import static org.decisionledger.command.decision.DecisionTestData.COUNCIL_MEETS_ON;
import static org.decisionledger.command.decision.DecisionTestData.DECISION;
import static org.decisionledger.command.decision.DecisionTestData.RECONSIDERED_ON;
import static org.decisionledger.command.decision.DecisionTestData.SCRUTINY_MEETING;
import static org.decisionledger.command.decision.DecisionTestData.SCRUTINY_MEETS_ON;
import static org.decisionledger.command.decision.DecisionTestData.callInRaised;
import static org.decisionledger.command.decision.DecisionTestData.invalid;
import static org.decisionledger.command.decision.DecisionTestData.publishedStory;
import static org.decisionledger.command.decision.DecisionTestData.raiseCallIn;
import static org.decisionledger.command.decision.DecisionTestData.refused;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_ALREADY_RECONSIDERED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_CLOSED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.NOT_REFERRED_BACK;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.RECONSIDERATION_BEFORE_REFERRAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.CallInForum;
import org.decisionledger.kernel.decision.CallInOutcome;
import org.decisionledger.kernel.decision.CallInOutcomeRecorded;
import org.decisionledger.kernel.decision.DecisionReconsidered;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.EffectRoute;
import org.decisionledger.kernel.decision.ReconsiderDecision;
import org.decisionledger.kernel.decision.ReconsiderationOutcome;
import org.decisionledger.kernel.decision.Resolution;
import org.junit.jupiter.api.Test;

/** The decision maker's reconsideration of a decision referred back after a call-in. */
class ReconsiderationTest {

    private static final String REASONS = "The committee's concerns are answered in the supplementary report";
    private static final List<Resolution> AMENDED = List.of(
            Resolution.of("(a)", "That the actions set out in the Accelerated Progress Plan continue to be endorsed, "
                    + "with quarterly reports to the scrutiny committee."));

    private final AggregateTestFixture<Decision> fixture = DecisionTestData.fixture();

    @Test
    void aConfirmedDecisionTakesEffectFromTheReconsiderationDate() {
        referredBack()
                .when(reconsider(RECONSIDERED_ON, ReconsiderationOutcome.CONFIRMED, List.of()))
                .expectEvents(new DecisionReconsidered(DECISION, RECONSIDERED_ON, ReconsiderationOutcome.CONFIRMED,
                                List.of(), REASONS),
                        new DecisionTookEffect(DECISION, RECONSIDERED_ON, EffectRoute.RECONSIDERED))
                .expectResultMessagePayload(new CommandAccepted(DECISION.value(), 7,
                        Map.of("effectiveFrom", "2023-10-11")));
    }

    @Test
    void anAmendedDecisionRecordsItsNewResolutionsAndTakesEffect() {
        referredBack()
                .when(reconsider(RECONSIDERED_ON, ReconsiderationOutcome.AMENDED, AMENDED))
                .expectEvents(new DecisionReconsidered(DECISION, RECONSIDERED_ON, ReconsiderationOutcome.AMENDED,
                                AMENDED, REASONS),
                        new DecisionTookEffect(DECISION, RECONSIDERED_ON, EffectRoute.RECONSIDERED));
    }

    @Test
    void anAmendmentWithoutItsResolutionsIsInvalid() {
        referredBack()
                .when(reconsider(RECONSIDERED_ON, ReconsiderationOutcome.AMENDED, List.of()))
                .expectNoEvents()
                .expectException(invalid("resolutions"));
    }

    @Test
    void aRevokedDecisionNeverTakesEffect() {
        referredBack()
                .when(reconsider(RECONSIDERED_ON, ReconsiderationOutcome.REVOKED, List.of()))
                .expectEvents(new DecisionReconsidered(DECISION, RECONSIDERED_ON, ReconsiderationOutcome.REVOKED,
                        List.of(), REASONS))
                .expectResultMessagePayload(new CommandAccepted(DECISION.value(), 6, Map.of()));
    }

    @Test
    void nothingFurtherHappensToARevokedDecision() {
        referredBack()
                .andGiven(new DecisionReconsidered(DECISION, RECONSIDERED_ON, ReconsiderationOutcome.REVOKED,
                        List.of(), REASONS))
                .when(raiseCallIn(RECONSIDERED_ON))
                .expectNoEvents()
                .expectException(refused(DECISION_CLOSED));
    }

    @Test
    void aDecisionReferredBackByTheFullCouncilIsReconsideredTheSameWay() {
        LocalDate afterTheCouncil = COUNCIL_MEETS_ON.plusDays(5);
        fixture.given(publishedStory())
                .andGiven(callInRaised(CALL_IN_RAISED_ON),
                        new CallInOutcomeRecorded(DECISION, CALL_IN, SCRUTINY_MEETS_ON, SCRUTINY_MEETING,
                                CallInOutcome.REFER_TO_FULL_COUNCIL, CallInForum.SCRUTINY_COMMITTEE, null),
                        new CallInOutcomeRecorded(DECISION, CALL_IN, COUNCIL_MEETS_ON, COUNCIL_MEETING,
                                CallInOutcome.REFER_BACK_TO_DECISION_MAKER, CallInForum.FULL_COUNCIL, null))
                .when(reconsider(afterTheCouncil, ReconsiderationOutcome.CONFIRMED, List.of()))
                .expectEvents(new DecisionReconsidered(DECISION, afterTheCouncil, ReconsiderationOutcome.CONFIRMED,
                                List.of(), REASONS),
                        new DecisionTookEffect(DECISION, afterTheCouncil, EffectRoute.RECONSIDERED));
    }

    @Test
    void reconsideringADecisionThatWasNotReferredBackIsRefused() {
        fixture.given(publishedStory())
                .andGiven(callInRaised(CALL_IN_RAISED_ON))
                .when(reconsider(RECONSIDERED_ON, ReconsiderationOutcome.CONFIRMED, List.of()))
                .expectNoEvents()
                .expectException(refused(NOT_REFERRED_BACK));
    }

    @Test
    void reconsideringTwiceIsRefused() {
        referredBack()
                .andGiven(new DecisionReconsidered(DECISION, RECONSIDERED_ON, ReconsiderationOutcome.CONFIRMED,
                                List.of(), REASONS),
                        new DecisionTookEffect(DECISION, RECONSIDERED_ON, EffectRoute.RECONSIDERED))
                .when(reconsider(RECONSIDERED_ON.plusDays(1), ReconsiderationOutcome.REVOKED, List.of()))
                .expectNoEvents()
                .expectException(refused(DECISION_ALREADY_RECONSIDERED));
    }

    @Test
    void aReconsiderationDatedBeforeTheReferralIsRefused() {
        referredBack()
                .when(reconsider(SCRUTINY_MEETS_ON.minusDays(1), ReconsiderationOutcome.CONFIRMED, List.of()))
                .expectNoEvents()
                .expectException(refused(RECONSIDERATION_BEFORE_REFERRAL));
    }

    private TestExecutor<Decision> referredBack() {
        return fixture.given(publishedStory())
                .andGiven(callInRaised(CALL_IN_RAISED_ON),
                        new CallInOutcomeRecorded(DECISION, CALL_IN, SCRUTINY_MEETS_ON, SCRUTINY_MEETING,
                                CallInOutcome.REFER_BACK_TO_DECISION_MAKER, CallInForum.SCRUTINY_COMMITTEE, null));
    }

    private static ReconsiderDecision reconsider(LocalDate decidedOn, ReconsiderationOutcome outcome,
            List<Resolution> resolutions) {
        return new ReconsiderDecision(DECISION, decidedOn, outcome, resolutions, REASONS);
    }
}
