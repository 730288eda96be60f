package org.decisionledger.command.importing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.decisionledger.kernel.authority.AuthorityRules;
import org.decisionledger.kernel.calendar.CalendarNotCoveredException;
import org.decisionledger.kernel.calendar.WorkingDayCalendar;

/**
 * What a record's dates say when set beside the council's configured rules: the call-in period the
 * page implies (working days strictly between publication and effect, bank holidays excluded), the
 * effective date and earliest decision date the rules give, and the flags where the page differs.
 * The page's dates are never changed.
 */
public record RecordChecks(Integer impliedCallInWorkingDays, LocalDate ruleEffectiveFrom,
        LocalDate ruleEarliestDecisionDate, Set<ImportFlag> flags) {

    /**
     * @param rulesOnPublication the council's rules in force on the publication date, or null when
     *                           the page gives none or the council had none then
     * @param rulesOnNotice      the rules in force when the notice was first published, or null
     */
    public static RecordChecks of(ModernGovRecord record, AuthorityRules rulesOnPublication,
            AuthorityRules rulesOnNotice) {
        Set<ImportFlag> flags = EnumSet.noneOf(ImportFlag.class);
        LocalDate published = day(record.publicationDate());
        LocalDate effective = day(record.effectiveFrom());
        Integer implied = null;
        LocalDate ruleEffective = null;
        WorkingDayCalendar calendar = rulesOnPublication == null ? WorkingDayCalendar.englandAndWales()
                : rulesOnPublication.workingDayCalendar();
        try {
            if (published != null && effective != null && effective.isAfter(published)) {
                implied = calendar.workingDaysStrictlyBetween(published, effective);
            }
            if (published != null && rulesOnPublication != null) {
                if (Boolean.FALSE.equals(record.subjectToCallIn())) {
                    ruleEffective = published;
                } else if (Boolean.TRUE.equals(record.subjectToCallIn())) {
                    ruleEffective = rulesOnPublication.callInRule().windowFor(published, calendar).effectiveFrom();
                }
            }
        } catch (CalendarNotCoveredException notCovered) {
            flags.add(ImportFlag.CALENDAR_NOT_COVERED);
        }
        if (ruleEffective != null && effective != null && !ruleEffective.equals(effective)
                && !(Boolean.FALSE.equals(record.subjectToCallIn()) && effective.equals(day(record.dateOfDecision())))) {
            flags.add(ImportFlag.EFFECTIVE_DATE_DISAGREES_WITH_RULE);
        }
        LocalDate firstPublished = day(record.firstPublished());
        LocalDate earliest = null;
        if (firstPublished != null && rulesOnNotice != null && !Boolean.FALSE.equals(record.keyDecision())) {
            earliest = rulesOnNotice.noticeRule().earliestKeyDecision(firstPublished);
            LocalDate due = day(record.decisionDue());
            if (record.decisionDueNotBefore() && due != null && !due.equals(earliest)) {
                flags.add(ImportFlag.DUE_DATE_DISAGREES_WITH_NOTICE_RULE);
            }
        }
        return new RecordChecks(implied, ruleEffective, earliest, Set.copyOf(flags));
    }

    private static LocalDate day(PublishedDate date) {
        return date == null ? null : date.day();
    }
}
