package org.decisionledger.command.importing;

/**
 * What became of one command an import would send: {@code recorded}; {@code already-recorded} (the
 * ledger holds the fact, so nothing was sent); {@code refused} with the ledger's code (the page says
 * something the ledger's rules do not accept, or that differs from what it holds); {@code planned}
 * in a dry run.
 */
public record ImportStep(String command, String target, String outcome, String code, String message) {

    public static final String RECORDED = "recorded";
    public static final String ALREADY_RECORDED = "already-recorded";
    public static final String REFUSED = "refused";
    public static final String PLANNED = "planned";

    static ImportStep of(String command, String target, String outcome) {
        return new ImportStep(command, target, outcome, null, null);
    }
}
