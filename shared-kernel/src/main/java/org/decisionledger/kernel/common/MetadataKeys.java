package org.decisionledger.kernel.common;

/**
 * The metadata keys on every stored event, part of the published language: the assembly stamps
 * them from the signed-in principal (never from a request body), the read side reports them.
 */
public final class MetadataKeys {

    public static final String ACTOR = "actor";
    public static final String ACTOR_NAME = "actorName";
    public static final String ROLES = "roles";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_ADDRESS = "clientAddress";
    public static final String COMMAND = "command";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private MetadataKeys() {
    }
}
