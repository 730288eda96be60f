package org.decisionledger.command.actionplan;

import static org.decisionledger.command.actionplan.ActionPlanTestData.ACTION_1_1_A;
import static org.decisionledger.command.actionplan.ActionPlanTestData.ACTION_1_1_E;
import static org.decisionledger.command.actionplan.ActionPlanTestData.ACTION_1_2_A;
import static org.decisionledger.command.actionplan.ActionPlanTestData.DECEMBER_2021;
import static org.decisionledger.command.actionplan.ActionPlanTestData.PLAN;
import static org.decisionledger.command.actionplan.ActionPlanTestData.TODAY;
import static org.decisionledger.command.actionplan.ActionPlanTestData.endOf;
import static org.decisionledger.command.actionplan.ActionPlanTestData.invalid;
import static org.decisionledger.command.actionplan.ActionPlanTestData.planWithActions;
import static org.decisionledger.command.actionplan.ActionPlanTestData.recorded;
import static org.decisionledger.command.actionplan.ActionPlanTestData.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.kernel.actionplan.ReviewPointPassed;
import org.decisionledger.kernel.actionplan.ReviewsScheduled;
import org.decisionledger.kernel.actionplan.ScheduleReviews;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.Test;

/** The review schedule and the deadline that records which actions a review point passed without. */
class ReviewScheduleTest {

    /** A morning in January 2022, when the schedule is set. */
    private static final Instant JANUARY_MORNING = Instant.parse("2022-01-10T09:00:00Z");
    private static final Instant END_OF_JUNE_2022 = endOf(LocalDate.of(2022, 6, 30));
    private static final Instant END_OF_SEPTEMBER_2022 = endOf(LocalDate.of(2022, 9, 30));
    private static final Instant END_OF_DECEMBER_2022 = endOf(LocalDate.of(2022, 12, 31));

    private final AggregateTestFixture<ActionPlan> fixture = ActionPlanTestData.fixture();

    private static ScheduleReviews everySixMonthsFrom(String firstReviewPoint) {
        return new ScheduleReviews(PLAN, firstReviewPoint, 6, TODAY);
    }

    @Test
    void aScheduleSetsADeadlineForTheEndOfTheFirstReviewPoint() {
        fixture.givenCurrentTime(JANUARY_MORNING)
                .andGiven(planWithActions())
                .when(everySixMonthsFrom("2022-06"))
                .expectEvents(new ReviewsScheduled(PLAN, "2022-06", 6, null, null, TODAY))
                .expectScheduledDeadline(END_OF_JUNE_2022, new ReviewPointDue(PLAN, "2022-06"));
    }

    @Test
    void theEndOfAReviewPointIsMidnightCouncilTime() {
        assertThat(END_OF_JUNE_2022).isEqualTo(Instant.parse("2022-06-30T23:00:00Z"));
        assertThat(END_OF_DECEMBER_2022).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    }

    @Test
    void aScheduleMayStartInTheCurrentMonth() {
        fixture.givenCurrentTime(JANUARY_MORNING)
                .andGiven(planWithActions())
                .when(everySixMonthsFrom("2022-01"))
                .expectEvents(new ReviewsScheduled(PLAN, "2022-01", 6, null, null, TODAY));
    }

    @Test
    void aScheduleCannotStartAtAReviewPointAlreadyOver() {
        fixture.givenCurrentTime(JANUARY_MORNING)
                .andGiven(planWithActions())
                .when(everySixMonthsFrom(DECEMBER_2021))
                .expectNoEvents()
                .expectException(refused("REVIEW_POINT_PASSED"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void reviewsAreBetweenOneAndTwentyFourMonthsApart() {
        fixture.givenCurrentTime(JANUARY_MORNING)
                .andGiven(planWithActions())
                .when(new ScheduleReviews(PLAN, "2022-06", 0, TODAY))
                .expectNoEvents()
                .expectException(invalid("everyMonths"));
        fixture.givenCurrentTime(JANUARY_MORNING)
                .andGiven(planWithActions())
                .when(new ScheduleReviews(PLAN, "2022-06", 25, TODAY))
                .expectNoEvents()
                .expectException(invalid("everyMonths"));
    }

    @Test
    void aNewScheduleCancelsThePreviousDeadlineByItsIdAndSaysSo() {
        fixture.givenCurrentTime(JANUARY_MORNING)
                .andGiven(planWithActions())
                .andGivenCommands(everySixMonthsFrom("2022-06"))
                .when(new ScheduleReviews(PLAN, "2022-09", 3, TODAY))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        new CustomTypeSafeMatcher<ReviewsScheduled>("a schedule naming the one it cancelled") {
                            @Override
                            protected boolean matchesSafely(ReviewsScheduled scheduled) {
                                return scheduled.firstReviewPoint().equals("2022-09") && scheduled.everyMonths() == 3
                                        && scheduled.cancelledScheduleId() != null
                                        && !scheduled.cancelledScheduleId().equals(scheduled.deadlineScheduleId());
                            }
                        })))
                .expectNoScheduledDeadline(END_OF_JUNE_2022, new ReviewPointDue(PLAN, "2022-06"))
                .expectScheduledDeadline(END_OF_SEPTEMBER_2022, new ReviewPointDue(PLAN, "2022-09"));
    }

    @Test
    void whenAReviewPointIsOverTheActionsNotUpdatedAreRecordedAndTheNextIsScheduled() {
        fixture.givenCurrentTime(JANUARY_MORNING)
                .andGiven(planWithActions())
                .andGiven(recorded(ACTION_1_1_A, 1, DECEMBER_2021, "Complete", ActionStatus.COMPLETE),
                        recorded(ACTION_1_1_E, 1, DECEMBER_2021, "In progress", ActionStatus.IN_PROGRESS),
                        recorded(ACTION_1_1_E, 2, "2022-06-21", "In progress", ActionStatus.IN_PROGRESS),
                        recorded(ACTION_1_2_A, 1, DECEMBER_2021, "In progress", ActionStatus.IN_PROGRESS))
                .andGivenCommands(everySixMonthsFrom("2022-06"))
                .whenTimeAdvancesTo(END_OF_JUNE_2022)
                .expectTriggeredDeadlines(new ReviewPointDue(PLAN, "2022-06"))
                .expectEvents(new ReviewPointPassed(PLAN, "2022-06", LocalDate.of(2022, 7, 1), List.of(ACTION_1_2_A),
                        "2022-12", null))
                .expectScheduledDeadline(END_OF_DECEMBER_2022, new ReviewPointDue(PLAN, "2022-12"));
    }

    @Test
    void aReviewPointWithEveryActionUpdatedStillPassesOnRecord() {
        fixture.givenCurrentTime(JANUARY_MORNING)
                .andGiven(planWithActions())
                .andGiven(recorded(ACTION_1_1_A, 1, "2022-06", "Complete", ActionStatus.COMPLETE),
                        recorded(ACTION_1_1_E, 1, "2022-06", "Complete", ActionStatus.COMPLETE),
                        recorded(ACTION_1_2_A, 1, "2022-06", "In progress", ActionStatus.IN_PROGRESS))
                .andGivenCommands(everySixMonthsFrom("2022-06"))
                .whenTimeAdvancesTo(END_OF_JUNE_2022)
                .expectEvents(new ReviewPointPassed(PLAN, "2022-06", LocalDate.of(2022, 7, 1), List.of(), "2022-12",
                        null));
    }

    @Test
    void aDeadlineForAReviewPointTheScheduleMovedPastChangesNothing() {
        fixture.givenCurrentTime(JANUARY_MORNING)
                .andGiven(planWithActions())
                .andGivenCommands(everySixMonthsFrom("2022-06"))
                .andGiven(new ReviewsScheduled(PLAN, "2022-09", 3, "another-schedule", null, TODAY))
                .whenTimeAdvancesTo(END_OF_JUNE_2022)
                .expectTriggeredDeadlines(new ReviewPointDue(PLAN, "2022-06"))
                .expectNoEvents();
    }
}
