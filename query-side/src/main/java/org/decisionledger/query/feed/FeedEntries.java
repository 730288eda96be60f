package org.decisionledger.query.feed;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.decisionledger.query.scrutiny.ScrutinyItemView;

/**
 * Says in a feed what the public pages say: a decision's step in the timeline's own words, with the
 * day it concerns, its council and who recorded it (as the decision's page shows); a scrutiny item
 * with its panel, meeting and requirements (its page does not name who recorded it, so neither does
 * the feed). Each entry links to the page it comes from.
 */
final class FeedEntries {

    /**
     * What a scrutiny panel follows of decisions: key decisions taken without the usual notice (a
     * general exception, of which its chair must be told, and special urgency, which its chair must
     * agree), windows opening, call-ins and what came of them, effects.
     */
    static final Set<String> SCRUTINY_KINDS = Set.of("GENERAL_EXCEPTION", "SPECIAL_URGENCY", "PUBLISHED",
            "CALL_IN_RAISED", "CALL_IN_REFUSED", "CALL_IN_OUTCOME", "RECONSIDERED", "TOOK_EFFECT");
    static final String SCRUTINY_ITEM = "SCRUTINY_ITEM_RECORDED";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("PROPOSED", "Proposed"),
            Map.entry("NOTICE_PUBLISHED", "Notice published"),
            Map.entry("NOTICE_REPUBLISHED", "Notice re-published"),
            Map.entry("GENERAL_EXCEPTION", "General exception"),
            Map.entry("SPECIAL_URGENCY", "Special urgency"),
            Map.entry("DECIDED", "Approved"),
            Map.entry("DECISION_REFUSED", "Early decision refused"),
            Map.entry("REJECTED", "Rejected"),
            Map.entry("DEFERRED", "Deferred"),
            Map.entry("WITHDRAWN", "Withdrawn"),
            Map.entry("PUBLISHED", "Published"),
            Map.entry("CALL_IN_RAISED", "Called in"),
            Map.entry("CALL_IN_REFUSED", "Call-in refused"),
            Map.entry("CALL_IN_OUTCOME", "Call-in outcome"),
            Map.entry("RECONSIDERED", "Reconsidered"),
            Map.entry("TOOK_EFFECT", "Took effect"),
            Map.entry(SCRUTINY_ITEM, "Scrutiny item"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String SEPARATOR = " · ";

    private FeedEntries() {
    }

    static AtomFeed.Entry step(FeedSteps.Step step) {
        String label = label(step.kind());
        StringBuilder summary = new StringBuilder();
        if (step.date() != null) {
            summary.append(DAY.format(step.date())).append(SEPARATOR);
        }
        summary.append(step.summary()).append(SEPARATOR).append(step.authorityId());
        if (step.actor() != null) {
            summary.append(SEPARATOR).append("recorded by ").append(step.actor());
        }
        return new AtomFeed.Entry(FeedIds.decisionStep(step.decisionId(), step.sequence()),
                label + (step.date() == null ? "" : ", " + DAY.format(step.date())) + ": " + step.decisionTitle(),
                step.recordedAt(), summary.toString(), "/decisions/" + step.decisionId(), step.kind(), label);
    }

    static AtomFeed.Entry scrutinyItem(ScrutinyItemView item) {
        StringBuilder summary = new StringBuilder(DAY.format(item.meetingDate())).append(SEPARATOR)
                .append(item.committee());
        if (item.itemNumber() != null) {
            summary.append(", item ").append(item.itemNumber());
        }
        summary.append(SEPARATOR).append(item.authorityId()).append(SEPARATOR)
                .append(item.findings().size() == 1 ? "1 finding" : item.findings().size() + " findings");
        if (!item.requirements().isEmpty()) {
            summary.append(SEPARATOR).append("requires: ").append(item.requirements().stream()
                    .map(requirement -> requirement.text()
                            + (requirement.dueBy() == null ? "" : " (due by " + DAY.format(requirement.dueBy()) + ")"))
                    .collect(Collectors.joining("; ")));
        }
        String label = label(SCRUTINY_ITEM);
        return new AtomFeed.Entry(FeedIds.scrutinyItem(item.id(), item.version()),
                label + ", " + DAY.format(item.meetingDate()) + ": " + item.title(), item.recordedAt(),
                summary.toString(), "/scrutiny-items/" + item.id(), SCRUTINY_ITEM, label);
    }

    /** A kind in words; one the timeline gains later reads as its name until it is given some. */
    static String label(String kind) {
        String label = LABELS.get(kind);
        if (label != null) {
            return label;
        }
        String words = kind.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
