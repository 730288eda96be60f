package org.decisionledger.kernel.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * An authority's call-in rule: how many clear working days after publication of the decision
 * record the window runs, at what time of day it closes on the last day, and how many councillors
 * must sign a call-in.
 *
 * @param workingDays         clear working days after publication; 0 means there is no call-in period
 * @param closesAt            time of day the window closes on its last day
 * @param signatoriesRequired councillors who must sign a call-in, at least 1
 */
public record CallInRule(int workingDays, LocalTime closesAt, int signatoriesRequired) {

    /** End of day, for constitutions that set no closing time on the last day. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    public CallInRule {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Call-in working days cannot be negative, was " + workingDays);
        }
        Objects.requireNonNull(closesAt, "closesAt");
        if (signatoriesRequired < 1) {
            throw new IllegalArgumentException("A call-in needs at least 1 signatory, was " + signatoriesRequired);
        }
    }

    /** A window of {@code workingDays} closing at {@link #END_OF_DAY}, which 1 signatory may call in. */
    public static CallInRule of(int workingDays) {
        return new CallInRule(workingDays, END_OF_DAY, 1);
    }

    /**
     * The window for a decision record published on {@code published}: it closes on the last of
     * {@code workingDays} clear working days after publication, and the decision is effective from
     * the next calendar day. With no call-in period the decision is effective from publication.
     *
     * @throws CalendarNotCoveredException if the window reaches a date the calendar has no data for
     */
    public CallInWindow windowFor(LocalDate published, WorkingDayCalendar calendar) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(calendar, "calendar");
        LocalDate opensOn = published.plusDays(1);
        if (workingDays == 0) {
            return new CallInWindow(opensOn, published, closesAt, published);
        }
        LocalDate closesOn = ClearDays.lastOfClearWorkingDays(published, workingDays, calendar);
        return new CallInWindow(opensOn, closesOn, closesAt, closesOn.plusDays(1));
    }
}
