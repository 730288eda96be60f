package org.decisionledger.kernel.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date fell outside the years a holiday calendar has data for.
 *
 * <p>Thrown rather than answering "no holiday", because a calendar that has simply run out of data
 * would otherwise produce call-in windows that are silently a day or two short.
 */
public final class CalendarNotCoveredException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String calendarId;
    private final LocalDate date;
    private final LocalDate firstCovered;
    private final LocalDate lastCovered;

    public CalendarNotCoveredException(String calendarId, LocalDate date, LocalDate firstCovered, LocalDate lastCovered) {
        super(message(calendarId, Objects.requireNonNull(date, "date"), firstCovered, lastCovered));
        this.calendarId = Objects.requireNonNull(calendarId, "calendarId");
        this.date = date;
        this.firstCovered = Objects.requireNonNull(firstCovered, "firstCovered");
        this.lastCovered = Objects.requireNonNull(lastCovered, "lastCovered");
    }

    private static String message(String calendarId, LocalDate date, LocalDate firstCovered, LocalDate lastCovered) {
        return "Holiday calendar '" + calendarId + "' has no data for " + date
                + ": it covers " + firstCovered + " to " + lastCovered
                + " (add the holidays for " + date.getYear() + " before computing dates in that year)";
    }

    public String calendarId() {
        return calendarId;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate firstCovered() {
        return firstCovered;
    }

    public LocalDate lastCovered() {
        return lastCovered;
    }
}
