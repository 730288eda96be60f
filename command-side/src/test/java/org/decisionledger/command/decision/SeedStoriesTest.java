package org.decisionledger.command.decision;

import static org.decisionledger.command.decision.DecisionTestData.CALL_IN_RAISED_ON;
import static org.decisionledger.command.decision.DecisionTestData.DECISION;
import static org.decisionledger.command.decision.DecisionTestData.EFFECTIVE_FROM;
import static org.decisionledger.command.decision.DecisionTestData.KENT_DECISION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_EARLIEST_DECISION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_EARLY_DECISION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_NOTICE_FIRST_PUBLISHED;
import static org.decisionledger.command.decision.DecisionTestData.NOTICE_FIRST_PUBLISHED;
import static org.decisionledger.command.decision.DecisionTestData.PUBLICATION_MORNING;
import static org.decisionledger.command.decision.DecisionTestData.RECONSIDERED_ON;
import static org.decisionledger.command.decision.DecisionTestData.SCRUTINY_MEETS_ON;
import static org.decisionledger.command.decision.DecisionTestData.THREE_COUNCILLORS;
import static org.decisionledger.command.decision.DecisionTestData.approve;
import static org.decisionledger.command.decision.DecisionTestData.approved;
import static org.decisionledger.command.decision.DecisionTestData.callInRefused;
import static org.decisionledger.command.decision.DecisionTestData.kentProposed;
import static org.decisionledger.command.decision.DecisionTestData.outcome;
import static org.decisionledger.command.decision.DecisionTestData.proposed;
import static org.decisionledger.command.decision.DecisionTestData.publish;
import static org.decisionledger.command.decision.DecisionTestData.raiseCallIn;
import static org.decisionledger.command.decision.DecisionTestData.refusalRecorded;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALL_IN_WINDOW_CLOSED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.NOTICE_PERIOD_NOT_MET;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.CallInOutcome;
import org.decisionledger.kernel.decision.DecisionProcedure;
import org.decisionledger.kernel.decision.DecisionReconsidered;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.EarlyKeyDecisionRefused;
import org.decisionledger.kernel.decision.EffectRoute;
import org.decisionledger.kernel.decision.PublishKeyDecisionNotice;
import org.decisionledger.kernel.decision.ReconsiderDecision;
import org.decisionledger.kernel.decision.ReconsiderationOutcome;
import org.decisionledger.kernel.decision.RecordGeneralException;
import org.junit.jupiter.api.Test;

/**
 * The seed documents' stories, told through commands only. Seed 000: Staffordshire's Cabinet decided
 * on 20 September 2023 and published on the 21st under a three-working-day rule, so the window closes
 * on the 26th and the decision is effective from the 27th. Seed 004: Kent's notice was first published
 * on 4 February 2021, so the decision may not be taken before 5 March 2021.
 */
class SeedStoriesTest {

    private final AggregateTestFixture<Decision> fixture = DecisionTestData.fixture();

    @Test
    void seed000TakesEffectOnTheTwentySeventhWhenNobodyCallsItIn() {
        staffordshirePublished()
                .whenThenTimeAdvancesTo(Instant.parse("2023-09-27T00:00:00Z"))
                .expectEvents(new DecisionTookEffect(DECISION, EFFECTIVE_FROM,
                        EffectRoute.CALL_IN_WINDOW_CLOSED_WITHOUT_CALL_IN));
    }

    @Test
    void seed000CallInOnTheTwentySeventhIsRefusedAndRecorded() {
        staffordshirePublished()
                .when(raiseCallIn(EFFECTIVE_FROM))
                .expectEvents(callInRefused(EFFECTIVE_FROM, THREE_COUNCILLORS, CALL_IN_WINDOW_CLOSED))
                .expectResultMessagePayloadMatching(refusalRecorded(DECISION, 4, CALL_IN_WINDOW_CLOSED));
    }

    @Test
    void seed000CallInOnTheTwentyFifthSuspendsTheEffect() {
        staffordshirePublished()
                .andGivenCommands(raiseCallIn(CALL_IN_RAISED_ON))
                .whenThenTimeAdvancesTo(Instant.parse("2023-09-28T00:00:00Z"))
                .expectNoEvents()
                .expectTriggeredDeadlines()
                .expectNoScheduledDeadlines();
    }

    @Test
    void seed000ReferredBackAndConfirmedTakesEffectFromTheReconsiderationDate() {
        staffordshirePublished()
                .andGivenCommands(raiseCallIn(CALL_IN_RAISED_ON),
                        outcome(SCRUTINY_MEETS_ON, CallInOutcome.REFER_BACK_TO_DECISION_MAKER))
                .when(new ReconsiderDecision(DECISION, RECONSIDERED_ON, ReconsiderationOutcome.CONFIRMED, List.of(),
                        "Confirmed after considering the committee's recommendations"))
                .expectEvents(new DecisionReconsidered(DECISION, RECONSIDERED_ON, ReconsiderationOutcome.CONFIRMED,
                                List.of(), "Confirmed after considering the committee's recommendations"),
                        new DecisionTookEffect(DECISION, RECONSIDERED_ON, EffectRoute.RECONSIDERED))
                .expectResultMessagePayload(new CommandAccepted(DECISION.value(), 7,
                        Map.of("effectiveFrom", "2023-10-11")))
                .expectNoScheduledDeadlines();
    }

    @Test
    void seed004KentCannotDecideOnTheFirstOfMarchAndTheRefusalIsRecorded() {
        fixture.given(kentProposed())
                .andGivenCommands(new PublishKeyDecisionNotice(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED))
                .when(approve(KENT_DECISION, KENT_EARLY_DECISION))
                .expectEvents(new EarlyKeyDecisionRefused(KENT_DECISION, KENT_EARLY_DECISION,
                        KENT_NOTICE_FIRST_PUBLISHED, KENT_EARLIEST_DECISION, NOTICE_PERIOD_NOT_MET, null))
                .expectResultMessagePayloadMatching(refusalRecorded(KENT_DECISION, 2, NOTICE_PERIOD_NOT_MET));
    }

    @Test
    void seed004KentMayDecideOnTheFirstOfMarchUnderTheGeneralException() {
        fixture.given(kentProposed())
                .andGivenCommands(new PublishKeyDecisionNotice(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED),
                        new RecordGeneralException(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED,
                                KENT_NOTICE_FIRST_PUBLISHED, "The strategy must be in place before the new term"))
                .when(approve(KENT_DECISION, KENT_EARLY_DECISION))
                .expectEvents(approved(KENT_DECISION, KENT_EARLY_DECISION, DecisionProcedure.GENERAL_EXCEPTION));
    }

    private TestExecutor<Decision> staffordshirePublished() {
        return fixture.givenCurrentTime(PUBLICATION_MORNING)
                .andGiven(proposed())
                .andGivenCommands(new PublishKeyDecisionNotice(DECISION, NOTICE_FIRST_PUBLISHED), approve(), publish());
    }
}
