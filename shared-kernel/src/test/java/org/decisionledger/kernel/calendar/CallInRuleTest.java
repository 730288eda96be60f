package org.decisionledger.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallInRuleTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "published {0}, {1} working days: closes {2}, effective {3} ({4})")
    @CsvSource(delimiter = '|', value = {
            "2023-09-21 | 3 | 2023-09-26 | 2023-09-27 | seed 000 (Staffordshire)",
            "2020-05-21 | 3 | 2020-05-27 | 2020-05-28 | skips Spring bank holiday 25/05/2020",
            "2022-05-30 | 3 | 2022-06-06 | 2022-06-07 | skips the moved Spring holiday and the Jubilee; 30 May 2022 was a working day",
            "2022-09-14 | 3 | 2022-09-20 | 2022-09-21 | skips the State Funeral holiday 19/09/2022",
            "2023-12-21 | 5 | 2024-01-02 | 2024-01-03 | Christmas, Boxing Day and New Year",
            "2024-03-27 | 3 | 2024-04-03 | 2024-04-04 | Easter"
    })
    void windowMatchesTheDesignsCallInVectors(LocalDate published, int workingDays, LocalDate closesOn,
                                              LocalDate effectiveFrom, String why) {
        CallInWindow window = CallInRule.of(workingDays).windowFor(published, calendar);

        assertThat(window.opensOn()).isEqualTo(published.plusDays(1));
        assertThat(window.closesOn()).as(why).isEqualTo(closesOn);
        assertThat(window.effectiveFrom()).as(why).isEqualTo(effectiveFrom);
        assertThat(window.closesAt()).isEqualTo(LocalTime.of(23, 59, 59));
    }

    /**
     * Each one-off holiday, checked against the same calendar without it: the window must close
     * exactly one working day later because of it, not merely "somewhere later".
     */
    @ParameterizedTest(name = "{0}: published {1}, {2} working days closes {3} instead of {4}")
    @CsvSource({
            "2020-05-08, 2020-05-05, 3, 2020-05-11, 2020-05-08",
            "2022-06-02, 2022-05-31, 2, 2022-06-06, 2022-06-02",
            "2022-06-03, 2022-05-31, 2, 2022-06-06, 2022-06-03",
            "2022-09-19, 2022-09-15, 2, 2022-09-20, 2022-09-19",
            "2023-05-08, 2023-05-04, 3, 2023-05-10, 2023-05-09"
    })
    void windowIsPushedOneWorkingDayByEachOneOffHoliday(LocalDate oneOff, LocalDate published, int workingDays,
                                                        LocalDate closesWithIt, LocalDate closesWithoutIt) {
        WorkingDayCalendar withoutOneOff = WorkingDayCalendar.of(shippedCalendarWithout(oneOff), Set.of());
        CallInRule rule = CallInRule.of(workingDays);

        LocalDate actual = rule.windowFor(published, calendar).closesOn();
        LocalDate counterfactual = rule.windowFor(published, withoutOneOff).closesOn();

        assertThat(counterfactual).isEqualTo(closesWithoutIt);
        assertThat(actual).isEqualTo(closesWithIt);
        assertThat(actual).isEqualTo(calendar.nthClearWorkingDayAfter(counterfactual, 1));
    }

    private static HolidayCalendar shippedCalendarWithout(LocalDate removed) {
        List<String> lines = HolidayCalendar.named("england-and-wales").holidays().entrySet().stream()
                .filter(e -> !e.getKey().equals(removed))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.toList());
        return HolidayCalendar.parse("england-and-wales-without-" + removed, lines);
    }

    @Test
    void windowSkipsTheStateFuneralHoliday() {
        CallInWindow window = CallInRule.of(3).windowFor(LocalDate.of(2022, 9, 14), calendar);

        assertThat(window.isOpenOn(LocalDate.of(2022, 9, 19))).isTrue();
        assertThat(window.closesOn()).isEqualTo(LocalDate.of(2022, 9, 20));
    }

    @Test
    void effectiveDateFallsOnASaturdayWhenTheWindowClosesOnAFriday() {
        LocalDate monday = LocalDate.of(2023, 9, 18);

        CallInWindow window = CallInRule.of(4).windowFor(monday, calendar);

        assertThat(window.closesOn()).isEqualTo(LocalDate.of(2023, 9, 22));
        assertThat(window.effectiveFrom()).isEqualTo(LocalDate.of(2023, 9, 23));
        assertThat(window.effectiveFrom().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void windowPublishedOnAFridayRunsOverTheWeekend() {
        CallInWindow window = CallInRule.of(3).windowFor(LocalDate.of(2023, 9, 22), calendar);

        assertThat(window.closesOn()).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(window.isOpenOn(LocalDate.of(2023, 9, 23))).isTrue();
    }

    @Test
    void windowIsOpenFromTheDayAfterPublicationToTheClosingDayInclusive() {
        CallInWindow window = CallInRule.of(3).windowFor(LocalDate.of(2023, 9, 21), calendar);

        assertThat(window.isOpenOn(LocalDate.of(2023, 9, 21))).isFalse();
        assertThat(window.isOpenOn(LocalDate.of(2023, 9, 22))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2023, 9, 26))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2023, 9, 27))).isFalse();
    }

    @Test
    void aClosingTimeShutsTheWindowPartWayThroughTheLastDay() {
        CallInRule closesAtFour = new CallInRule(3, LocalTime.of(16, 0), 5);

        CallInWindow window = closesAtFour.windowFor(LocalDate.of(2023, 9, 21), calendar);

        assertThat(window.closingTime()).isEqualTo(LocalDateTime.of(2023, 9, 26, 16, 0));
        assertThat(window.isOpenAt(LocalDateTime.of(2023, 9, 25, 23, 0))).isTrue();
        assertThat(window.isOpenAt(LocalDateTime.of(2023, 9, 26, 16, 0))).isTrue();
        assertThat(window.isOpenAt(LocalDateTime.of(2023, 9, 26, 16, 1))).isFalse();
        assertThat(window.effectiveFrom()).isEqualTo(LocalDate.of(2023, 9, 27));
    }

    @Test
    void windowHonoursTheAuthoritysExtraClosureDays() {
        WorkingDayCalendar withClosure = WorkingDayCalendar.of(
                HolidayCalendar.named("england-and-wales"), Set.of(LocalDate.of(2023, 9, 25)));

        CallInWindow window = CallInRule.of(3).windowFor(LocalDate.of(2023, 9, 21), withClosure);

        assertThat(window.closesOn()).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(window.effectiveFrom()).isEqualTo(LocalDate.of(2023, 9, 28));
    }

    @Test
    void windowHonoursALaterProclaimedHoliday() {
        LocalDate proclaimed = LocalDate.of(2026, 6, 16);
        WorkingDayCalendar amended = WorkingDayCalendar.of(
                HolidayCalendar.named("england-and-wales").withAdditionalDays(List.of(proclaimed)), Set.of());
        LocalDate published = LocalDate.of(2026, 6, 12);

        assertThat(CallInRule.of(3).windowFor(published, calendar).closesOn()).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(CallInRule.of(3).windowFor(published, amended).closesOn()).isEqualTo(LocalDate.of(2026, 6, 18));
    }

    @Test
    void noCallInPeriodMakesTheDecisionEffectiveOnPublication() {
        LocalDate published = LocalDate.of(2023, 9, 21);

        CallInWindow window = CallInRule.of(0).windowFor(published, calendar);

        assertThat(window.closesOn()).isEqualTo(published);
        assertThat(window.effectiveFrom()).isEqualTo(published);
        assertThat(window.isOpenOn(published)).isFalse();
        assertThat(window.isOpenOn(published.plusDays(1))).isFalse();
    }

    @Test
    void aWindowInDecember2027ThatRunsInto2028IsRefused() {
        assertThatThrownBy(() -> CallInRule.of(5).windowFor(LocalDate.of(2027, 12, 23), calendar))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("2028");
    }

    @Test
    void aWindowPublishedIn2028IsRefused() {
        assertThatThrownBy(() -> CallInRule.of(3).windowFor(LocalDate.of(2028, 2, 1), calendar))
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void aWindowEndingOnTheLastCoveredDayMayBeEffectiveInTheNextYear() {
        // Effective-from is a calendar-day step, not a working-day question, so it needs no data.
        CallInWindow window = CallInRule.of(2).windowFor(LocalDate.of(2027, 12, 29), calendar);

        assertThat(window.closesOn()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(window.effectiveFrom()).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void ofDefaultsToEndOfDayAndOneSignatory() {
        assertThat(CallInRule.of(5)).isEqualTo(new CallInRule(5, CallInRule.END_OF_DAY, 1));
        assertThat(CallInRule.END_OF_DAY).isEqualTo(LocalTime.of(23, 59, 59));
    }

    @Test
    void invalidRulesAreRejected() {
        assertThatThrownBy(() -> CallInRule.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallInRule(3, LocalTime.NOON, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallInRule(3, null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aWindowCannotMakeADecisionEffectiveBeforeItCloses() {
        assertThatThrownBy(() -> new CallInWindow(LocalDate.of(2023, 9, 22), LocalDate.of(2023, 9, 26),
                CallInRule.END_OF_DAY, LocalDate.of(2023, 9, 25)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
