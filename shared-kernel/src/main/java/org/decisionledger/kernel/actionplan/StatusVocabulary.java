package org.decisionledger.kernel.actionplan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free-text statuses councils publish ("Complete", "complete", "In progress", "On track",
 * "Amber - delayed") as one vocabulary. The raw words are always kept beside the result; this only
 * says what they mean, so trackers from different councils can be counted alike.
 *
 * <p>The order of the checks matters: "not started" before "started", "not complete" before
 * "complete", and a finished action stays complete even when the words also mention a delay.
 */
public final class StatusVocabulary {

    private static final Pattern NOT_STARTED = words("not started", "not yet started", "yet to start",
            "yet to be started", "not begun", "to start");
    /** Any word of completion denied ("not achieved", "not yet fully delivered", "unfinished") is not complete. */
    private static final Pattern NOT_COMPLETE = Pattern.compile("\\b(not (yet )?(fully )?"
            + "(complete|completed|achieved|done|closed|finished|delivered|met)"
            + "|incomplete|unfinished|unachieved|undelivered"
            + "|partially complete|partially completed|partly complete|partly completed)\\b");
    private static final Pattern COMPLETE = words("complete", "completed", "achieved", "done", "closed",
            "finished", "delivered");
    private static final Pattern DELAYED = words("delayed", "delay", "behind", "behind schedule", "off track",
            "not on track", "not on schedule",
            "overdue", "slipped", "slipping", "on hold", "stalled", "paused");
    private static final Pattern IN_PROGRESS = words("in progress", "progressing", "ongoing", "on going",
            "on track", "underway", "under way", "started", "in hand", "continuing", "at risk");
    private static final Pattern RAG = words("red", "amber", "green");

    private StatusVocabulary() {
    }

    public static NormalisedStatus normalise(String raw) {
        String text = plain(raw);
        Rag rag = firstRag(text);
        if (NOT_STARTED.matcher(text).find()) {
            return new NormalisedStatus(ActionStatus.NOT_STARTED, rag);
        }
        boolean partlyDone = NOT_COMPLETE.matcher(text).find();
        String rest = NOT_COMPLETE.matcher(text).replaceAll(" ");
        if (COMPLETE.matcher(rest).find()) {
            return new NormalisedStatus(ActionStatus.COMPLETE, rag);
        }
        if (DELAYED.matcher(rest).find()) {
            return new NormalisedStatus(ActionStatus.DELAYED, rag);
        }
        if (partlyDone || IN_PROGRESS.matcher(rest).find()) {
            return new NormalisedStatus(ActionStatus.IN_PROGRESS, rag);
        }
        if (rag != null) {
            return new NormalisedStatus(rag == Rag.RED ? ActionStatus.DELAYED : ActionStatus.IN_PROGRESS, rag);
        }
        return new NormalisedStatus(ActionStatus.UNKNOWN, null);
    }

    /** The first rating the words name: "Amber/Green" reads as amber. */
    private static Rag firstRag(String text) {
        Matcher matcher = RAG.matcher(text);
        return matcher.find() ? Rag.valueOf(matcher.group(1).toUpperCase(Locale.ROOT)) : null;
    }

    /** Lower case, letters only, single spaces: "In-Progress!" reads as "in progress". */
    private static String plain(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }

    private static Pattern words(String... phrases) {
        return Pattern.compile("\\b(" + String.join("|", phrases) + ")\\b");
    }
}
