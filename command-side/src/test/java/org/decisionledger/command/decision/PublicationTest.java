package org.decisionledger.command.decision;

import static org.decisionledger.command.decision.DecisionTestData.CALL_IN_CLOSES_ON;
import static org.decisionledger.command.decision.DecisionTestData.DECIDED_ON;
import static org.decisionledger.command.decision.DecisionTestData.DECISION;
import static org.decisionledger.command.decision.DecisionTestData.EFFECTIVE_FROM;
import static org.decisionledger.command.decision.DecisionTestData.NO_CALL_IN_COUNCIL;
import static org.decisionledger.command.decision.DecisionTestData.PUBLISHED_ON;
import static org.decisionledger.command.decision.DecisionTestData.STAFFORDSHIRE;
import static org.decisionledger.command.decision.DecisionTestData.URGENT;
import static org.decisionledger.command.decision.DecisionTestData.WINDOW_CLOSES;
import static org.decisionledger.command.decision.DecisionTestData.approved;
import static org.decisionledger.command.decision.DecisionTestData.invalid;
import static org.decisionledger.command.decision.DecisionTestData.noticePublished;
import static org.decisionledger.command.decision.DecisionTestData.proposed;
import static org.decisionledger.command.decision.DecisionTestData.publish;
import static org.decisionledger.command.decision.DecisionTestData.published;
import static org.decisionledger.command.decision.DecisionTestData.publishedExempt;
import static org.decisionledger.command.decision.DecisionTestData.refused;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.CALENDAR_NOT_COVERED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_ALREADY_PUBLISHED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_CLOSED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_NOT_DECIDED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.PUBLICATION_BEFORE_DECISION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.CallInExemption;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionProcedure;
import org.decisionledger.kernel.decision.DecisionPublished;
import org.decisionledger.kernel.decision.DecisionRejected;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.DecisionWithdrawn;
import org.decisionledger.kernel.decision.EffectRoute;
import org.decisionledger.kernel.decision.PublishDecision;
import org.junit.jupiter.api.Test;

/** Publication of the decision record: the call-in window under the rule in force, or exemption. */
class PublicationTest {

    private final AggregateTestFixture<Decision> fixture = DecisionTestData.fixture();

    @Test
    void publicationOpensAThreeWorkingDayWindowClosingOnTheTwentySixthOfSeptember() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(publish())
                .expectEvents(published())
                .expectScheduledDeadline(WINDOW_CLOSES,
                        new CallInWindowCloses(DECISION, CALL_IN_CLOSES_ON, EFFECTIVE_FROM))
                .expectScheduledDeadlineWithName(WINDOW_CLOSES, Decision.CALL_IN_WINDOW_CLOSES)
                .expectResultMessagePayload(new CommandAccepted(DECISION.value(), 3, Map.of(
                        "subjectToCallIn", true,
                        "callInClosesOn", "2023-09-26",
                        "callInClosesAt", "2023-09-26T22:59:59Z",
                        "effectiveFrom", "2023-09-27")));
    }

    @Test
    void publicationRecordsTheRuleInForceOnThePublicationDayAndItsClosingTime() {
        DecisionId decision = new DecisionId("staffordshire-christmas");
        LocalDate decidedOn = LocalDate.of(2023, 12, 20);
        LocalDate publishedOn = LocalDate.of(2023, 12, 21);
        fixture.given(proposed(decision, STAFFORDSHIRE, false),
                        approved(decision, decidedOn, DecisionProcedure.NOT_A_KEY_DECISION))
                .when(new PublishDecision(decision, publishedOn, true, null))
                .expectEvents(new DecisionPublished(decision, publishedOn, true, null, 5, 5,
                        LocalDate.of(2024, 1, 2), LocalTime.of(16, 0), LocalDate.of(2024, 1, 3), null))
                .expectScheduledDeadlineWithName(Instant.parse("2024-01-02T16:00:00Z"),
                        Decision.CALL_IN_WINDOW_CLOSES);
    }

    @Test
    void publishingBeforeTheDecisionIsTakenIsRefused() {
        fixture.given(proposed(), noticePublished())
                .when(publish())
                .expectNoEvents()
                .expectNoScheduledDeadlines()
                .expectException(refused(DECISION_NOT_DECIDED));
    }

    @Test
    void aRecordPublishedBeforeTheDecisionDateIsRefused() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(new PublishDecision(DECISION, DECIDED_ON.minusDays(1), true, null))
                .expectNoEvents()
                .expectNoScheduledDeadlines()
                .expectException(refused(PUBLICATION_BEFORE_DECISION));
    }

    @Test
    void aRecordPublishedOnTheDecisionDayIsAccepted() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(new PublishDecision(DECISION, DECIDED_ON, true, null))
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadlineWithName(Instant.parse("2023-09-25T22:59:59Z"), Decision.CALL_IN_WINDOW_CLOSES);
    }

    @Test
    void publishingTwiceIsRefused() {
        fixture.given(proposed(), noticePublished(), approved(), published())
                .when(publish())
                .expectNoEvents()
                .expectException(refused(DECISION_ALREADY_PUBLISHED));
    }

    @Test
    void aRejectionIsPublishedLikeAnyOtherDecision() {
        fixture.given(proposed(), new DecisionRejected(DECISION, DECIDED_ON, "Costs too high"))
                .when(publish())
                .expectEvents(published());
    }

    @Test
    void aWithdrawnItemHasNoRecordToPublish() {
        fixture.given(proposed(), new DecisionWithdrawn(DECISION, DECIDED_ON, "Superseded"))
                .when(publish())
                .expectNoEvents()
                .expectException(refused(DECISION_CLOSED));
    }

    @Test
    void aDecisionExemptFromCallInTakesEffectOnPublication() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(new PublishDecision(DECISION, PUBLISHED_ON, false, URGENT))
                .expectEvents(publishedExempt(),
                        new DecisionTookEffect(DECISION, PUBLISHED_ON, EffectRoute.EXEMPT_FROM_CALL_IN))
                .expectNoScheduledDeadlines()
                .expectResultMessagePayload(new CommandAccepted(DECISION.value(), 4,
                        noClosingDate("subjectToCallIn", false, "effectiveFrom", "2023-09-21")));
    }

    @Test
    void anExemptionNeedsItsReasonAndWhoConsented() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(new PublishDecision(DECISION, PUBLISHED_ON, false, new CallInExemption("Urgent", " ")))
                .expectNoEvents()
                .expectException(invalid("callInExemption"));
    }

    @Test
    void aDecisionNotSubjectToCallInWithoutAnExemptionIsInvalid() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(new PublishDecision(DECISION, PUBLISHED_ON, false, null))
                .expectNoEvents()
                .expectException(invalid("callInExemption"));
    }

    @Test
    void aDecisionSubjectToCallInCarriesNoExemption() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(new PublishDecision(DECISION, PUBLISHED_ON, true, URGENT))
                .expectNoEvents()
                .expectException(invalid("callInExemption"));
    }

    @Test
    void aCouncilWithNoCallInPeriodMakesTheDecisionEffectiveOnPublication() {
        DecisionId decision = new DecisionId("no-call-in-decision");
        fixture.given(proposed(decision, NO_CALL_IN_COUNCIL, false),
                        approved(decision, DECIDED_ON, DecisionProcedure.NOT_A_KEY_DECISION))
                .when(new PublishDecision(decision, PUBLISHED_ON, true, null))
                .expectEvents(
                        new DecisionPublished(decision, PUBLISHED_ON, true, null, 0, 1, PUBLISHED_ON,
                                AuthorityRules.END_OF_DAY, PUBLISHED_ON, null),
                        new DecisionTookEffect(decision, PUBLISHED_ON, EffectRoute.NO_CALL_IN_PERIOD))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aWindowReachingAYearTheHolidayCalendarDoesNotCoverIsRefused() {
        DecisionId decision = new DecisionId("decision-at-the-end-of-the-calendar");
        LocalDate decidedOn = LocalDate.of(2027, 12, 29);
        fixture.given(proposed(decision, STAFFORDSHIRE, false),
                        approved(decision, decidedOn, DecisionProcedure.NOT_A_KEY_DECISION))
                .when(new PublishDecision(decision, decidedOn.plusDays(1), true, null))
                .expectNoEvents()
                .expectNoScheduledDeadlines()
                .expectException(refused(CALENDAR_NOT_COVERED));
    }

    /** The answer names the closing date and time even when there are none: both null. */
    private static Map<String, Object> noClosingDate(String subjectKey, boolean subject, String effectiveKey,
            String effectiveFrom) {
        Map<String, Object> answer = new java.util.HashMap<>();
        answer.put(subjectKey, subject);
        answer.put("callInClosesOn", null);
        answer.put("callInClosesAt", null);
        answer.put(effectiveKey, effectiveFrom);
        return answer;
    }
}
