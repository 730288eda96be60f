package org.decisionledger.command.importing;

/**
 * The metadata an import puts on every command it sends, carried onto the events (the assembly's
 * audit metadata lists the same keys), so each imported fact names its import and its source text.
 */
public final class ImportMetadata {

    public static final String IMPORT_ID = "importId";
    /** SHA-256 of the page's bytes as sent, lower-case hex. */
    public static final String SOURCE_HASH = "sourceHash";
    /**
     * Where the facts a page does not state were taken from (an address), on a command that carries
     * such facts; {@link #SUPPLEMENTED_FACTS} names them, comma-separated, by the command's field names.
     */
    public static final String SUPPLEMENTED_FROM = "supplementedFrom";
    public static final String SUPPLEMENTED_FACTS = "supplementedFacts";

    private ImportMetadata() {
    }
}
