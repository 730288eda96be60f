package org.decisionledger.kernel.common;

import java.time.LocalDate;

/**
 * The days a council's record can hold: 1900 to 2199. A typed 9999 or 1066 is a slip, and once
 * recorded some cannot be undone (a notice is never re-dated before its first publication, an
 * action's latest status is the one at its latest review point). Requests are held to these years
 * at the edge and in the handlers; events already stored are read as they are.
 */
public final class RecordDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private RecordDates() {
    }

    public static boolean within(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    public static String range() {
        return "from " + EARLIEST + " to " + LATEST;
    }
}
