package org.decisionledger.app.audit;

import static org.decisionledger.kernel.common.MetadataKeys.ACTOR;
import static org.decisionledger.kernel.common.MetadataKeys.ACTOR_NAME;
import static org.decisionledger.kernel.common.MetadataKeys.CLIENT_ADDRESS;
import static org.decisionledger.kernel.common.MetadataKeys.COMMAND;
import static org.decisionledger.kernel.common.MetadataKeys.REQUEST_ID;
import static org.decisionledger.kernel.common.MetadataKeys.ROLES;

import java.util.List;

/**
 * What the assembly adds to the published metadata keys ({@link org.decisionledger.kernel.common.MetadataKeys}):
 * the import keys, the system actor, and which keys travel from a command onto its events.
 */
public final class AuditMetadata {

    /** The import that sent the command, and the SHA-256 of the page it read (command-side importing names them). */
    public static final String IMPORT_ID = "importId";
    public static final String SOURCE_HASH = "sourceHash";
    /** Where a command's facts that its page does not state came from, and which they are. */
    public static final String SUPPLEMENTED_FROM = "supplementedFrom";
    public static final String SUPPLEMENTED_FACTS = "supplementedFacts";

    /** The actor named on events caused by deadlines and other processes rather than a person. */
    public static final String SYSTEM_ACTOR = "system";

    static final List<String> CARRIED_FROM_COMMAND =
            List.of(ACTOR, ACTOR_NAME, ROLES, REQUEST_ID, CLIENT_ADDRESS, COMMAND, IMPORT_ID, SOURCE_HASH,
                    SUPPLEMENTED_FROM, SUPPLEMENTED_FACTS);

    private AuditMetadata() {
    }
}
