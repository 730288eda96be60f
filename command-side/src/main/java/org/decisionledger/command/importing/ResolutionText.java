package org.decisionledger.command.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.decisionledger.kernel.decision.Resolution;

/**
 * Reads the decision text of a record: what comes before it (a statement, a quotation), the reasons
 * ("Reasons for the Decision – ..."), and the resolutions with their labels as published: lettered
 * {@code (a)}, numbered {@code 1.}, and roman sub-items {@code (i)} under the resolution before them.
 * An unlabelled paragraph after a resolution belongs to it. Delegations the resolutions word plainly
 * are recognised.
 */
final class ResolutionText {

    private static final Pattern DECISION_HEADING =
            Pattern.compile("(?i)^(?:decisions?|resolutions?)\\s*(?:[–—:-]+\\s*|$)(.*)$");
    private static final Pattern RESOLVED = Pattern.compile("(?i)^resolved\\b[\\s–—:-]*(.*)$");
    private static final Pattern REASONS_MARKER = Pattern.compile(
            "(?i)^reasons?\\s+for\\s+(?:the\\s+)?decisions?\\s*(?:[–—:-]+\\s*|$)(.*)$");
    private static final Pattern LABELLED = Pattern.compile("^(\\(([a-z]{1,2}|[ivx]{1,6}|\\d{1,2})\\)|([a-z]|[ivx]{1,6}|\\d{1,2})[.)])\\s*(.*)$");
    private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
            "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};

    /** What the decision text holds. */
    record Read(String statement, String reasons, List<Resolution> resolutions, List<RecognisedDelegation> delegations) {
    }

    private ResolutionText() {
    }

    static Read read(List<String> block) {
        List<String> statement = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        boolean inReasons = false;
        boolean inResolutions = false;
        for (String line : block) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher reasonsMarker = REASONS_MARKER.matcher(line);
            if (reasonsMarker.matches()) {
                inReasons = true;
                inResolutions = false;
                if (!reasonsMarker.group(1).isBlank()) {
                    reasons.add(reasonsMarker.group(1).strip());
                }
                continue;
            }
            Matcher heading = DECISION_HEADING.matcher(line);
            if (heading.matches() && items.isEmpty()) {
                inReasons = false;
                inResolutions = true;
                if (!heading.group(1).isBlank()) {
                    place(items, heading.group(1).strip());
                }
                continue;
            }
            Matcher resolved = RESOLVED.matcher(line);
            if (resolved.matches()) {
                inReasons = false;
                inResolutions = true;
                if (!resolved.group(1).isBlank()) {
                    items.add(new Item(null, line));
                }
                continue;
            }
            if (LABELLED.matcher(line).matches()) {
                inReasons = false;
                inResolutions = true;
                place(items, line);
                continue;
            }
            if (inResolutions) {
                if (items.isEmpty()) {
                    items.add(new Item(null, line));
                } else {
                    items.get(items.size() - 1).deepest().append(line);
                }
            } else if (inReasons) {
                reasons.add(line);
            } else {
                statement.add(line);
            }
        }
        if (items.isEmpty() && !statement.isEmpty() && reasons.isEmpty()) {
            items.add(new Item(null, String.join("\n", statement)));
            statement.clear();
        }
        List<Resolution> resolutions = items.stream().map(Item::toResolution).toList();
        return new Read(joined(statement), joined(reasons), resolutions, Delegations.in(resolutions));
    }

    private static void place(List<Item> items, String line) {
        Matcher labelled = LABELLED.matcher(line);
        if (!labelled.matches()) {
            if (items.isEmpty()) {
                items.add(new Item(null, line));
            } else {
                items.get(items.size() - 1).deepest().append(line);
            }
            return;
        }
        String label = labelled.group(1);
        String token = (labelled.group(2) != null ? labelled.group(2) : labelled.group(3)).toLowerCase(Locale.ROOT);
        String text = labelled.group(4).strip();
        Item current = items.isEmpty() ? null : items.get(items.size() - 1);
        if (current != null && "ii".equals(token) && "i".equals(current.token()) && current.subItems.isEmpty()
                && items.size() > 1) {
            // "(h) ... (i) ... (ii)": the (i) read as the next letter was the first sub-item of (h)
            items.remove(items.size() - 1);
            Item parent = items.get(items.size() - 1);
            parent.subItems.add(current);
            current = parent;
        }
        if (current != null && isSubItem(current, token)) {
            current.subItems.add(new Item(label, text));
        } else {
            items.add(new Item(label, text));
        }
    }

    /** A roman numeral next in its resolution's sequence, unless it is also the next letter: (h) then (i) is a letter. */
    private static boolean isSubItem(Item current, String token) {
        if (current.label == null) {
            return false;
        }
        String expected = current.subItems.isEmpty() ? "i" : nextRoman(current.subItems.get(current.subItems.size() - 1));
        if (!token.equals(expected)) {
            return false;
        }
        String currentToken = current.token();
        boolean nextLetter = currentToken.length() == 1 && Character.isLetter(currentToken.charAt(0))
                && token.length() == 1 && token.charAt(0) == currentToken.charAt(0) + 1;
        return !nextLetter || !current.subItems.isEmpty();
    }

    private static String nextRoman(Item last) {
        String token = last.token();
        for (int i = 0; i < ROMAN.length - 1; i++) {
            if (ROMAN[i].equals(token)) {
                return ROMAN[i + 1];
            }
        }
        return "";
    }

    private static String joined(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static final class Item {
        private final String label;
        private final StringBuilder text;
        private final List<Item> subItems = new ArrayList<>();

        Item(String label, String text) {
            this.label = label;
            this.text = new StringBuilder(text);
        }

        String token() {
            return label == null ? "" : label.replaceAll("[().\\s]", "").toLowerCase(Locale.ROOT);
        }

        Item deepest() {
            return subItems.isEmpty() ? this : subItems.get(subItems.size() - 1);
        }

        void append(String line) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line);
        }

        Resolution toResolution() {
            return new Resolution(label, text.toString().strip(), subItems.stream().map(Item::toResolution).toList());
        }
    }
}
