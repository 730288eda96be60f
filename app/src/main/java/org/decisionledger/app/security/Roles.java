package org.decisionledger.app.security;

/** The roles of the HTTP contract. */
final class Roles {

    static final String OFFICER = "OFFICER";
    static final String SCRUTINY = "SCRUTINY";
    static final String AUDITOR = "AUDITOR";
    static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
