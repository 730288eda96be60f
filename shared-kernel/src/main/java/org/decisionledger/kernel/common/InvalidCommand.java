package org.decisionledger.kernel.common;

/** A field is invalid in a way that needs the aggregate's state to see (for example a date before another). */
public class InvalidCommand extends DomainException {

    private final String field;

    public InvalidCommand(String field, String message) {
        super("VALIDATION_FAILED", Kind.INVALID, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
