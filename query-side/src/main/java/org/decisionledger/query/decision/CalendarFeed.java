package org.decisionledger.query.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An RFC 5545 calendar of the register's dates. Each entry's UID is derived from the decision and
 * the kind of date, so a calendar application updates an entry when a date moves instead of
 * adding a second one; DTSTAMP is when the decision last changed, so an unchanged feed is identical.
 */
final class CalendarFeed {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarFeed() {
    }

    /**
     * {@code baseUrl} is the service's address as the client reached it: each entry links to its
     * decision's public page, {@code /decisions/{id}}.
     */
    static String render(String calendarName, String baseUrl, List<DecisionView> decisions) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Decision Ledger//Register//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape(calendarName));
        for (DecisionView decision : decisions) {
            LocalDate due = DecisionRegisterProjection.earliestDecisionDate(decision);
            if (decision.record() == null) {
                LocalDate date = decision.decisionDue() != null ? decision.decisionDue() : due;
                if (date != null) {
                    event(ics, baseUrl, decision, "due", date, "Decision due: " + decision.title());
                }
            }
            if (decision.callInClosesOn() != null && decision.publication() != null
                    && decision.publication().subjectToCallIn()) {
                event(ics, baseUrl, decision, "call-in-closes", decision.callInClosesOn(),
                        closingTime(decision.publication().callInClosesAt()), "Call-in window closes: " + decision.title());
            }
            LocalDate effective = decision.effectiveFrom() != null ? decision.effectiveFrom()
                    : decision.publication() == null ? null : decision.publication().effectiveFrom();
            if (effective != null && !DecisionViewFolding.CALLED_IN.equals(decision.status())
                    && !DecisionViewFolding.REVOKED.equals(decision.status())) {
                event(ics, baseUrl, decision, "effective", effective, "Effective from: " + decision.title());
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A set closing time (16:00, say) gives a timed entry; the end of the day, or none, an all-day one. */
    private static LocalTime closingTime(LocalTime closesAt) {
        return closesAt == null || closesAt.toSecondOfDay() >= END_OF_DAY.toSecondOfDay() ? null : closesAt;
    }

    private static void event(StringBuilder ics, String baseUrl, DecisionView decision, String kind, LocalDate date, String summary) {
        event(ics, baseUrl, decision, kind, date, null, summary);
    }

    /**
     * With {@code time}, an entry at that moment of the councils' day, written in UTC; without, an
     * all-day entry.
     */
    private static void event(StringBuilder ics, String baseUrl, DecisionView decision, String kind, LocalDate date,
            LocalTime time, String summary) {
        if (date.getYear() < 1 || date.getYear() > 9998) {
            // RFC 5545 writes four-digit years; a store written before dates were held to 1900-2199 may
            // hold one beyond, and one such entry must not take the whole feed down.
            return;
        }
        Instant stamp = decision.lastRecordedAt();
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + decision.id() + "-" + kind + "@decision-ledger");
        line(ics, "DTSTAMP:" + STAMP.format(stamp));
        if (time == null) {
            line(ics, "DTSTART;VALUE=DATE:" + DATE.format(date));
            line(ics, "DTEND;VALUE=DATE:" + DATE.format(date.plusDays(1)));
        } else {
            String at = STAMP.format(date.atTime(time).atZone(COUNCIL_ZONE).toInstant());
            line(ics, "DTSTART:" + at);
            line(ics, "DTEND:" + at);
        }
        line(ics, "SUMMARY:" + escape(summary));
        line(ics, "DESCRIPTION:" + escape(decision.decisionMaker() + " — " + decision.status()
                + (decision.reference() == null ? "" : " — " + decision.reference())));
        line(ics, "URL:" + baseUrl + "/decisions/" + decision.id());
        line(ics, "SEQUENCE:" + decision.version());
        line(ics, "END:VEVENT");
    }

    /**
     * A TEXT value: backslash, semicolon, comma and line breaks escaped, and any other control
     * character (RFC 5545 allows none in TEXT but the tab) written as U+FFFD, as the Atom feeds do.
     */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
        StringBuilder safe = new StringBuilder(escaped.length());
        escaped.codePoints().forEach(c -> safe.appendCodePoint((c < 0x20 && c != '\t') || c == 0x7F ? 0xFFFD : c));
        return safe.toString();
    }

    /** Content lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character. */
    static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        int limit = 75;
        StringBuilder current = new StringBuilder();
        for (int offset = 0; offset < content.length();) {
            int codePoint = content.codePointAt(offset);
            int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append(current).append("\r\n ");
                current.setLength(0);
                octets = 0;
                limit = 74;
            }
            current.appendCodePoint(codePoint);
            octets += size;
            offset += Character.charCount(codePoint);
        }
        ics.append(current).append("\r\n");
    }
}
