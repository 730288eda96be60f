package org.decisionledger.command.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ModernGov agenda-item or issue page (seeds 001 and 003): the item's title, the meeting line
 * ("16/05/2018 - Children and Families Overview and Scrutiny Panel (Item 325)"), the "Decision:"
 * section with its RESOLVED text, the "Minutes:" narrative and the bulleted points in it (also as
 * lists, each under the line that introduces it: "The main findings from the Inspection were:"), and
 * whether the page cut the minutes short. Such pages name no decision maker or dates of their own
 * beyond the meeting, so the seed loader supplies what their decision records say.
 */
public record AgendaItemPage(String title, String meeting, LocalDate meetingDate, String meetingBody, String item,
        String decision, List<String> resolved, String minutes, List<String> points, List<PointList> pointLists,
        boolean truncated) {

    /**
     * Consecutive bulleted points of the minutes and the line before them that introduces them. Runs
     * of spaces inside a point (web-page spacing, "the  Action Plan") are read as one.
     */
    public record PointList(String introduction, List<String> points) {

        public PointList {
            points = List.copyOf(points);
        }
    }

    private static final Pattern MEETING = Pattern.compile("(?i)^meeting:\\s*(.*)$");
    private static final Pattern MEETING_PARTS = Pattern.compile("^(\\S+)\\s*-\\s*(.+?)(?:\\s*\\(item\\s+(\\w{1,10})\\))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POINT = Pattern.compile("^[·•●▪◦*-]\\s*(.+)$");
    private static final String TRUNCATED = "view the full minutes text";
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern WITHIN_DAYS = Pattern.compile("(?i)\\bwithin\\s+(\\d{1,3})\\s+days\\b");

    public static AgendaItemPage parse(PageText page) {
        String title = null;
        String meeting = null;
        List<String> decision = new ArrayList<>();
        List<String> minutes = new ArrayList<>();
        List<String> current = null;
        boolean afterIssueHeading = false;
        for (String line : page.lines()) {
            if (line.isEmpty()) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            Matcher meetingLine = MEETING.matcher(line);
            if (meetingLine.matches()) {
                meeting = meetingLine.group(1).strip();
                continue;
            }
            if (lower.equals("decision:")) {
                current = decision;
                continue;
            }
            if (lower.equals("minutes:")) {
                current = minutes;
                continue;
            }
            if (lower.equals("supporting documents:") || lower.equals("additional documents:")) {
                current = null;
                continue;
            }
            if (lower.equals("issue - meetings")) {
                afterIssueHeading = true;
                continue;
            }
            if (current != null) {
                current.add(line);
            } else if (afterIssueHeading && title == null) {
                title = line;
            }
        }
        List<String> resolved = new ArrayList<>();
        for (String line : decision) {
            if (line.toLowerCase(Locale.ROOT).startsWith("resolved")) {
                resolved.add(line);
            }
        }
        List<String> points = new ArrayList<>();
        List<PointList> pointLists = new ArrayList<>();
        String introduction = null;
        List<String> listed = new ArrayList<>();
        for (String line : minutes) {
            Matcher point = POINT.matcher(line);
            if (point.matches()) {
                points.add(point.group(1).strip());
                listed.add(SPACES.matcher(point.group(1).strip()).replaceAll(" "));
            } else {
                if (!listed.isEmpty()) {
                    pointLists.add(new PointList(introduction, listed));
                    listed = new ArrayList<>();
                }
                introduction = line;
            }
        }
        if (!listed.isEmpty()) {
            pointLists.add(new PointList(introduction, listed));
        }
        LocalDate meetingDate = null;
        String body = null;
        String item = null;
        if (meeting != null) {
            Matcher parts = MEETING_PARTS.matcher(meeting);
            if (parts.matches()) {
                PublishedDate date = DateText.read(parts.group(1));
                meetingDate = date == null ? null : date.day();
                body = parts.group(2).strip();
                item = parts.group(3);
            }
        }
        String minutesText = minutes.isEmpty() ? null : String.join("\n", minutes);
        return new AgendaItemPage(title, meeting, meetingDate, body, item,
                decision.isEmpty() ? null : String.join("\n", decision), List.copyOf(resolved), minutesText,
                List.copyOf(points), List.copyOf(pointLists), minutesText != null && minutesText.toLowerCase(Locale.ROOT).contains(TRUNCATED));
    }

    /**
     * The points of the first list whose introduction contains {@code words} (ignoring case), e.g.
     * "main findings"; empty when no list is introduced so.
     */
    public List<String> pointsIntroducedBy(String words) {
        String wanted = words.toLowerCase(Locale.ROOT);
        return pointLists.stream()
                .filter(list -> list.introduction() != null
                        && list.introduction().toLowerCase(Locale.ROOT).contains(wanted))
                .findFirst().map(PointList::points).orElse(List.of());
    }

    /** The period a point allows, when it says "within N days"; null when it names none. */
    public static Integer daysAllowed(String point) {
        Matcher within = WITHIN_DAYS.matcher(point);
        return within.find() ? Integer.valueOf(within.group(1)) : null;
    }
}
