package org.decisionledger.command.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.decisionledger.kernel.common.InvalidCommand;

/**
 * Reads ModernGov pages as councils publish them: decision details, listings holding several
 * decision records one after another, and forward-plan issue pages. Fields are found by their
 * labels wherever they are on the page, in any order and any case; lines that are no field are
 * page noise, a title, or the text of the section above them. A field already seen that appears
 * again starts the next record. Nothing is guessed: a field the page does not show stays null.
 */
public final class ModernGovParser {

    /** More records than this on one page is not a page a council publishes. */
    static final int MAX_RECORDS = 500;
    /** A heading without a colon counts only when it is this long: "Decisions" alone is page navigation. */
    private static final int HEADING_WITHOUT_COLON = 12;

    enum Field {
        DECISION_MAKER(false, "decision maker", "decision taker"),
        STATUS(false, "decision status", "status of decision"),
        KEY(false, "is key decision", "is this a key decision", "key decision"),
        DECISION_TYPE(false, "decision type"),
        REASON_KEY(false, "reason key", "reasons key", "key decision reason", "reason for key decision"),
        CALL_IN(false, "is subject to call in", "is subject to call-in", "subject to call in", "subject to call-in",
                "is callable in"),
        PURPOSE(true, "purpose", "purpose of report"),
        DECISION(true, "decisions", "decision", "decision made", "resolved", "resolution"),
        PROPOSED(true, "proposed decision"),
        REASONS(true, "reasons for the decision", "reason for the decision", "reasons for decision",
                "reason for decision", "reasons for the decisions"),
        ALTERNATIVES(true, "alternative options considered", "alternative options considered and rejected",
                "alternatives considered", "alternatives considered and rejected", "alternative options",
                "options (other options considered but discarded)", "options considered", "other options considered"),
        CONFLICTS(false, "details of any conflict of interest declared", "details of any conflicts of interest declared",
                "conflicts of interest", "conflict of interest", "interests declared"),
        DISPENSATIONS(false, "dispensations granted", "details of any dispensations granted", "dispensations"),
        BACKGROUND(true, "background"),
        REPORT_AUTHOR(false, "report author", "report authors"),
        PUBLICATION_DATE(false, "publication date", "date of publication", "published"),
        DATE_OF_DECISION(false, "date of decision", "decision date", "date decision taken"),
        MEETING(false, "decided at meeting", "meeting"),
        EFFECTIVE_FROM(false, "effective from", "date effective", "takes effect from"),
        FIRST_PUBLISHED(false, "notice of proposed decision first published", "notice first published",
                "first published", "date first published"),
        DUE(false, "decision due", "decision due date", "due date", "date of decision due"),
        DUE_REASON(false, "reason"),
        WARDS(false, "division affected", "divisions affected", "electoral divisions affected", "wards affected",
                "ward affected", "wards"),
        LEAD_MEMBER(false, "lead member", "lead members", "lead cabinet member", "portfolio holder"),
        LEAD_DIRECTOR(false, "lead director", "lead directors"),
        LEAD_OFFICER(false, "lead officer", "lead officers"),
        DEPARTMENT(false, "department", "directorate", "service area"),
        CONTACT(false, "contact", "contact officer", "contact details"),
        URGENCY(false, "urgent item", "urgent", "urgent decision", "reason for urgency", "reasons for urgency",
                "urgency", "special urgency"),
        GENERAL_EXCEPTION(false, "general exception", "general exception notice", "reason for general exception",
                "reasons for general exception"),
        DOCUMENTS(true, "accompanying documents", "supporting documents", "background documents", "background papers",
                "attachments", "documents");

        final boolean block;
        final List<String> labels;

        Field(boolean block, String... labels) {
            this.block = block;
            this.labels = List.of(labels);
        }
    }

    private record Label(Field field, String text) {
    }

    /** Longest first, so "decision status" wins over "decision". */
    private static final List<Label> LABELS = labels();
    private static final Pattern IMPLICATION = Pattern.compile("(?i)^([a-z][a-z ,&/-]{0,60}?)\\s+implications\\s*:\\s*(.*)$");
    private static final Pattern REFERENCE_TITLE = Pattern.compile("^(\\d{1,4}/\\d{1,6}|[A-Z]{1,6}[ /-]?\\d{1,6}(?:/\\d{1,6})?)\\s*[-–—:]\\s+(.+)$");
    private static final Pattern DUE_BY = Pattern.compile("(?i)\\s+by\\s+(.{1,300})$");
    private static final Pattern BULLET = Pattern.compile("^[•·●▪◦*-]\\s*");
    private static final Set<String> NOISE = Set.of("decision details", "issue details", "issue", "issue - meetings",
            "agenda item", "decisions", "agenda items", "documents", "details", "print", "print this page",
            "restricted enclosure", "view the reasons why document 1 is restricted");
    private static final Set<String> RECORD_HEADINGS = Set.of("decision details", "issue details");
    private static final Pattern URGENCY_WORDS = Pattern.compile(
            "(?i)\\b(special urgency|urgency procedures?|urgency provisions?|urgent decision|matter of urgency|"
                    + "reasons? for urgency|urgent item|urgency rules?)\\b");
    private static final Pattern GENERAL_EXCEPTION_WORDS = Pattern.compile("(?i)\\bgeneral exception\\b");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)^(no|n|none|not applicable|n/a|false)\\b.*");

    private ModernGovParser() {
    }

    /**
     * @throws InvalidCommand (400, field {@code body}) when the page holds no recognisable record, or
     *                        more than {@link #MAX_RECORDS}
     */
    public static List<ModernGovRecord> parse(PageText page) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = new Draft();
        List<String> pending = new ArrayList<>();
        for (String line : page.lines()) {
            if (line.isEmpty()) {
                continue;
            }
            String plain = BULLET.matcher(line).replaceFirst("");
            if (RECORD_HEADINGS.contains(plain.toLowerCase(Locale.ROOT)) && current.hasFields()) {
                current = next(drafts, current);
                pending.clear();
                continue;
            }
            Matched matched = match(plain);
            if (matched == null) {
                if (current.open != null) {
                    current.block(current.open).add(line);
                    current.lastTextInBlock = true;
                } else {
                    pending.add(line);
                    current.lastTextInBlock = false;
                }
                current.lastText = line;
                current.procedureWords(plain);
                continue;
            }
            if (current.repeats(matched.field())) {
                String title = current.takeLastText();
                current = next(drafts, current);
                pending.clear();
                if (title != null) {
                    pending.add(title);
                }
            }
            if (current.title == null && !current.hasFields()) {
                current.title = title(pending);
            }
            pending.clear();
            current.set(matched);
            current.procedureWords(plain);
            if (drafts.size() > MAX_RECORDS) {
                throw new InvalidCommand(PageText.FIELD, "The page holds more than " + MAX_RECORDS
                        + " records; import it in parts.");
            }
        }
        next(drafts, current);
        List<ModernGovRecord> records = drafts.stream().filter(Draft::recognisable).map(Draft::toRecord).toList();
        if (records.isEmpty()) {
            throw new InvalidCommand(PageText.FIELD, "No decision record or forward-plan item was recognised on the "
                    + "page: expected a title followed by fields such as \"Decision Maker:\", \"Date of decision:\", "
                    + "\"Proposed decision:\" or \"Decision due:\".");
        }
        if (records.size() > MAX_RECORDS) {
            throw new InvalidCommand(PageText.FIELD, "The page holds more than " + MAX_RECORDS
                    + " records; import it in parts.");
        }
        return records;
    }

    private static Draft next(List<Draft> drafts, Draft current) {
        if (current.hasFields()) {
            drafts.add(current);
        }
        return new Draft();
    }

    private static String title(List<String> pending) {
        for (int i = pending.size() - 1; i >= 0; i--) {
            String candidate = BULLET.matcher(pending.get(i)).replaceFirst("").strip();
            if (!candidate.isEmpty() && !NOISE.contains(candidate.toLowerCase(Locale.ROOT))
                    && candidate.length() <= 500) {
                return candidate;
            }
        }
        return null;
    }

    private record Matched(Field field, String value, String implication) {
    }

    private static Matched match(String line) {
        for (Label label : LABELS) {
            int length = label.text().length();
            if (line.length() >= length && line.regionMatches(true, 0, label.text(), 0, length)) {
                String rest = line.substring(length).stripLeading();
                if (rest.startsWith("?")) {
                    rest = rest.substring(1).stripLeading();
                }
                if (rest.startsWith(":")) {
                    return new Matched(label.field(), rest.substring(1).strip(), null);
                }
                if (rest.isEmpty() && label.field().block && length >= HEADING_WITHOUT_COLON) {
                    return new Matched(label.field(), "", null);
                }
            }
        }
        int colon = line.indexOf(':');
        if (colon > 0 && colon <= 80) {
            Matcher implication = IMPLICATION.matcher(line.substring(0, colon + 1));
            if (implication.matches()) {
                return new Matched(null, line.substring(colon + 1).strip(), implication.group(1).strip());
            }
        }
        return null;
    }

    private static List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        for (Field field : Field.values()) {
            field.labels.forEach(text -> labels.add(new Label(field, text)));
        }
        labels.sort(Comparator.comparingInt((Label label) -> label.text().length()).reversed());
        return List.copyOf(labels);
    }

    /** A record as it is read, field by field. */
    private static final class Draft {
        private String title;
        private final Map<Field, String> values = new EnumMap<>(Field.class);
        private final Map<Field, List<String>> blocks = new EnumMap<>(Field.class);
        private final Map<String, String> implications = new LinkedHashMap<>();
        private final List<String> procedureNotes = new ArrayList<>();
        private final Set<ImportFlag> flags = EnumSet.noneOf(ImportFlag.class);
        private Field open;
        private String lastText;
        private boolean lastTextInBlock;

        boolean hasFields() {
            return !values.isEmpty() || !blocks.isEmpty() || !implications.isEmpty();
        }

        boolean repeats(Field field) {
            if (field == null || field == Field.DOCUMENTS || field == Field.DUE_REASON || field == Field.URGENCY
                    || field == Field.GENERAL_EXCEPTION) {
                return false;
            }
            return values.containsKey(field) || blocks.containsKey(field);
        }

        List<String> block(Field field) {
            return blocks.computeIfAbsent(field, key -> new ArrayList<>());
        }

        /** The last line of text, taken back from wherever it went: it is the next record's title. */
        String takeLastText() {
            if (lastText == null) {
                return null;
            }
            if (lastTextInBlock && open != null) {
                List<String> block = blocks.get(open);
                if (block != null && !block.isEmpty() && block.get(block.size() - 1).equals(lastText)) {
                    block.remove(block.size() - 1);
                }
            }
            return lastText;
        }

        void set(Matched matched) {
            lastText = null;
            if (matched.field() == null) {
                implications.put(matched.implication(), matched.value());
                open = null;
                return;
            }
            Field field = matched.field();
            if (field.block) {
                open = field;
                List<String> block = block(field);
                if (!matched.value().isEmpty()) {
                    block.add(matched.value());
                }
                return;
            }
            open = null;
            values.putIfAbsent(field, matched.value());
        }

        void procedureWords(String line) {
            Matched matched = match(line);
            if (matched != null && (matched.field() == Field.URGENCY || matched.field() == Field.GENERAL_EXCEPTION)) {
                if (matched.value().isEmpty() || NEGATIVE.matcher(matched.value()).matches()) {
                    return;
                }
                flags.add(matched.field() == Field.URGENCY ? ImportFlag.URGENCY_PROCEDURE : ImportFlag.GENERAL_EXCEPTION);
                procedureNotes.add(line);
                return;
            }
            boolean urgency = URGENCY_WORDS.matcher(line).find();
            boolean exception = GENERAL_EXCEPTION_WORDS.matcher(line).find();
            if (urgency) {
                flags.add(ImportFlag.URGENCY_PROCEDURE);
            }
            if (exception) {
                flags.add(ImportFlag.GENERAL_EXCEPTION);
            }
            if (urgency || exception) {
                procedureNotes.add(line);
            }
        }

        boolean recognisable() {
            boolean recordField = values.containsKey(Field.DECISION_MAKER) || values.containsKey(Field.STATUS)
                    || values.containsKey(Field.DATE_OF_DECISION) || values.containsKey(Field.PUBLICATION_DATE)
                    || values.containsKey(Field.EFFECTIVE_FROM) || values.containsKey(Field.FIRST_PUBLISHED)
                    || values.containsKey(Field.DUE) || blocks.containsKey(Field.PROPOSED)
                    || values.containsKey(Field.KEY) || values.containsKey(Field.DECISION_TYPE);
            return recordField && (title != null || values.containsKey(Field.DECISION_MAKER));
        }

        ModernGovRecord toRecord() {
            String reference = null;
            String heading = title;
            if (heading != null) {
                Matcher referenced = REFERENCE_TITLE.matcher(heading);
                if (referenced.matches()) {
                    reference = referenced.group(1);
                    heading = referenced.group(2).strip();
                }
            }
            PublishedDate publication = date(Field.PUBLICATION_DATE);
            PublishedDate decided = date(Field.DATE_OF_DECISION);
            PublishedDate effective = date(Field.EFFECTIVE_FROM);
            PublishedDate firstPublished = date(Field.FIRST_PUBLISHED);
            String dueText = values.get(Field.DUE);
            String dueBy = null;
            if (dueText != null) {
                Matcher by = DUE_BY.matcher(dueText);
                if (by.find()) {
                    dueBy = by.group(1).strip();
                }
            }
            PublishedDate due = date(Field.DUE);
            if (due != null && due.monthOnly()) {
                flags.add(ImportFlag.MONTH_PRECISION_DUE_DATE);
            }
            boolean notBefore = dueText != null && dueText.toLowerCase(Locale.ROOT).startsWith("not before");

            String keyText = values.get(Field.KEY);
            Boolean key = yesNo(keyText);
            String decisionType = values.get(Field.DECISION_TYPE);
            if (keyText == null && decisionType != null) {
                keyText = decisionType;
                String type = decisionType.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
                key = type.startsWith("nonkey") || type.startsWith("notkey") ? Boolean.FALSE
                        : type.startsWith("key") ? Boolean.TRUE : null;
                if (key == null) {
                    flags.add(ImportFlag.UNREADABLE_YES_NO);
                }
            }
            String callInText = values.get(Field.CALL_IN);
            Boolean callIn = yesNo(callInText);

            if (publication != null && decided != null && publication.day() != null && decided.day() != null
                    && publication.day().isBefore(decided.day())) {
                flags.add(ImportFlag.PUBLICATION_BEFORE_DECISION);
            }
            if (publication != null && effective != null && publication.day() != null && effective.day() != null
                    && effective.day().isBefore(publication.day())) {
                flags.add(ImportFlag.EFFECTIVE_BEFORE_PUBLICATION);
            }
            String status = values.get(Field.STATUS);
            DecisionOutcome outcome = DecisionOutcome.of(status);
            boolean forwardPlan = (blocks.containsKey(Field.PROPOSED) || firstPublished != null || dueText != null)
                    && decided == null && publication == null;
            if (!forwardPlan && decided == null
                    && (outcome == DecisionOutcome.APPROVED || outcome == DecisionOutcome.REJECTED)) {
                flags.add(ImportFlag.DECIDED_WITHOUT_DATE);
            }
            if (forwardPlan && outcome == DecisionOutcome.APPROVED) {
                flags.add(ImportFlag.DECIDED_WITHOUT_DATE);
            }
            if (key == null) {
                flags.add(ImportFlag.KEY_DECISION_NOT_SHOWN);
            }
            String decisionMaker = values.get(Field.DECISION_MAKER);
            if (decisionMaker == null && dueBy != null) {
                decisionMaker = dueBy;
            }
            if (decisionMaker == null || decisionMaker.isBlank()) {
                flags.add(ImportFlag.DECISION_MAKER_NOT_SHOWN);
            }
            if (!forwardPlan && callIn == null && publication != null) {
                flags.add(ImportFlag.CALL_IN_NOT_SHOWN);
            }
            List<String> decisionBlock = blocks.getOrDefault(Field.DECISION, List.of());
            ResolutionText.Read read = ResolutionText.read(decisionBlock);
            String reasons = text(Field.REASONS);
            if (reasons == null) {
                reasons = read.reasons();
            }
            Map<String, String> other = new LinkedHashMap<>();
            putText(other, "background", Field.BACKGROUND);
            putText(other, "documents", Field.DOCUMENTS);
            String meeting = values.get(Field.MEETING);
            return new ModernGovRecord(
                    forwardPlan ? ModernGovRecord.FORWARD_PLAN : ModernGovRecord.DECISION_RECORD,
                    reference, heading, blankToNull(decisionMaker), status, outcome,
                    keyText, key, list(values.get(Field.REASON_KEY)), callInText, callIn,
                    text(Field.PURPOSE), text(Field.PROPOSED), decisionBlock.isEmpty() ? null : String.join("\n", decisionBlock),
                    read.statement(), read.resolutions(), read.delegations(), reasons, text(Field.ALTERNATIVES),
                    values.get(Field.CONFLICTS), values.get(Field.DISPENSATIONS), values.get(Field.REPORT_AUTHOR),
                    meeting, publication, decided, effective, firstPublished, due, dueBy, notBefore,
                    values.get(Field.DUE_REASON), list(values.get(Field.WARDS)), values.get(Field.LEAD_MEMBER),
                    values.get(Field.LEAD_DIRECTOR), values.get(Field.LEAD_OFFICER), values.get(Field.DEPARTMENT),
                    values.get(Field.CONTACT), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(implications)), other, List.copyOf(procedureNotes),
                    Set.copyOf(flags));
        }

        private void putText(Map<String, String> into, String name, Field field) {
            String text = text(field);
            if (text != null) {
                into.put(name, text);
            }
        }

        private String text(Field field) {
            List<String> block = blocks.get(field);
            return block == null || block.isEmpty() ? null : String.join("\n", block);
        }

        private PublishedDate date(Field field) {
            PublishedDate date = DateText.read(values.get(field));
            if (date != null && !date.readable()) {
                flags.add(ImportFlag.UNREADABLE_DATE);
            }
            if (date != null && date.monthOnly() && field != Field.DUE) {
                flags.add(ImportFlag.UNREADABLE_DATE);
            }
            return date;
        }

        private Boolean yesNo(String text) {
            if (text == null) {
                return null;
            }
            String word = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z].*$", "");
            return switch (word) {
                case "yes", "y", "true" -> Boolean.TRUE;
                case "no", "n", "false" -> Boolean.FALSE;
                default -> {
                    flags.add(ImportFlag.UNREADABLE_YES_NO);
                    yield null;
                }
            };
        }

        private static List<String> list(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : text.split(";")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return List.copyOf(items);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
