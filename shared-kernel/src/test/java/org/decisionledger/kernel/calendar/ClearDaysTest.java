package org.decisionledger.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClearDaysTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "first published {0}: key decision from {1}, general exception from {2} ({3})")
    @CsvSource(delimiter = '|', value = {
            "2021-02-04 | 2021-03-05 | 2021-02-10 | seed 004, Kent: Not before 5th Mar 2021",
            "2023-12-01 | 2023-12-30 | 2023-12-07 | calendar days: Christmas counts"
    })
    void statutoryNoticeMatchesTheDesignsNoticeVectors(LocalDate firstPublished, LocalDate earliestKeyDecision,
                                                       LocalDate earliestUnderGeneralException, String why) {
        assertThat(NoticeRule.STATUTORY.earliestKeyDecision(firstPublished)).as(why).isEqualTo(earliestKeyDecision);
        assertThat(NoticeRule.STATUTORY.earliestUnderGeneralException(firstPublished)).as(why)
                .isEqualTo(earliestUnderGeneralException);
    }

    @Test
    void statutoryNoticeIs28And5ClearDays() {
        assertThat(NoticeRule.STATUTORY).isEqualTo(new NoticeRule(28, 5));
    }

    @Test
    void clearCalendarDaysExcludeBothTheStartDayAndTheDayOfTheAct() {
        LocalDate from = LocalDate.of(2023, 9, 21);

        assertThat(ClearDays.afterClearCalendarDays(from, 0)).isEqualTo(from.plusDays(1));
        assertThat(ClearDays.afterClearCalendarDays(from, 1)).isEqualTo(from.plusDays(2));
    }

    @Test
    void clearCalendarDaysCountWeekendsAndHolidaysButClearWorkingDaysDoNot() {
        LocalDate beforeChristmas = LocalDate.of(2023, 12, 21);

        assertThat(ClearDays.afterClearCalendarDays(beforeChristmas, 5)).isEqualTo(LocalDate.of(2023, 12, 27));
        assertThat(ClearDays.lastOfClearWorkingDays(beforeChristmas, 5, calendar)).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void zeroClearWorkingDaysEndOnTheStartDay() {
        LocalDate from = LocalDate.of(2023, 9, 21);

        assertThat(ClearDays.lastOfClearWorkingDays(from, 0, calendar)).isEqualTo(from);
    }

    @Test
    void negativeCountsAreRejected() {
        LocalDate from = LocalDate.of(2023, 9, 21);

        assertThatThrownBy(() -> ClearDays.afterClearCalendarDays(from, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClearDays.lastOfClearWorkingDays(from, -1, calendar))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeRule(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeRule(28, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongerLocalNoticePeriodMovesTheEarliestDecision() {
        NoticeRule local = new NoticeRule(35, 10);
        LocalDate published = LocalDate.of(2021, 2, 4);

        assertThat(local.earliestKeyDecision(published)).isEqualTo(LocalDate.of(2021, 3, 12));
        assertThat(local.earliestUnderGeneralException(published)).isEqualTo(LocalDate.of(2021, 2, 15));
    }
}
