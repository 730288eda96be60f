package org.decisionledger.app.audit;

import java.util.List;

/** The metadata keys every command and every event it causes carries. Values are strings. */
public final class AuditMetadata {

    public static final String ACTOR = "actor";
    public static final String ACTOR_NAME = "actorName";
    public static final String ROLES = "roles";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_ADDRESS = "clientAddress";
    public static final String COMMAND = "command";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    /** The import that sent the command, and the SHA-256 of the page it read (command-side importing names them). */
    public static final String IMPORT_ID = "importId";
    public static final String SOURCE_HASH = "sourceHash";

    /** The actor named on events caused by deadlines and other processes rather than a person. */
    public static final String SYSTEM_ACTOR = "system";

    static final List<String> CARRIED_FROM_COMMAND =
            List.of(ACTOR, ACTOR_NAME, ROLES, REQUEST_ID, CLIENT_ADDRESS, COMMAND, IMPORT_ID, SOURCE_HASH);

    private AuditMetadata() {
    }
}
