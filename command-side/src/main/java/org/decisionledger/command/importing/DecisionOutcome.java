package org.decisionledger.command.importing;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a page's decision status words mean for the record: "Recommendations Approved" is taken and approved. */
public enum DecisionOutcome {
    APPROVED, REJECTED, DEFERRED, WITHDRAWN, PENDING, UNKNOWN;

    private static final Pattern REJECTED_WORDS = Pattern.compile("\\b(not approved|not agreed|rejected|refused)\\b");
    private static final Pattern WITHDRAWN_WORDS = Pattern.compile("\\b(withdrawn|abandoned|cancelled)\\b");
    private static final Pattern DEFERRED_WORDS = Pattern.compile("\\b(deferred|postponed)\\b");
    private static final Pattern APPROVED_WORDS =
            Pattern.compile("\\b(approved|agreed|implemented|made|decided|adopted|approve)\\b");
    /** Checked before approval: "Not decided" and "Decision not made" say no decision was taken. */
    private static final Pattern PENDING_WORDS = Pattern.compile("\\b(for determination|pending|for decision|awaiting"
            + "|not yet|undecided|no decision|not (been )?(made|decided|taken|adopted|implemented))\\b");

    static DecisionOutcome of(String status) {
        if (status == null || status.isBlank()) {
            return UNKNOWN;
        }
        String words = status.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
        if (REJECTED_WORDS.matcher(words).find()) {
            return REJECTED;
        }
        if (WITHDRAWN_WORDS.matcher(words).find()) {
            return WITHDRAWN;
        }
        if (DEFERRED_WORDS.matcher(words).find()) {
            return DEFERRED;
        }
        if (PENDING_WORDS.matcher(words).find()) {
            return PENDING;
        }
        if (APPROVED_WORDS.matcher(words).find()) {
            return APPROVED;
        }
        return UNKNOWN;
    }

    /** The status words in one spelling whatever their case: "recommendations approved" is RECOMMENDATIONS_APPROVED. */
    static String canonical(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String words = status.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
        words = words.replaceAll("^_+|_+$", "");
        return words.isEmpty() ? null : words;
    }
}
