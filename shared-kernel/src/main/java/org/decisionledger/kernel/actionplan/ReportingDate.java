package org.decisionledger.kernel.actionplan;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A date as trackers give it: a month ({@code 2019-12}, for "December 2019") or a day
 * ({@code 2021-02-15}). A month is never turned into an invented day; it covers the whole month.
 * Review points and sub-group update dates are kept as this text in events.
 *
 * @param value    the canonical text, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param firstDay the first day it covers
 * @param lastDay  the last day it covers (the same as {@code firstDay} for a day)
 */
public record ReportingDate(String value, LocalDate firstDay, LocalDate lastDay) implements Comparable<ReportingDate> {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Comparator<ReportingDate> ORDER =
            Comparator.comparing(ReportingDate::firstDay).thenComparing(ReportingDate::lastDay);

    /**
     * @throws IllegalArgumentException unless the text is {@code YYYY-MM} or {@code YYYY-MM-DD}
     */
    public static ReportingDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("must be a month (YYYY-MM) or a day (YYYY-MM-DD)");
        }
        String value = text.strip();
        try {
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                return new ReportingDate(value, month.atDay(1), month.atEndOfMonth());
            }
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                return new ReportingDate(value, day, day);
            }
        } catch (DateTimeParseException impossible) {
            throw new IllegalArgumentException(value + " is not a real month or day");
        }
        throw new IllegalArgumentException("must be a month (YYYY-MM) or a day (YYYY-MM-DD), not " + value);
    }

    public boolean monthOnly() {
        return !firstDay.equals(lastDay);
    }

    /** The same kind of date {@code months} later: {@code 2019-12} plus 6 is {@code 2020-06}. */
    public ReportingDate plusMonths(int months) {
        if (monthOnly()) {
            YearMonth month = YearMonth.from(firstDay).plusMonths(months);
            return new ReportingDate(month.toString(), month.atDay(1), month.atEndOfMonth());
        }
        LocalDate day = firstDay.plusMonths(months);
        return new ReportingDate(day.toString(), day, day);
    }

    @Override
    public int compareTo(ReportingDate other) {
        return ORDER.compare(this, other);
    }

    /**
     * Orders reporting-date texts by the dates they cover, as {@link #compareTo} orders the parsed
     * dates; used where only the text is kept. Trackers sort every review point of every action
     * each time one changes, so canonical text is compared without building dates.
     *
     * @throws IllegalArgumentException when either text is not a reporting date
     */
    public static int compareText(String left, String right) {
        return Long.compare(orderKey(left), orderKey(right));
    }

    /**
     * The first day covered as {@code yyyymmdd}, then the day of the month of the last day covered:
     * the order of (first day, last day), since both days fall in one month.
     */
    private static long orderKey(String text) {
        int length = text == null ? 0 : text.length();
        if ((length == 7 || length == 10) && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7)
                && (length == 7 || text.charAt(7) == '-' && digits(text, 8, 10))) {
            int year = number(text, 0, 4);
            int month = number(text, 5, 7);
            if (month >= 1 && month <= 12) {
                int monthLength = Month.of(month).length(Year.isLeap(year));
                int day = length == 7 ? 1 : number(text, 8, 10);
                int lastDay = length == 7 ? monthLength : day;
                if (day >= 1 && day <= monthLength) {
                    return ((year * 100L + month) * 100 + day) * 100 + lastDay;
                }
            }
        }
        ReportingDate parsed = parse(text);
        LocalDate first = parsed.firstDay();
        return ((first.getYear() * 100L + first.getMonthValue()) * 100 + first.getDayOfMonth()) * 100
                + parsed.lastDay().getDayOfMonth();
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
