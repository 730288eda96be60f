package org.decisionledger.kernel.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingDateTest {

    @Test
    void aMonthCoversTheWholeMonthWithoutInventingADay() {
        ReportingDate december2019 = ReportingDate.parse("2019-12");

        assertThat(december2019.value()).isEqualTo("2019-12");
        assertThat(december2019.firstDay()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(december2019.lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(december2019.monthOnly()).isTrue();
    }

    @Test
    void aDayIsItself() {
        ReportingDate day = ReportingDate.parse(" 2021-04-20 ");

        assertThat(day.value()).isEqualTo("2021-04-20");
        assertThat(day.firstDay()).isEqualTo(day.lastDay()).isEqualTo(LocalDate.of(2021, 4, 20));
        assertThat(day.monthOnly()).isFalse();
    }

    @Test
    void sixMonthsOnKeepsThePrecision() {
        assertThat(ReportingDate.parse("2019-12").plusMonths(6).value()).isEqualTo("2020-06");
        assertThat(ReportingDate.parse("2021-08-31").plusMonths(6).value()).isEqualTo("2022-02-28");
    }

    @Test
    void seed002sReviewPointsSortInTimeOrder() {
        List<String> sorted = Stream.of("2021-12", "2019-12", "2021-04", "2020-01", "2021-04-20")
                .sorted(ReportingDate::compareText).toList();

        assertThat(sorted).containsExactly("2019-12", "2020-01", "2021-04", "2021-04-20", "2021-12");
    }

    @Test
    void textIsOrderedAsTheDatesItCovers() {
        List<String> texts = new ArrayList<>(List.of(" 2021-04-20 ", "2000-02", "1900-02"));
        for (int year : new int[] {1999, 2000, 2023, 2024}) {
            for (int month = 1; month <= 12; month++) {
                YearMonth yearMonth = YearMonth.of(year, month);
                texts.add(yearMonth.toString());
                for (int day = 1; day <= yearMonth.lengthOfMonth(); day += 3) {
                    texts.add(yearMonth.atDay(day).toString());
                }
                texts.add(yearMonth.atEndOfMonth().toString());
            }
        }

        for (String left : texts) {
            for (String right : texts) {
                assertThat(Integer.signum(ReportingDate.compareText(left, right)))
                        .as("%s against %s", left, right)
                        .isEqualTo(Integer.signum(ReportingDate.parse(left).compareTo(ReportingDate.parse(right))));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"December 2019", "2019-13", "2019-00", "2019-02-30", "2023-02-29", "2019-04-31",
            "2019-12-00", "2019/12", "19-12", "2019-1-01", ""})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> ReportingDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingDate.compareText(text, "2019-12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingDate.compareText("2019-12", text)).isInstanceOf(IllegalArgumentException.class);
    }
}
