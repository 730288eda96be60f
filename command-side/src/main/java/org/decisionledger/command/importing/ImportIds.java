package org.decisionledger.command.importing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Identifiers derived from what a record is, so the same record imported again names the same
 * aggregate: a decision by its council and its reference, or without one by its title and date of
 * decision; a delegation by its decision and resolution; a plan by its council and title.
 */
final class ImportIds {

    private ImportIds() {
    }

    static String decision(String authorityId, ModernGovRecord record) {
        String key = record.reference() != null
                ? "reference:" + plain(record.reference())
                : "title:" + plain(record.title()) + "|" + (record.dateOfDecision() == null || record.dateOfDecision().day() == null
                        ? "undated" : record.dateOfDecision().day().toString());
        return named("decision/" + authorityId + "/" + key);
    }

    static String decisionTitled(String authorityId, String title, String date) {
        return named("decision/" + authorityId + "/title:" + plain(title) + "|" + date);
    }

    static String delegation(String decisionId, String resolution) {
        return named("delegation/" + decisionId + "/" + plain(resolution));
    }

    static String plan(String authorityId, String title) {
        return named("action-plan/" + authorityId + "/" + plain(title));
    }

    private static String named(String key) {
        return UUID.nameUUIDFromBytes(("decision-ledger/import/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String plain(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
