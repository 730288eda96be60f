package org.decisionledger.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "{0} is not a working day")
    @ValueSource(strings = {"2023-09-23", "2023-09-24", "2022-09-19", "2023-12-25"})
    void weekendsAndHolidaysAreNotWorkingDays(LocalDate day) {
        assertThat(calendar.isWorkingDay(day)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day")
    @ValueSource(strings = {"2023-09-22", "2023-09-25", "2022-05-30", "2020-05-04"})
    void ordinaryWeekdaysAreWorkingDays(LocalDate day) {
        assertThat(calendar.isWorkingDay(day)).isTrue();
    }

    @Test
    void theWorkingDayAfterAFridayIsTheFollowingMonday() {
        assertThat(calendar.nthClearWorkingDayAfter(LocalDate.of(2023, 9, 22), 1))
                .isEqualTo(LocalDate.of(2023, 9, 25));
    }

    @Test
    void publicationOnASaturdayCountsFromMonday() {
        assertThat(calendar.nthClearWorkingDayAfter(LocalDate.of(2023, 9, 23), 3))
                .isEqualTo(LocalDate.of(2023, 9, 27));
    }

    @Test
    void theStartingDayNeverCountsEvenWhenItIsAWorkingDay() {
        LocalDate thursday = LocalDate.of(2023, 9, 21);

        assertThat(calendar.nthClearWorkingDayAfter(thursday, 1)).isEqualTo(LocalDate.of(2023, 9, 22));
    }

    @ParameterizedTest(name = "n = {0} is rejected")
    @ValueSource(ints = {0, -1})
    void aClearWorkingDayCountBelowOneIsRejected(int n) {
        assertThatThrownBy(() -> calendar.nthClearWorkingDayAfter(LocalDate.of(2023, 9, 21), n))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void anExtraClosureDayIsSkippedLikeAHoliday() {
        LocalDate closure = LocalDate.of(2023, 9, 25);
        WorkingDayCalendar withClosure = WorkingDayCalendar.of(HolidayCalendar.named("england-and-wales"), Set.of(closure));

        assertThat(withClosure.isWorkingDay(closure)).isFalse();
        assertThat(withClosure.nthClearWorkingDayAfter(LocalDate.of(2023, 9, 21), 3))
                .isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(calendar.isWorkingDay(closure)).isTrue();
    }

    @Test
    void laterChangesToTheClosureSetPassedInDoNotLeakIntoTheCalendar() {
        Set<LocalDate> closures = new HashSet<>();
        WorkingDayCalendar built = WorkingDayCalendar.of(HolidayCalendar.named("england-and-wales"), closures);
        closures.add(LocalDate.of(2023, 9, 25));

        assertThat(built.isWorkingDay(LocalDate.of(2023, 9, 25))).isTrue();
        assertThatThrownBy(() -> built.extraClosures().add(LocalDate.of(2023, 9, 26)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void workingDaysBetweenSeed000PublicationAndEffectiveDateAreTheThreeCallInDays() {
        assertThat(calendar.workingDaysStrictlyBetween(LocalDate.of(2023, 9, 21), LocalDate.of(2023, 9, 27)))
                .isEqualTo(3);
    }

    @ParameterizedTest(name = "between {0} and {1}: {2}")
    @CsvSource({
            "2023-09-21, 2023-09-21, 0",
            "2023-09-21, 2023-09-22, 0",
            "2023-09-22, 2023-09-21, 0",
            "2023-09-22, 2023-09-25, 0",
            "2023-12-22, 2024-01-02, 3",
            "2022-06-01, 2022-06-06, 0"
    })
    void workingDaysStrictlyBetweenExcludeBothEndsWeekendsAndHolidays(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysStrictlyBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void aDateIn2028IsRefusedEvenOnAWeekend() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2028, 1, 4)))
                .isInstanceOf(CalendarNotCoveredException.class);
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2028, 1, 1)))
                .isInstanceOf(CalendarNotCoveredException.class)
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countingThatRunsPastTheDataIsRefused() {
        // 30 and 31 December 2027 are the only working days left in the data.
        assertThatThrownBy(() -> calendar.nthClearWorkingDayAfter(LocalDate.of(2027, 12, 29), 3))
                .isInstanceOf(CalendarNotCoveredException.class)
                .satisfies(e -> assertThat(((CalendarNotCoveredException) e).date()).isEqualTo(LocalDate.of(2028, 1, 1)));
        assertThat(calendar.nthClearWorkingDayAfter(LocalDate.of(2027, 12, 29), 2))
                .isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void countingAcrossARangeThatLeavesTheDataIsRefused() {
        assertThatThrownBy(() -> calendar.workingDaysStrictlyBetween(LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 10)))
                .isInstanceOf(CalendarNotCoveredException.class);
        assertThatThrownBy(() -> calendar.workingDaysStrictlyBetween(LocalDate.of(2017, 12, 20), LocalDate.of(2018, 1, 10)))
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void anExtraClosureBeyondTheDataDoesNotMakeThatYearUsable() {
        WorkingDayCalendar withFutureClosure = WorkingDayCalendar.of(
                HolidayCalendar.named("england-and-wales"), Set.of(LocalDate.of(2028, 3, 1)));

        assertThat(withFutureClosure.lastCovered()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> withFutureClosure.isWorkingDay(LocalDate.of(2028, 3, 2)))
                .isInstanceOf(CalendarNotCoveredException.class);
    }
}
