package org.decisionledger.kernel.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The two meanings of "clear days" in the regulations and constitutions, kept as separate
 * functions because confusing them moves statutory dates.
 *
 * <p>Clear days never include the day the period starts from (publication) nor the day of the
 * act that has to wait for them (the decision).
 */
public final class ClearDays {

    private ClearDays() {
    }

    /**
     * The first day on which something may happen after {@code clearDays} clear <em>calendar</em>
     * days from {@code from}: {@code from + clearDays + 1}. Weekends and holidays count, as for
     * notice of a key decision (28 clear days) and the general exception (5 clear days).
     *
     * @throws IllegalArgumentException if {@code clearDays} is negative
     */
    public static LocalDate afterClearCalendarDays(LocalDate from, int clearDays) {
        Objects.requireNonNull(from, "from");
        requireNotNegative(clearDays);
        return from.plusDays(clearDays + 1L);
    }

    /**
     * The last of {@code clearWorkingDays} clear working days after {@code from}, as for a call-in
     * period; {@code from} itself when the count is 0.
     *
     * @throws IllegalArgumentException    if {@code clearWorkingDays} is negative
     * @throws CalendarNotCoveredException if a day in the period is outside the calendar's data
     */
    public static LocalDate lastOfClearWorkingDays(LocalDate from, int clearWorkingDays, WorkingDayCalendar calendar) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(calendar, "calendar");
        requireNotNegative(clearWorkingDays);
        return clearWorkingDays == 0 ? from : calendar.nthClearWorkingDayAfter(from, clearWorkingDays);
    }

    private static void requireNotNegative(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A number of clear days cannot be negative, was " + count);
        }
    }
}
