package org.decisionledger.command.actionplan;

import static org.decisionledger.command.actionplan.ActionPlanTestData.ACTION_1_1_A;
import static org.decisionledger.command.actionplan.ActionPlanTestData.ACTION_1_1_E;
import static org.decisionledger.command.actionplan.ActionPlanTestData.APRIL_2021;
import static org.decisionledger.command.actionplan.ActionPlanTestData.DECEMBER_2019;
import static org.decisionledger.command.actionplan.ActionPlanTestData.DECEMBER_2021;
import static org.decisionledger.command.actionplan.ActionPlanTestData.JANUARY_2020;
import static org.decisionledger.command.actionplan.ActionPlanTestData.PLAN;
import static org.decisionledger.command.actionplan.ActionPlanTestData.TODAY;
import static org.decisionledger.command.actionplan.ActionPlanTestData.correction;
import static org.decisionledger.command.actionplan.ActionPlanTestData.invalid;
import static org.decisionledger.command.actionplan.ActionPlanTestData.notFound;
import static org.decisionledger.command.actionplan.ActionPlanTestData.planWithActions;
import static org.decisionledger.command.actionplan.ActionPlanTestData.recorded;
import static org.decisionledger.command.actionplan.ActionPlanTestData.refused;
import static org.decisionledger.command.actionplan.ActionPlanTestData.status;

import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.actionplan.ActionRef;
import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.kernel.actionplan.ActionStatusCorrected;
import org.decisionledger.kernel.actionplan.ActionStatusRecorded;
import org.decisionledger.kernel.actionplan.Rag;
import org.decisionledger.kernel.actionplan.UpdateActionStatus;
import org.decisionledger.kernel.common.CommandAccepted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An action's status at each review point: appended, never overwritten, corrected only by saying what is corrected. */
class ActionStatusTest {

    private final AggregateTestFixture<ActionPlan> fixture = ActionPlanTestData.fixture();

    @Test
    void aStatusKeepsTheCouncilsWordsAndWhatTheyMean() {
        fixture.given(planWithActions())
                .when(status(ACTION_1_1_E, DECEMBER_2019, "In progress"))
                .expectEvents(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "In progress", ActionStatus.IN_PROGRESS))
                .expectResultMessagePayload(new CommandAccepted(PLAN.value(), 7,
                        Map.of("statusNumber", 1, "status", "IN_PROGRESS")));
    }

    @Test
    void lowerCaseWordsMeanTheSame() {
        fixture.given(planWithActions())
                .when(status(ACTION_1_1_E, APRIL_2021, "complete"))
                .expectEvents(recorded(ACTION_1_1_E, 1, APRIL_2021, "complete", ActionStatus.COMPLETE));
    }

    @Test
    void aRatingNamedInTheWordsIsRead() {
        fixture.given(planWithActions())
                .when(status(ACTION_1_1_A, DECEMBER_2019, "Amber - delayed by the pandemic"))
                .expectEvents(new ActionStatusRecorded(PLAN, ACTION_1_1_A, 1, DECEMBER_2019,
                        "Amber - delayed by the pandemic", ActionStatus.DELAYED, Rag.AMBER, false, null, List.of(),
                        TODAY))
                .expectResultMessagePayload(new CommandAccepted(PLAN.value(), 7,
                        Map.of("statusNumber", 1, "status", "DELAYED", "rag", "AMBER")));
    }

    @Test
    void aRatingGivenExplicitlyWinsAndIsMarkedAsGiven() {
        UpdateActionStatus command = new UpdateActionStatus(PLAN, ACTION_1_1_A, DECEMBER_2019, "On track", Rag.GREEN,
                "Terms of reference agreed", List.of("SEND Governance structure"), null, null, TODAY);

        fixture.given(planWithActions())
                .when(command)
                .expectEvents(new ActionStatusRecorded(PLAN, ACTION_1_1_A, 1, DECEMBER_2019, "On track",
                        ActionStatus.IN_PROGRESS, Rag.GREEN, true, "Terms of reference agreed",
                        List.of("SEND Governance structure"), TODAY));
    }

    @Test
    void wordsTheVocabularyDoesNotKnowAreKeptAsUnknown() {
        fixture.given(planWithActions())
                .when(status(ACTION_1_1_A, DECEMBER_2019, "See position statement"))
                .expectEvents(recorded(ACTION_1_1_A, 1, DECEMBER_2019, "See position statement",
                        ActionStatus.UNKNOWN));
    }

    @Test
    void eachReviewPointAddsAStatusNumberedInOrder() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "In progress", ActionStatus.IN_PROGRESS),
                        recorded(ACTION_1_1_E, 2, JANUARY_2020, "Complete", ActionStatus.COMPLETE))
                .when(status(ACTION_1_1_E, DECEMBER_2021, "Complete"))
                .expectEvents(recorded(ACTION_1_1_E, 3, DECEMBER_2021, "Complete", ActionStatus.COMPLETE));
    }

    @Test
    void anEarlierReviewPointCanBeFilledInLater() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2021, "Complete", ActionStatus.COMPLETE))
                .when(status(ACTION_1_1_E, DECEMBER_2019, "In progress"))
                .expectEvents(recorded(ACTION_1_1_E, 2, DECEMBER_2019, "In progress", ActionStatus.IN_PROGRESS));
    }

    @Test
    void aReviewPointKeepsItsFirstStatus() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "In progress", ActionStatus.IN_PROGRESS))
                .when(status(ACTION_1_1_E, DECEMBER_2019, "Complete"))
                .expectNoEvents()
                .expectException(refused("STATUS_ALREADY_RECORDED"));
    }

    @Test
    void aDayAndItsMonthAreDifferentReviewPoints() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "In progress", ActionStatus.IN_PROGRESS))
                .when(status(ACTION_1_1_E, "2019-12-18", "Complete"))
                .expectEvents(recorded(ACTION_1_1_E, 2, "2019-12-18", "Complete", ActionStatus.COMPLETE));
    }

    @Test
    void aStatusOfAnUnknownActionIsRefused() {
        fixture.given(planWithActions())
                .when(status(new ActionRef("9.9.z"), DECEMBER_2019, "Complete"))
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_ACTION"));
    }

    @Test
    void anEmptyStatusIsRefused() {
        fixture.given(planWithActions())
                .when(status(ACTION_1_1_A, DECEMBER_2019, "  "))
                .expectNoEvents()
                .expectException(invalid("status"));
    }

    @Test
    void aReviewPointMustBeAMonthOrADay() {
        fixture.given(planWithActions())
                .when(status(ACTION_1_1_A, "December 2019", "Complete"))
                .expectNoEvents()
                .expectException(invalid("reviewPoint"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9999-12-31", "2200-01", "1899-12", "0000-01"})
    void aReviewPointOutsideTheYearsOfARecordIsRefused(String reviewPoint) {
        fixture.given(planWithActions())
                .when(status(ACTION_1_1_A, reviewPoint, "Complete"))
                .expectNoEvents()
                .expectException(invalid("reviewPoint"));
    }

    @Test
    void anUpdateOrAScheduleOutsideTheYearsOfARecordIsRefused() {
        fixture.given(planWithActions())
                .when(new org.decisionledger.kernel.actionplan.RecordSubGroupUpdate(PLAN, ACTION_1_1_A, "1899-12-31",
                        "Dated before any record", null, TODAY))
                .expectNoEvents()
                .expectException(invalid("date"));
        fixture.given(planWithActions())
                .when(new org.decisionledger.kernel.actionplan.ScheduleReviews(PLAN, "9999-12", 24, TODAY))
                .expectNoEvents()
                .expectException(invalid("firstReviewPoint"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1900-01", "2199-12-31"})
    void reviewPointsAtTheEdgesOfTheYearsOfARecordAreTaken(String reviewPoint) {
        fixture.given(planWithActions())
                .when(status(ACTION_1_1_A, reviewPoint, "Complete"))
                .expectSuccessfulHandlerExecution();
    }

    // ---------------------------------------------------------------- corrections

    @Test
    void aCorrectionSaysWhatItCorrectsAndWhy() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "Complete", ActionStatus.COMPLETE))
                .when(correction(ACTION_1_1_E, DECEMBER_2019, "In progress", 1,
                        "The tracker of December 2019 says in progress"))
                .expectEvents(new ActionStatusCorrected(PLAN, ACTION_1_1_E, 2, 1, DECEMBER_2019, "Complete",
                        DECEMBER_2019, "In progress", ActionStatus.IN_PROGRESS, null, false, null, List.of(),
                        "The tracker of December 2019 says in progress", TODAY));
    }

    @Test
    void aCorrectionCanMoveAStatusToTheRightReviewPoint() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "Complete", ActionStatus.COMPLETE))
                .when(correction(ACTION_1_1_E, JANUARY_2020, "Complete", 1, "Reported at the January review"))
                .expectEvents(new ActionStatusCorrected(PLAN, ACTION_1_1_E, 2, 1, DECEMBER_2019, "Complete",
                        JANUARY_2020, "Complete", ActionStatus.COMPLETE, null, false, null, List.of(),
                        "Reported at the January review", TODAY));
    }

    @Test
    void afterACorrectionTheReviewPointTakesNoPlainStatus() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "Complete", ActionStatus.COMPLETE))
                .andGivenCommands(correction(ACTION_1_1_E, DECEMBER_2019, "In progress", 1, "Misread"))
                .when(status(ACTION_1_1_E, DECEMBER_2019, "Delayed"))
                .expectNoEvents()
                .expectException(refused("STATUS_ALREADY_RECORDED"));
    }

    @Test
    void aCorrectionNeedsAReason() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "Complete", ActionStatus.COMPLETE))
                .when(correction(ACTION_1_1_E, DECEMBER_2019, "In progress", 1, null))
                .expectNoEvents()
                .expectException(invalid("correctionReason"));
    }

    @Test
    void aCorrectionOfAStatusThatNeverExistedIsRefused() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "Complete", ActionStatus.COMPLETE))
                .when(correction(ACTION_1_1_E, DECEMBER_2019, "In progress", 4, "Misread"))
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_STATUS"));
    }

    @Test
    void aStatusIsCorrectedOnlyOnce() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "Complete", ActionStatus.COMPLETE))
                .andGivenCommands(correction(ACTION_1_1_E, DECEMBER_2019, "In progress", 1, "Misread"))
                .when(correction(ACTION_1_1_E, DECEMBER_2019, "Delayed", 1, "Misread again"))
                .expectNoEvents()
                .expectException(refused("STATUS_ALREADY_CORRECTED"));
    }

    @Test
    void theCorrectionItselfCanBeCorrected() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "Complete", ActionStatus.COMPLETE))
                .andGivenCommands(correction(ACTION_1_1_E, DECEMBER_2019, "Delayed", 1, "Misread"))
                .when(correction(ACTION_1_1_E, DECEMBER_2019, "In progress", 2, "Misread again"))
                .expectEvents(new ActionStatusCorrected(PLAN, ACTION_1_1_E, 3, 2, DECEMBER_2019, "Delayed",
                        DECEMBER_2019, "In progress", ActionStatus.IN_PROGRESS, null, false, null, List.of(),
                        "Misread again", TODAY));
    }

    @Test
    void aCorrectionCannotLandOnAReviewPointThatHasItsOwnStatus() {
        fixture.given(planWithActions())
                .andGiven(recorded(ACTION_1_1_E, 1, DECEMBER_2019, "In progress", ActionStatus.IN_PROGRESS),
                        recorded(ACTION_1_1_E, 2, JANUARY_2020, "Complete", ActionStatus.COMPLETE))
                .when(correction(ACTION_1_1_E, JANUARY_2020, "Complete", 1, "Moved"))
                .expectNoEvents()
                .expectException(refused("STATUS_ALREADY_RECORDED"));
    }
}
