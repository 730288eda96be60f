package org.decisionledger.kernel.calendar;

import java.time.LocalDate;

/**
 * Notice periods before an executive decision, in clear calendar days (SI 2012/2089).
 *
 * @param keyDecisionNoticeClearDays clear days between first publication of a key decision notice
 *                                   and the decision (reg 9)
 * @param generalExceptionClearDays  clear days between a general exception notice and the decision
 *                                   (reg 10)
 */
public record NoticeRule(int keyDecisionNoticeClearDays, int generalExceptionClearDays) {

    /** The statutory minimums: 28 clear days (reg 9) and 5 clear days (reg 10). */
    public static final NoticeRule STATUTORY = new NoticeRule(28, 5);

    public NoticeRule {
        if (keyDecisionNoticeClearDays < 0) {
            throw new IllegalArgumentException(
                    "Key decision notice clear days cannot be negative, was " + keyDecisionNoticeClearDays);
        }
        if (generalExceptionClearDays < 0) {
            throw new IllegalArgumentException(
                    "General exception clear days cannot be negative, was " + generalExceptionClearDays);
        }
    }

    /**
     * The earliest day a key decision may be taken. Pass the date the item was <em>first</em>
     * published: re-dating an item on the forward plan does not restart its notice period.
     */
    public LocalDate earliestKeyDecision(LocalDate firstPublished) {
        return ClearDays.afterClearCalendarDays(firstPublished, keyDecisionNoticeClearDays);
    }

    /** The earliest day a decision may be taken under the general exception, from its notice. */
    public LocalDate earliestUnderGeneralException(LocalDate noticePublished) {
        return ClearDays.afterClearCalendarDays(noticePublished, generalExceptionClearDays);
    }
}
