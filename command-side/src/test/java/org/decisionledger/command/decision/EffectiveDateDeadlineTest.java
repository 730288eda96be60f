package org.decisionledger.command.decision;

import static org.decisionledger.command.decision.DecisionTestData.CALL_IN_RAISED_ON;
import static org.decisionledger.command.decision.DecisionTestData.DECISION;
import static org.decisionledger.command.decision.DecisionTestData.EFFECTIVE_FROM;
import static org.decisionledger.command.decision.DecisionTestData.PUBLICATION_MORNING;
import static org.decisionledger.command.decision.DecisionTestData.WINDOW_CLOSES;
import static org.decisionledger.command.decision.DecisionTestData.approved;
import static org.decisionledger.command.decision.DecisionTestData.callInRaised;
import static org.decisionledger.command.decision.DecisionTestData.noticePublished;
import static org.decisionledger.command.decision.DecisionTestData.proposed;
import static org.decisionledger.command.decision.DecisionTestData.publish;
import static org.decisionledger.command.decision.DecisionTestData.raiseCallIn;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.EffectRoute;
import org.junit.jupiter.api.Test;

/**
 * The deadline that makes a published decision take effect when its window closes. The time it
 * fires is computed from the recorded dates, and firing it late or twice changes nothing.
 */
class EffectiveDateDeadlineTest {

    private static final Instant AFTER_THE_WINDOW = Instant.parse("2023-09-27T00:00:00Z");

    private final AggregateTestFixture<Decision> fixture = DecisionTestData.fixture();

    @Test
    void theDecisionTakesEffectWhenTheWindowClosesWithoutACallIn() {
        fixture.givenCurrentTime(PUBLICATION_MORNING)
                .andGiven(proposed(), noticePublished(), approved())
                .andGivenCommands(publish())
                .whenThenTimeAdvancesTo(AFTER_THE_WINDOW)
                .expectEvents(new DecisionTookEffect(DECISION, EFFECTIVE_FROM,
                        EffectRoute.CALL_IN_WINDOW_CLOSED_WITHOUT_CALL_IN))
                .expectTriggeredDeadlinesWithName(Decision.CALL_IN_WINDOW_CLOSES)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aPublicationEnteredAfterItsWindowClosedWaitsForTheLateEntryGrace() {
        Instant enteredLate = Instant.parse("2026-11-22T10:00:00Z");
        Instant graceEnds = enteredLate.plusSeconds(3600);
        fixture.givenCurrentTime(enteredLate)
                .andGiven(proposed(), noticePublished(), approved())
                .andGivenCommands(new org.decisionledger.kernel.decision.PublishDecision(DECISION,
                        DecisionTestData.PUBLISHED_ON, true, null, graceEnds))
                .whenThenTimeAdvancesTo(graceEnds.minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(graceEnds, Decision.CALL_IN_WINDOW_CLOSES);
    }

    @Test
    void aLateEntryStillRecordsTheStatutoryEffectiveDate() {
        Instant enteredLate = Instant.parse("2026-11-22T10:00:00Z");
        Instant graceEnds = enteredLate.plusSeconds(3600);
        fixture.givenCurrentTime(enteredLate)
                .andGiven(proposed(), noticePublished(), approved())
                .andGivenCommands(new org.decisionledger.kernel.decision.PublishDecision(DECISION,
                        DecisionTestData.PUBLISHED_ON, true, null, graceEnds))
                .whenThenTimeAdvancesTo(graceEnds)
                .expectEvents(new DecisionTookEffect(DECISION, EFFECTIVE_FROM,
                        EffectRoute.CALL_IN_WINDOW_CLOSED_WITHOUT_CALL_IN));
    }

    @Test
    void aGraceThatEndsBeforeTheWindowClosesChangesNothing() {
        fixture.givenCurrentTime(PUBLICATION_MORNING)
                .andGiven(proposed(), noticePublished(), approved())
                .andGivenCommands(new org.decisionledger.kernel.decision.PublishDecision(DECISION,
                        DecisionTestData.PUBLISHED_ON, true, null, PUBLICATION_MORNING.plusSeconds(3600)))
                .whenThenTimeAdvancesTo(WINDOW_CLOSES.minusSeconds(60))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(WINDOW_CLOSES, Decision.CALL_IN_WINDOW_CLOSES);
    }

    @Test
    void nothingTakesEffectWhileTheWindowIsOpen() {
        fixture.givenCurrentTime(PUBLICATION_MORNING)
                .andGiven(proposed(), noticePublished(), approved())
                .andGivenCommands(publish())
                .whenThenTimeAdvancesTo(WINDOW_CLOSES.minusSeconds(60))
                .expectNoEvents()
                .expectTriggeredDeadlines()
                .expectScheduledDeadlineWithName(WINDOW_CLOSES, Decision.CALL_IN_WINDOW_CLOSES);
    }

    @Test
    void aCallInCancelsTheDeadlineSoTheDecisionDoesNotTakeEffect() {
        fixture.givenCurrentTime(PUBLICATION_MORNING)
                .andGiven(proposed(), noticePublished(), approved())
                .andGivenCommands(publish(), raiseCallIn(CALL_IN_RAISED_ON))
                .whenThenTimeAdvancesTo(AFTER_THE_WINDOW)
                .expectNoEvents()
                .expectTriggeredDeadlines()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aDeadlineFiringAfterACallInChangesNothing() {
        fixture.givenCurrentTime(PUBLICATION_MORNING)
                .andGiven(proposed(), noticePublished(), approved())
                .andGivenCommands(publish())
                .andGiven(callInRaised(CALL_IN_RAISED_ON))
                .whenThenTimeAdvancesTo(AFTER_THE_WINDOW)
                .expectTriggeredDeadlinesWithName(Decision.CALL_IN_WINDOW_CLOSES)
                .expectNoEvents();
    }

    @Test
    void aDeadlineFiringForADecisionAlreadyInEffectChangesNothing() {
        fixture.givenCurrentTime(PUBLICATION_MORNING)
                .andGiven(proposed(), noticePublished(), approved())
                .andGivenCommands(publish())
                .andGiven(new DecisionTookEffect(DECISION, EFFECTIVE_FROM,
                        EffectRoute.CALL_IN_WINDOW_CLOSED_WITHOUT_CALL_IN))
                .whenThenTimeAdvancesTo(AFTER_THE_WINDOW)
                .expectTriggeredDeadlinesWithName(Decision.CALL_IN_WINDOW_CLOSES)
                .expectNoEvents();
    }
}
