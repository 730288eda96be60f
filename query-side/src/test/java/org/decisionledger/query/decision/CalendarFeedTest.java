package org.decisionledger.query.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The register's calendar as RFC 5545 text. */
class CalendarFeedTest {

    private static DecisionView due(String id, LocalDate decisionDue) {
        return dueWith(id, "Title " + id, "Cabinet", decisionDue);
    }

    private static DecisionView titled(String id, String title, String decisionMaker) {
        return dueWith(id, title, decisionMaker, LocalDate.of(2024, 3, 5));
    }

    private static DecisionView dueWith(String id, String title, String decisionMaker, LocalDate decisionDue) {
        return new DecisionView(id, "council", null, title, decisionMaker, false, List.of(), List.of(), null, null,
                null, null, null, decisionDue, LocalDate.of(2024, 1, 2), "PROPOSED", null, null, null, null, null, null,
                null, null, List.of(), null, List.of(), List.of(), 1, Instant.parse("2024-01-02T10:00:00Z"));
    }

    private static DecisionView published(String id, LocalDate closesOn, LocalTime closesAt) {
        DecisionView.Publication publication = new DecisionView.Publication(closesOn.minusDays(5), true, null, null, 5, 2,
                closesOn, closesAt, closesOn.plusDays(1));
        return new DecisionView(id, "council", null, "Title " + id, "Cabinet", false, List.of(), List.of(), null, null,
                null, null, null, null, LocalDate.of(2024, 1, 2), "PUBLISHED", null, null, null, null, publication,
                closesOn, null, null, List.of(), null, List.of(), List.of(), 3, Instant.parse("2024-01-02T10:00:00Z"));
    }

    @Test
    void aWindowClosingAtASetTimeIsAnEntryAtThatMomentInUtc() {
        String ics = CalendarFeed.render("Register", "https://ledger.example.gov.uk", List.of(
                published("summer", LocalDate.of(2024, 6, 14), LocalTime.of(16, 0)),
                published("winter", LocalDate.of(2024, 12, 13), LocalTime.of(16, 0))));

        assertThat(ics).contains("UID:summer-call-in-closes@decision-ledger\r\nDTSTAMP:20240102T100000Z\r\n"
                + "DTSTART:20240614T150000Z\r\nDTEND:20240614T150000Z\r\n");
        assertThat(ics).contains("UID:winter-call-in-closes@decision-ledger\r\nDTSTAMP:20240102T100000Z\r\n"
                + "DTSTART:20241213T160000Z\r\n");
        assertThat(ics).as("the effective date stays a day").contains("DTSTART;VALUE=DATE:20240615\r\n");
    }

    @Test
    void aWindowClosingAtTheEndOfTheDayIsAnAllDayEntry() {
        String ics = CalendarFeed.render("Register", "https://ledger.example.gov.uk",
                List.of(published("day", LocalDate.of(2024, 6, 14), LocalTime.of(23, 59, 59))));

        assertThat(ics).contains("UID:day-call-in-closes@decision-ledger\r\nDTSTAMP:20240102T100000Z\r\n"
                + "DTSTART;VALUE=DATE:20240614\r\nDTEND;VALUE=DATE:20240615\r\n");
    }

    @Test
    void aDueDateIsAnAllDayEntry() {
        String ics = CalendarFeed.render("Register", "https://ledger.example.gov.uk", List.of(due("a", LocalDate.of(2024, 3, 5))));

        assertThat(ics).contains("UID:a-due@decision-ledger\r\n", "DTSTART;VALUE=DATE:20240305\r\n",
                "DTEND;VALUE=DATE:20240306\r\n", "DTSTAMP:20240102T100000Z\r\n",
                "URL:https://ledger.example.gov.uk/decisions/a\r\n");
    }

    @Test
    void aDateNoFourDigitYearCanWriteIsLeftOutAndTheRestStays() {
        String ics = CalendarFeed.render("Register", "https://ledger.example.gov.uk",
                List.of(due("far", LocalDate.of(9999, 12, 31)), due("near", LocalDate.of(2024, 3, 5))));

        assertThat(ics).doesNotContain("far-due").contains("near-due", "DTSTART;VALUE=DATE:20240305")
                .endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void aControlCharacterInATitleOrTheCalendarsNameIsWrittenAsAReplacementCharacter() {
        DecisionView hostile = titled("ctrl", "Library\u0001 hours\u001b[31m\tand\u007f\r\nmore; more, \\",
                "Cab\u0007inet");

        String ics = CalendarFeed.render("Decision Ledger: \u0002", "https://ledger.example.gov.uk", List.of(hostile));

        assertThat(ics).contains("X-WR-CALNAME:Decision Ledger: \ufffd\r\n",
                "SUMMARY:Decision due: Library\ufffd hours\ufffd[31m\tand\ufffd\\nmore\\; more\\, \\\\\r\n",
                "DESCRIPTION:Cab\ufffdinet");
        assertThat(ics.chars().filter(c -> (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F))
                .as("RFC 5545 allows no control character in a TEXT value but the tab").isEmpty();
    }
}
