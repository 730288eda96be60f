package org.decisionledger.query.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The register's calendar as RFC 5545 text. */
class CalendarFeedTest {

    private static DecisionView due(String id, LocalDate decisionDue) {
        return new DecisionView(id, "council", null, "Title " + id, "Cabinet", false, List.of(), List.of(), null, null,
                null, null, null, decisionDue, LocalDate.of(2024, 1, 2), "PROPOSED", null, null, null, null, null, null,
                null, null, List.of(), null, List.of(), List.of(), 1, Instant.parse("2024-01-02T10:00:00Z"));
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
}
