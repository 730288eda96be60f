package org.decisionledger.kernel.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The period in which councillors may call in a published decision, and the date the decision
 * takes effect if nobody does.
 *
 * <p>The closing instant ({@code closesOn} at {@code closesAt}) and {@code effectiveFrom} are kept
 * apart because councils publish "effective from" as the calendar day after the window closes,
 * which can be a Saturday. A window with no call-in period has {@code opensOn} after
 * {@code closesOn}, so no day is inside it.
 *
 * @param opensOn       the first day a call-in may be made: the day after publication
 * @param closesOn      the last day a call-in may be made
 * @param closesAt      the time on {@code closesOn} at which the window closes
 * @param effectiveFrom the day the decision takes effect if it is not called in
 */
public record CallInWindow(LocalDate opensOn, LocalDate closesOn, LocalTime closesAt, LocalDate effectiveFrom) {

    public CallInWindow {
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(closesOn, "closesOn");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (closesOn.isBefore(opensOn.minusDays(1))) {
            throw new IllegalArgumentException(
                    "A call-in window cannot close (" + closesOn + ") before the day it was published (" + opensOn.minusDays(1) + ")");
        }
        if (effectiveFrom.isBefore(closesOn)) {
            throw new IllegalArgumentException(
                    "A decision cannot take effect (" + effectiveFrom + ") before its call-in window closes (" + closesOn + ")");
        }
    }

    /** True for the days after publication up to and including {@code closesOn}. */
    public boolean isOpenOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** True from the start of {@code opensOn} up to and including {@code closesAt} on {@code closesOn}. */
    public boolean isOpenAt(LocalDateTime instant) {
        Objects.requireNonNull(instant, "instant");
        return isOpenOn(instant.toLocalDate())
                && (instant.toLocalDate().isBefore(closesOn) || !instant.toLocalTime().isAfter(closesAt));
    }

    /** When the window closes, as one value. */
    public LocalDateTime closingTime() {
        return closesOn.atTime(closesAt);
    }
}
