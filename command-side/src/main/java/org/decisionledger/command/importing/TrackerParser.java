package org.decisionledger.command.importing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.decisionledger.kernel.actionplan.ActionPlanKind;
import org.decisionledger.kernel.common.InvalidCommand;

/**
 * Reads an action-plan tracker page: "Priority 1" and the weakness under it, "Vision for the
 * future", sub-areas "1.1.", lettered actions "a.", "Lead:", "Evidence / impact:", review points
 * "- December 2019 - Complete", "Sub group action to date:" with dated updates, and evidence names.
 * A bullet after an update that ends with a colon continues the update; other undated bullets name
 * evidence.
 */
public final class TrackerParser {

    static final int MAX_ACTIONS = 2000;

    private static final Pattern PRIORITY = Pattern.compile("(?i)^priority\\s+(\\d{1,2})\\b[\\s:.–—-]*(.*)$");
    private static final Pattern VISION = Pattern.compile("(?i)^vision(?:\\s+for\\s+the\\s+future)?\\s*:?\\s*(.*)$");
    private static final Pattern SUB_AREA = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(.+)$");
    private static final Pattern ACTION = Pattern.compile("^([a-z])[.)]\\s+(.+)$");
    private static final Pattern LEAD = Pattern.compile("(?i)^leads?\\s*:\\s*(.*)$");
    private static final Pattern EVIDENCE_OF_IMPACT =
            Pattern.compile("(?i)^(?:evidence\\s*/\\s*impact|evidence\\s+of\\s+impact|impact)\\s*:\\s*(.*)$");
    private static final Pattern UPDATES = Pattern.compile("(?i)^sub\\s*-?\\s*group\\s+actions?(?:\\s+to\\s+date)?\\s*:?$");
    private static final Pattern BULLET = Pattern.compile("^[-•·●▪◦*]\\s*(.*)$");
    private static final Pattern DATED = Pattern.compile("^([A-Za-z]{3,9})\\.?\\s+(\\d{4})\\s*[-–—:]+[\\s:–—-]*(.*)$");
    /** Separators that always part one lead from the next. */
    private static final Pattern LEAD_LIST = Pattern.compile("\\s*[/;]\\s*");
    /** Separators that part leads only between names: job titles hold them too ("Education and Skills"). */
    private static final Pattern LEAD_JOINS = Pattern.compile("\\s*(?:&|,|\\band\\b)\\s*");
    /** A person's name: two to five words, each starting with a capital ("Dr A Khan", "Lynn O'Neil-Tolley"). */
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,4}");
    private static final Pattern AS_ABOVE = Pattern.compile("(?i)^(?:as|see)\\s+above\\.?$");

    private enum Mode { OUTLINE, PRIORITY_TITLE, PRIORITY, VISION, DESCRIPTION, REVIEW, IMPACT, UPDATES }

    private TrackerParser() {
    }

    /**
     * The leads a "Lead:" line names. "/" and ";" always separate them; "and", "&" and "," separate
     * them only where every part is a person's name, so "Tim Moss and Lynn Tolley" is two leads and
     * "Head of Education and Skills" or "SEND & Inclusion Lead" one.
     */
    static List<String> leads(String text) {
        List<String> leads = new ArrayList<>();
        for (String listed : LEAD_LIST.split(text)) {
            if (listed.isBlank()) {
                continue;
            }
            List<String> joined = new ArrayList<>();
            for (String part : LEAD_JOINS.split(listed.strip())) {
                if (!part.isBlank()) {
                    joined.add(part.strip());
                }
            }
            if (joined.size() > 1 && joined.stream().allMatch(part -> PERSON.matcher(part).matches())) {
                leads.addAll(joined);
            } else {
                leads.add(listed.strip());
            }
        }
        return leads;
    }

    /**
     * @throws InvalidCommand (400, field {@code body}) when the page holds no priority with an action
     */
    public static TrackerPage parse(PageText page) {
        Reader reader = new Reader();
        for (String line : page.lines()) {
            if (!line.isEmpty()) {
                reader.read(line);
            }
        }
        TrackerPage parsed = reader.page();
        if (parsed.priorities().isEmpty() || parsed.actions().isEmpty()) {
            throw new InvalidCommand(PageText.FIELD, "No action plan was recognised on the page: expected \"Priority 1\" "
                    + "followed by lettered actions (\"a. ...\") with \"Lead:\" and review points "
                    + "(\"- December 2019 - Complete\").");
        }
        return parsed;
    }

    private static final class Reader {
        private String title;
        private final List<String> outline = new ArrayList<>();
        private final List<TrackerPage.Priority> priorities = new ArrayList<>();
        private final List<ActionDraft> actions = new ArrayList<>();
        private final List<String> unplaced = new ArrayList<>();
        private Mode mode = Mode.OUTLINE;
        private String priorityRef;
        private String priorityTitle;
        private StringBuilder vision;
        private String areaRef;
        private ActionDraft action;

        void read(String line) {
            Matcher priority = PRIORITY.matcher(line);
            if (priority.matches()) {
                closePriority();
                priorityRef = priority.group(1);
                areaRef = null;
                action = null;
                String rest = priority.group(2).strip();
                priorityTitle = rest.isEmpty() ? null : rest;
                mode = rest.isEmpty() ? Mode.PRIORITY_TITLE : Mode.PRIORITY;
                return;
            }
            if (title == null && mode == Mode.OUTLINE && !BULLET.matcher(line).matches()) {
                title = line;
                return;
            }
            if (priorityRef == null) {
                Matcher bullet = BULLET.matcher(line);
                outline.add(bullet.matches() ? bullet.group(1).strip() : line);
                return;
            }
            Matcher visionLine = VISION.matcher(line);
            if ((mode == Mode.PRIORITY || mode == Mode.PRIORITY_TITLE) && line.toLowerCase(Locale.ROOT).startsWith("vision")
                    && visionLine.matches()) {
                this.vision = new StringBuilder(visionLine.group(1).strip());
                mode = Mode.VISION;
                return;
            }
            Matcher area = SUB_AREA.matcher(line);
            if (area.matches() && area.group(1).equals(priorityRef)) {
                closePriority();
                areaRef = area.group(1) + "." + area.group(2);
                priorities.add(new TrackerPage.Priority(areaRef, priorityRef, area.group(3).strip(), null));
                action = null;
                mode = Mode.PRIORITY;
                return;
            }
            Matcher lettered = ACTION.matcher(line);
            if (lettered.matches()) {
                closePriority();
                String parent = areaRef != null ? areaRef : priorityRef;
                action = new ActionDraft(parent + "." + lettered.group(1), parent);
                action.description.add(new Part(lettered.group(2).strip(), false));
                actions.add(action);
                if (actions.size() > MAX_ACTIONS) {
                    throw new InvalidCommand(PageText.FIELD, "The page holds more than " + MAX_ACTIONS
                            + " actions; import it in parts.");
                }
                mode = Mode.DESCRIPTION;
                return;
            }
            if (action != null && readActionLine(line)) {
                return;
            }
            switch (mode) {
                case PRIORITY_TITLE -> {
                    priorityTitle = line;
                    mode = Mode.PRIORITY;
                }
                case VISION -> vision.append(vision.isEmpty() ? "" : " ").append(line);
                default -> unplaced.add(line);
            }
        }

        private boolean readActionLine(String line) {
            Matcher lead = LEAD.matcher(line);
            if (lead.matches()) {
                action.leadsText = lead.group(1).strip();
                action.leads.addAll(leads(action.leadsText));
                mode = Mode.REVIEW;
                return true;
            }
            Matcher impact = EVIDENCE_OF_IMPACT.matcher(line);
            if (impact.matches()) {
                action.evidenceOfImpact = new StringBuilder(impact.group(1).strip());
                mode = Mode.IMPACT;
                return true;
            }
            if (UPDATES.matcher(line).matches()) {
                mode = Mode.UPDATES;
                return true;
            }
            Matcher bullet = BULLET.matcher(line);
            String text = bullet.matches() ? bullet.group(1).strip() : line;
            Matcher dated = DATED.matcher(text);
            YearMonth month = bullet.matches() && dated.matches() ? month(dated) : null;
            switch (mode) {
                case DESCRIPTION -> action.description.add(new Part(text, bullet.matches()));
                case IMPACT -> {
                    if (month != null) {
                        mode = Mode.REVIEW;
                        return readActionLine(line);
                    }
                    if (bullet.matches()) {
                        action.evidence.add(text);
                    } else {
                        action.evidenceOfImpact.append(' ').append(text);
                    }
                }
                case REVIEW -> {
                    if (month != null) {
                        action.statuses.add(new TrackerPage.Status(dated.group(1) + " " + dated.group(2),
                                month.toString(), dated.group(3).strip()));
                    } else {
                        evidence(text);
                    }
                }
                case UPDATES -> {
                    if (month != null) {
                        List<Part> body = new ArrayList<>();
                        body.add(new Part(dated.group(3).strip(), false));
                        action.updates.add(new UpdateDraft(dated.group(1) + " " + dated.group(2), month.toString(), body));
                    } else if (!action.updates.isEmpty() && action.lastUpdateContinues() && !AS_ABOVE.matcher(text).matches()) {
                        action.updates.get(action.updates.size() - 1).body().add(new Part(text, true));
                    } else {
                        action.closedUpdates = true;
                        evidence(text);
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        private void evidence(String text) {
            if (AS_ABOVE.matcher(text).matches()) {
                action.evidenceNotes.add(text);
            } else {
                action.evidence.add(text);
            }
        }

        private static YearMonth month(Matcher dated) {
            Integer month = DateText.monthNumber(dated.group(1));
            int year = Integer.parseInt(dated.group(2));
            return month == null || year < 1900 || year > 2199 ? null : YearMonth.of(year, month);
        }

        /** A priority is added once its title and vision are known, before the first sub-area or action. */
        private void closePriority() {
            if (priorityRef != null && priorities.stream().noneMatch(p -> p.ref().equals(priorityRef))) {
                priorities.add(new TrackerPage.Priority(priorityRef, null,
                        priorityTitle == null ? "Priority " + priorityRef : priorityTitle,
                        vision == null || vision.isEmpty() ? null : vision.toString()));
                vision = null;
            }
        }

        TrackerPage page() {
            closePriority();
            ActionPlanKind kind = kind(title);
            return new TrackerPage(title, kind, List.copyOf(outline),
                    List.copyOf(priorities),
                    actions.stream().map(ActionDraft::toAction).toList(), List.copyOf(unplaced));
        }

        private static ActionPlanKind kind(String title) {
            String words = title == null ? "" : title.toLowerCase(Locale.ROOT);
            if (words.contains("accelerated progress plan")) {
                return ActionPlanKind.ACCELERATED_PROGRESS_PLAN;
            }
            if (words.contains("priority action plan")) {
                return ActionPlanKind.PRIORITY_ACTION_PLAN;
            }
            if (words.contains("written statement of action") || words.contains("wsoa")) {
                return ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION;
            }
            return ActionPlanKind.IMPROVEMENT_PLAN;
        }
    }

    private record Part(String text, boolean bullet) {
    }

    private record UpdateDraft(String dateText, String date, List<Part> body) {
    }

    private static final class ActionDraft {
        private final String ref;
        private final String priorityRef;
        private final List<Part> description = new ArrayList<>();
        private final List<String> leads = new ArrayList<>();
        private String leadsText;
        private StringBuilder evidenceOfImpact;
        private final List<TrackerPage.Status> statuses = new ArrayList<>();
        private final List<UpdateDraft> updates = new ArrayList<>();
        private final List<String> evidence = new ArrayList<>();
        private final List<String> evidenceNotes = new ArrayList<>();
        private boolean closedUpdates;

        ActionDraft(String ref, String priorityRef) {
            this.ref = ref;
            this.priorityRef = priorityRef;
        }

        boolean lastUpdateContinues() {
            if (closedUpdates) {
                return false;
            }
            List<Part> body = updates.get(updates.size() - 1).body();
            Part last = body.get(body.size() - 1);
            return last.bullet() || last.text().endsWith(":");
        }

        TrackerPage.Action toAction() {
            return new TrackerPage.Action(ref, priorityRef, joined(description), List.copyOf(leads), leadsText,
                    evidenceOfImpact == null ? null : evidenceOfImpact.toString(), List.copyOf(statuses),
                    updates.stream().map(u -> new TrackerPage.Update(u.dateText(), u.date(), joined(u.body()))).toList(),
                    List.copyOf(evidence), List.copyOf(evidenceNotes));
        }
    }

    /** "Needs to include:" and the bullets after it read as one sentence: "... include: a; b; c". */
    private static String joined(List<Part> parts) {
        StringBuilder text = new StringBuilder();
        Part previous = null;
        for (Part part : parts) {
            if (part.text().isEmpty()) {
                continue;
            }
            if (previous != null) {
                if (part.bullet() && previous.bullet()) {
                    text.append("; ");
                } else if (".!?:;".indexOf(text.charAt(text.length() - 1)) >= 0) {
                    text.append(' ');
                } else {
                    text.append(". ");
                }
            }
            text.append(part.text());
            previous = part;
        }
        return text.toString();
    }
}
