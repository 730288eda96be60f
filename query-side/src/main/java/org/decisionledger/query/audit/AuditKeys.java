package org.decisionledger.query.audit;

/**
 * The metadata keys the service stamps on every event (set by the app's audit interceptor and
 * correlation data providers from the signed-in principal, never from a request body).
 */
final class AuditKeys {

    static final String ACTOR = "actor";
    static final String ACTOR_NAME = "actorName";
    static final String ROLES = "roles";
    static final String REQUEST_ID = "requestId";
    static final String CLIENT_ADDRESS = "clientAddress";
    static final String COMMAND = "command";
    static final String CORRELATION_ID = "correlationId";
    static final String CAUSATION_ID = "causationId";

    private AuditKeys() {
    }
}
