package org.decisionledger.kernel.common;

/** The command or query names an aggregate that does not exist. */
public class UnknownResource extends DomainException {

    public UnknownResource(String code, String message) {
        super(code, Kind.NOT_FOUND, message);
    }
}
