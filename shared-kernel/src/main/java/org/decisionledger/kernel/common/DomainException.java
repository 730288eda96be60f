package org.decisionledger.kernel.common;

/**
 * The one base class of every refusal the domain makes. The code is stable and published in the
 * HTTP contract; the message is for people and may change.
 */
public abstract class DomainException extends RuntimeException {

    /** How the edge should present the refusal; the domain does not know about HTTP. */
    public enum Kind {
        /** A business rule refused the command (HTTP 409). */
        REFUSED,
        /** The command names something that does not exist (HTTP 404). */
        NOT_FOUND,
        /** The command is malformed in a way only the domain can see (HTTP 400). */
        INVALID
    }

    private final String code;
    private final Kind kind;

    protected DomainException(String code, Kind kind, String message) {
        super(message, null, false, false);
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
