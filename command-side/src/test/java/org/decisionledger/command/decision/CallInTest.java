package org.decisionledger.command.decision;

import static org.decisionledger.command.decision.DecisionTestData.ANOTHER_CALL_IN;
import static org.decisionledger.command.decision.DecisionTestData.CALL_IN;
import static org.decisionledger.command.decision.DecisionTestData.CALL_IN_CLOSES_ON;
import static org.decisionledger.command.decision.DecisionTestData.CALL_IN_RAISED_ON;
import static org.decisionledger.command.decision.DecisionTestData.DECIDED_ON;
import static org.decisionledger.command.decision.DecisionTestData.DECISION;
import static org.decisionledger.command.decision.DecisionTestData.EFFECTIVE_FROM;
import static org.decisionledger.command.decision.DecisionTestData.GROUNDS;
import static org.decisionledger.command.decision.DecisionTestData.PUBLISHED_ON;
import static org.decisionledger.command.decision.DecisionTestData.SCHEDULE_ID;
import static org.decisionledger.command.decision.DecisionTestData.THREE_COUNCILLORS;
import static org.decisionledger.command.decision.DecisionTestData.approved;
import static org.decisionledger.command.decision.DecisionTestData.callInRaised;
import static org.decisionledger.command.decision.DecisionTestData.callInRefused;
import static org.decisionledger.command.decision.DecisionTestData.invalid;
import static org.decisionledger.command.decision.DecisionTestData.noticePublished;
import static org.decisionledger.command.decision.DecisionTestData.proposed;
import static org.decisionledger.command.decision.DecisionTestData.publish;
import static org.decisionledger.command.decision.DecisionTestData.publishedExempt;
import static org.decisionledger.command.decision.DecisionTestData.publishedStory;
import static org.decisionledger.command.decision.DecisionTestData.raiseCallIn;
import static org.decisionledger.command.decision.DecisionTestData.refusalRecorded;
import static org.decisionledger.command.decision.DecisionTestData.refused;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALL_IN_BEFORE_PUBLICATION;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALL_IN_WINDOW_CLOSED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_ALREADY_CALLED_IN;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_CLOSED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_NOT_PUBLISHED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.NOT_SUBJECT_TO_CALL_IN;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.TOO_FEW_SIGNATORIES;

import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.CallInRaised;
import org.decisionledger.kernel.decision.CallInRefused;
import org.decisionledger.kernel.decision.DecisionPublished;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.DecisionWithdrawn;
import org.decisionledger.kernel.decision.EffectRoute;
import org.decisionledger.kernel.decision.RaiseCallIn;
import org.junit.jupiter.api.Test;

/**
 * Calling in a published decision (seed 000: published 21 September 2023, three clear working
 * days, the window closes on 26 September; three councillors must sign).
 */
class CallInTest {

    private static final List<String> TWO_COUNCILLORS = THREE_COUNCILLORS.subList(0, 2);

    private final AggregateTestFixture<Decision> fixture = DecisionTestData.fixture();

    @Test
    void aCallInInsideTheWindowWithEnoughSignatoriesIsRaised() {
        fixture.given(publishedStory())
                .when(raiseCallIn(CALL_IN_RAISED_ON))
                .expectEvents(callInRaised(CALL_IN_RAISED_ON))
                .expectResultMessagePayload(new CommandAccepted(CALL_IN.value(), 4,
                        Map.of("decisionId", DECISION.value())));
    }

    @Test
    void aCallInOnTheLastDayOfTheWindowIsRaised() {
        fixture.given(publishedStory())
                .when(raiseCallIn(CALL_IN_CLOSES_ON))
                .expectEvents(callInRaised(CALL_IN_CLOSES_ON));
    }

    @Test
    void aCallInOnTheDayOfPublicationIsRaised() {
        fixture.given(publishedStory())
                .when(raiseCallIn(PUBLISHED_ON))
                .expectEvents(callInRaised(PUBLISHED_ON));
    }

    @Test
    void callInAfterTheWindowIsRefusedAndRecorded() {
        fixture.given(publishedStory())
                .when(raiseCallIn(EFFECTIVE_FROM))
                .expectEvents(callInRefused(EFFECTIVE_FROM, THREE_COUNCILLORS, CALL_IN_WINDOW_CLOSED))
                .expectResultMessagePayloadMatching(refusalRecorded(DECISION, 4, CALL_IN_WINDOW_CLOSED));
    }

    @Test
    void callInDatedInsideTheWindowAfterTheDecisionTookEffectIsRefusedAndRecorded() {
        fixture.given(publishedStory())
                .andGiven(new DecisionTookEffect(DECISION, EFFECTIVE_FROM,
                        EffectRoute.CALL_IN_WINDOW_CLOSED_WITHOUT_CALL_IN))
                .when(raiseCallIn(CALL_IN_CLOSES_ON))
                .expectEvents(callInRefused(CALL_IN_CLOSES_ON, THREE_COUNCILLORS, CALL_IN_WINDOW_CLOSED))
                .expectResultMessagePayloadMatching(refusalRecorded(DECISION, 5, CALL_IN_WINDOW_CLOSED))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                new org.hamcrest.CustomTypeSafeMatcher<CallInRefused>(
                                        "a refusal that says the decision took effect, not that the day was late") {
                                    @Override
                                    protected boolean matchesSafely(CallInRefused refused) {
                                        return refused.reason().contains("took effect")
                                                && refused.reason().contains("entered after")
                                                && !refused.reason().contains("; the call-in was raised on");
                                    }
                                }),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void callInWithTooFewSignatoriesIsRefusedAndRecorded() {
        fixture.given(publishedStory())
                .when(raiseCallIn(CALL_IN_RAISED_ON, TWO_COUNCILLORS))
                .expectEvents(callInRefused(CALL_IN_RAISED_ON, TWO_COUNCILLORS, TOO_FEW_SIGNATORIES))
                .expectResultMessagePayloadMatching(refusalRecorded(DECISION, 4, TOO_FEW_SIGNATORIES));
    }

    @Test
    void theSignatoriesRequiredAreThoseOfTheRuleRecordedAtPublication() {
        DecisionPublished underAnEarlierRule = new DecisionPublished(DECISION, PUBLISHED_ON, true, null, 3, 2,
                CALL_IN_CLOSES_ON, AuthorityRules.END_OF_DAY, EFFECTIVE_FROM, SCHEDULE_ID);
        fixture.given(proposed(), noticePublished(), approved(), underAnEarlierRule)
                .when(raiseCallIn(CALL_IN_RAISED_ON, TWO_COUNCILLORS))
                .expectEvents(new CallInRaised(DECISION, CALL_IN, CALL_IN_RAISED_ON,
                        TWO_COUNCILLORS, GROUNDS));
    }

    @Test
    void callInOfADecisionNotSubjectToCallInIsRefusedAndRecorded() {
        fixture.given(proposed(), noticePublished(), approved(), publishedExempt(),
                        new DecisionTookEffect(DECISION, PUBLISHED_ON, EffectRoute.EXEMPT_FROM_CALL_IN))
                .when(raiseCallIn(CALL_IN_RAISED_ON))
                .expectEvents(callInRefused(CALL_IN_RAISED_ON, THREE_COUNCILLORS, NOT_SUBJECT_TO_CALL_IN))
                .expectResultMessagePayloadMatching(refusalRecorded(DECISION, 5, NOT_SUBJECT_TO_CALL_IN));
    }

    @Test
    void callInBeforeTheRecordIsPublishedIsRefused() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(raiseCallIn(CALL_IN_RAISED_ON))
                .expectNoEvents()
                .expectException(refused(DECISION_NOT_PUBLISHED));
    }

    @Test
    void callInDatedBeforeThePublicationIsRefused() {
        fixture.given(publishedStory())
                .when(raiseCallIn(DECIDED_ON))
                .expectNoEvents()
                .expectException(refused(CALL_IN_BEFORE_PUBLICATION));
    }

    @Test
    void aSecondCallInOfTheSameDecisionIsRefused() {
        fixture.given(publishedStory())
                .andGiven(callInRaised(CALL_IN_RAISED_ON))
                .when(new RaiseCallIn(DECISION, ANOTHER_CALL_IN, CALL_IN_CLOSES_ON, THREE_COUNCILLORS, GROUNDS))
                .expectNoEvents()
                .expectException(refused(DECISION_ALREADY_CALLED_IN));
    }

    @Test
    void callInOfAWithdrawnItemIsRefused() {
        fixture.given(proposed(), new DecisionWithdrawn(DECISION, DECIDED_ON, "Superseded"))
                .when(raiseCallIn(CALL_IN_RAISED_ON))
                .expectNoEvents()
                .expectException(refused(DECISION_CLOSED));
    }

    @Test
    void aCouncillorWhoSignsTwiceIsCountedOnceAndTheCallInIsInvalid() {
        fixture.given(publishedStory())
                .when(raiseCallIn(CALL_IN_RAISED_ON,
                        List.of("Cllr Ann Edgeller", "cllr ann edgeller ", "Cllr Jill Hood")))
                .expectNoEvents()
                .expectException(invalid("signatories"));
    }

    @Test
    void aCallInWithoutSignatoriesIsInvalid() {
        fixture.given(publishedStory())
                .when(raiseCallIn(CALL_IN_RAISED_ON, List.of()))
                .expectNoEvents()
                .expectException(invalid("signatories"));
    }

    @Test
    void aCallInCancelsTheScheduledEffectByItsScheduleId() {
        fixture.given(proposed(), noticePublished(), approved())
                .andGivenCommands(publish())
                .when(raiseCallIn(CALL_IN_RAISED_ON))
                .expectEvents(callInRaised(CALL_IN_RAISED_ON))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRefusedCallInLeavesTheScheduledEffectInPlace() {
        fixture.given(proposed(), noticePublished(), approved())
                .andGivenCommands(publish())
                .when(raiseCallIn(CALL_IN_RAISED_ON, TWO_COUNCILLORS))
                .expectEvents(callInRefused(CALL_IN_RAISED_ON, TWO_COUNCILLORS, TOO_FEW_SIGNATORIES))
                .expectScheduledDeadlineWithName(DecisionTestData.WINDOW_CLOSES, Decision.CALL_IN_WINDOW_CLOSES);
    }
}
