package org.decisionledger.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

    /**
     * Section 4 of the domain design, copied as written, so the shipped data file is checked
     * against an independent statement of the same facts rather than against itself.
     */
    private static final String DOMAIN_SECTION_4 = """
            2018: 01-01, 03-30, 04-02, 05-07, 05-28, 08-27, 12-25, 12-26
            2019: 01-01, 04-19, 04-22, 05-06, 05-27, 08-26, 12-25, 12-26
            2020: 01-01, 04-10, 04-13, 05-08 (VE Day, moved from 4 May), 05-25, 08-31, 12-25, 12-28
            2021: 01-01, 04-02, 04-05, 05-03, 05-31, 08-30, 12-27, 12-28
            2022: 01-03, 04-15, 04-18, 05-02, 06-02 (moved Spring), 06-03 (Jubilee), 08-29, 09-19 (State Funeral), 12-26, 12-27
            2023: 01-02, 04-07, 04-10, 05-01, 05-08 (Coronation), 05-29, 08-28, 12-25, 12-26
            2024: 01-01, 03-29, 04-01, 05-06, 05-27, 08-26, 12-25, 12-26
            2025: 01-01, 04-18, 04-21, 05-05, 05-26, 08-25, 12-25, 12-26
            2026: 01-01, 04-03, 04-06, 05-04, 05-25, 08-31, 12-25, 12-28
            2027: 01-01, 03-26, 03-29, 05-03, 05-31, 08-30, 12-27, 12-28
            """;

    private final HolidayCalendar englandAndWales = HolidayCalendar.named("england-and-wales");

    private static Set<LocalDate> domainHolidays() {
        Set<LocalDate> dates = new TreeSet<>();
        for (String line : DOMAIN_SECTION_4.strip().split("\n")) {
            // The notes in brackets contain commas of their own, so they go before splitting.
            String[] yearAndDays = line.replaceAll("\\([^)]*\\)", "").strip().split(":", 2);
            for (String entry : yearAndDays[1].split(",")) {
                String monthDay = entry.strip().substring(0, 5);
                dates.add(LocalDate.parse(yearAndDays[0] + "-" + monthDay));
            }
        }
        return dates;
    }

    private Set<LocalDate> shippedHolidaysIn(int year) {
        return englandAndWales.holidays().keySet().stream()
                .filter(day -> day.getYear() == year)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // Counts taken by hand from domain.md section 4: the one-off holidays are what make 2022 and 2023 differ.
    @ParameterizedTest(name = "{0} has {1} bank holidays")
    @CsvSource({
            "2018, 8", "2019, 8", "2020, 8", "2021, 8", "2022, 10",
            "2023, 9", "2024, 8", "2025, 8", "2026, 8", "2027, 8"
    })
    void eachYearHasTheNumberOfHolidaysTheDesignLists(int year, int expectedCount) {
        long fromDesign = domainHolidays().stream().filter(day -> day.getYear() == year).count();

        assertThat(fromDesign).as("count in the design's list").isEqualTo(expectedCount);
        assertThat(shippedHolidaysIn(year)).hasSize(expectedCount);
    }

    @Test
    void shippedDatesAreExactlyTheDatesTheDesignLists() {
        assertThat(englandAndWales.holidays().keySet()).containsExactlyElementsOf(domainHolidays());
    }

    @Test
    void noShippedHolidayFallsOnAWeekendBecauseSubstituteDaysAreListedInstead() {
        assertThat(englandAndWales.holidays().keySet())
                .allSatisfy(day -> assertThat(day.getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
    }

    @ParameterizedTest(name = "{0} is named {1}")
    @CsvSource(delimiter = '|', value = {
            "2020-05-08 | Early May bank holiday (VE Day, moved from 4 May)",
            "2022-06-02 | Spring bank holiday (moved from 30 May)",
            "2022-06-03 | Platinum Jubilee bank holiday",
            "2022-09-19 | State Funeral of Queen Elizabeth II",
            "2023-05-08 | Coronation of King Charles III",
            "2024-03-29 | Good Friday",
            "2024-04-01 | Easter Monday",
            "2022-01-03 | New Year's Day (substitute day)",
            "2027-12-27 | Christmas Day (substitute day)",
            "2027-12-28 | Boxing Day (substitute day)"
    })
    void holidaysCarryTheirNames(LocalDate day, String name) {
        assertThat(englandAndWales.isHoliday(day)).isTrue();
        assertThat(englandAndWales.holidayName(day)).contains(name);
    }

    @Test
    void theMayDayThatVeDayReplacedIsAnOrdinaryDay() {
        LocalDate originalEarlyMay2020 = LocalDate.of(2020, 5, 4);

        assertThat(englandAndWales.isHoliday(originalEarlyMay2020)).isFalse();
        assertThat(englandAndWales.holidayName(originalEarlyMay2020)).isEmpty();
    }

    @Test
    void coversWholeYearsFrom2018To2027() {
        assertThat(englandAndWales.firstCovered()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(englandAndWales.lastCovered()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void askingAboutAYearWithoutDataIsRefusedRatherThanAnsweredNo() {
        assertThatThrownBy(() -> englandAndWales.isHoliday(LocalDate.of(2028, 1, 3)))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("2028-01-03")
                .hasMessageContaining("2027-12-31");
        assertThatThrownBy(() -> englandAndWales.holidayName(LocalDate.of(2017, 12, 25)))
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void unknownCalendarIdIsRejectedWithTheKnownIds() {
        assertThatThrownBy(() -> HolidayCalendar.named("scotland"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scotland")
                .hasMessageContaining("england-and-wales");
    }

    @Test
    void aLaterProclaimedHolidayIsAddedWithoutChangingTheShippedCalendar() {
        LocalDate proclaimed = LocalDate.of(2026, 6, 15);

        HolidayCalendar amended = englandAndWales.withAdditionalDays(List.of(proclaimed));

        assertThat(amended.isHoliday(proclaimed)).isTrue();
        assertThat(amended.holidayName(proclaimed)).contains(HolidayCalendar.ADDITIONAL_DAY_NAME);
        assertThat(englandAndWales.isHoliday(proclaimed)).isFalse();
        assertThat(HolidayCalendar.named("england-and-wales").isHoliday(proclaimed)).isFalse();
    }

    @Test
    void anAddedDayThatIsAlreadyAHolidayKeepsItsName() {
        LocalDate christmas = LocalDate.of(2025, 12, 25);

        HolidayCalendar amended = englandAndWales.withAdditionalDays(Map.of(christmas, "Staff closure"));

        assertThat(amended.holidayName(christmas)).contains("Christmas Day");
    }

    @Test
    void aDayAddedBeyondTheDataDoesNotExtendTheCoveredYears() {
        // One proclaimed day says nothing about the rest of its year's holidays.
        HolidayCalendar amended = englandAndWales.withAdditionalDays(List.of(LocalDate.of(2028, 6, 5)));

        assertThat(amended.lastCovered()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> amended.isHoliday(LocalDate.of(2028, 6, 5)))
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void dataWithAMissingYearInTheMiddleIsRejected() {
        List<String> lines = List.of("# test", "2020-01-01 New Year's Day", "2022-01-03 New Year's Day (substitute day)");

        assertThatThrownBy(() -> HolidayCalendar.parse("gappy", lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2021");
    }

    @Test
    void dataLinesWithoutANameOrWithABadDateAreRejected() {
        assertThatThrownBy(() -> HolidayCalendar.parse("t", List.of("2020-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> HolidayCalendar.parse("t", List.of("", "01/01/2020 New Year's Day")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> HolidayCalendar.parse("t", List.of("2020-01-01 A", "2020-01-01 B")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeats");
    }
}
