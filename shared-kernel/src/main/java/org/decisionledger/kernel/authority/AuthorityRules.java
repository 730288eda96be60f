package org.decisionledger.kernel.authority;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.decisionledger.kernel.calendar.CallInRule;
import org.decisionledger.kernel.calendar.HolidayCalendar;
import org.decisionledger.kernel.calendar.NoticeRule;
import org.decisionledger.kernel.calendar.WorkingDayCalendar;

/**
 * One version of a council's constitutional rules, in force for decisions published on or after
 * its {@code validFrom}. Differences between councils are data here, never code.
 */
public record AuthorityRules(
        int callInWorkingDays,
        LocalTime callInClosesAt,
        int callInSignatoriesRequired,
        int keyDecisionNoticeClearDays,
        int generalExceptionClearDays,
        String keyDecisionThreshold,
        String holidayCalendar,
        List<LocalDate> extraClosureDays) {

    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    public static final String DEFAULT_CALENDAR = "england-and-wales";

    public AuthorityRules {
        if (callInWorkingDays < 0 || callInWorkingDays > 30) {
            throw new IllegalArgumentException("callInWorkingDays must be between 0 and 30");
        }
        if (callInSignatoriesRequired < 1 || callInSignatoriesRequired > 100) {
            throw new IllegalArgumentException("callInSignatoriesRequired must be between 1 and 100");
        }
        if (keyDecisionNoticeClearDays < 0 || keyDecisionNoticeClearDays > 365) {
            throw new IllegalArgumentException("keyDecisionNoticeClearDays must be between 0 and 365");
        }
        if (generalExceptionClearDays < 0 || generalExceptionClearDays > 365) {
            throw new IllegalArgumentException("generalExceptionClearDays must be between 0 and 365");
        }
        callInClosesAt = callInClosesAt == null ? END_OF_DAY : callInClosesAt;
        holidayCalendar = holidayCalendar == null ? DEFAULT_CALENDAR : holidayCalendar;
        extraClosureDays = extraClosureDays == null ? List.of() : List.copyOf(extraClosureDays);
    }

    public CallInRule callInRule() {
        return new CallInRule(callInWorkingDays, callInClosesAt, callInSignatoriesRequired);
    }

    public NoticeRule noticeRule() {
        return new NoticeRule(keyDecisionNoticeClearDays, generalExceptionClearDays);
    }

    public WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.of(HolidayCalendar.named(holidayCalendar), java.util.Set.copyOf(extraClosureDays));
    }
}
