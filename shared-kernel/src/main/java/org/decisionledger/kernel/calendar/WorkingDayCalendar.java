package org.decisionledger.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days: Monday to Friday, excluding holidays and an authority's extra closure days.
 *
 * <p>Every date whose working-day status a method needs must lie within the holiday calendar's
 * covered years, otherwise the method throws {@link CalendarNotCoveredException}. Dates a method
 * only counts from (the publication day itself, the end of a range) are not examined and so are
 * not checked.
 */
public final class WorkingDayCalendar {

    private final HolidayCalendar holidays;
    private final NavigableSet<LocalDate> extraClosures;

    private WorkingDayCalendar(HolidayCalendar holidays, NavigableSet<LocalDate> extraClosures) {
        this.holidays = holidays;
        this.extraClosures = Collections.unmodifiableNavigableSet(extraClosures);
    }

    /**
     * @param extraClosures days the authority is closed besides holidays; like holidays added to a
     *                      {@link HolidayCalendar}, closures outside the covered years are kept but
     *                      do not extend them
     */
    public static WorkingDayCalendar of(HolidayCalendar holidays, Set<LocalDate> extraClosures) {
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(extraClosures, "extraClosures");
        NavigableSet<LocalDate> closures = new TreeSet<>();
        for (LocalDate day : extraClosures) {
            closures.add(Objects.requireNonNull(day, "extraClosures must not contain null"));
        }
        return new WorkingDayCalendar(holidays, closures);
    }

    public static WorkingDayCalendar englandAndWales() {
        return of(HolidayCalendar.englandAndWales(), Set.of());
    }

    public HolidayCalendar holidayCalendar() {
        return holidays;
    }

    /** Unmodifiable, in date order. */
    public NavigableSet<LocalDate> extraClosures() {
        return extraClosures;
    }

    public LocalDate firstCovered() {
        return holidays.firstCovered();
    }

    public LocalDate lastCovered() {
        return holidays.lastCovered();
    }

    public boolean covers(LocalDate day) {
        return holidays.covers(day);
    }

    /**
     * @throws CalendarNotCoveredException if {@code day} is outside the covered years, even if it is
     *                                     a weekend, so that callers meet the gap in the data early
     */
    public boolean isWorkingDay(LocalDate day) {
        holidays.requireCovered(day);
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY
                && dow != DayOfWeek.SUNDAY
                && !holidays.isHoliday(day)
                && !extraClosures.contains(day);
    }

    /**
     * The {@code n}-th working day strictly after {@code day}; {@code day} itself never counts.
     *
     * @throws IllegalArgumentException    if {@code n < 1}
     * @throws CalendarNotCoveredException if a day that has to be examined is outside the covered years
     */
    public LocalDate nthClearWorkingDayAfter(LocalDate day, int n) {
        Objects.requireNonNull(day, "day");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate current = day;
        int found = 0;
        while (found < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                found++;
            }
        }
        return current;
    }

    /**
     * The number of working days strictly between {@code from} and {@code to}; 0 when
     * {@code to} is not later than the day after {@code from}.
     *
     * @throws CalendarNotCoveredException if a day strictly between them is outside the covered years
     */
    public int workingDaysStrictlyBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        LocalDate first = from.plusDays(1);
        if (!to.isAfter(first)) {
            return 0;
        }
        LocalDate last = to.minusDays(1);
        // The range is contiguous, so checking its ends up front fails before any counting is done.
        holidays.requireCovered(first);
        holidays.requireCovered(last);
        int count = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof WorkingDayCalendar other
                && holidays.equals(other.holidays)
                && extraClosures.equals(other.extraClosures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(holidays, extraClosures);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + holidays + ", extra closures " + extraClosures + "]";
    }
}
