package org.decisionledger.kernel.common;

/** A business rule refused the command; the code names the rule. */
public class RuleRefused extends DomainException {

    public RuleRefused(String code, String message) {
        super(code, Kind.REFUSED, message);
    }
}
