package org.decisionledger.query.common;

import org.decisionledger.kernel.common.UnknownResource;

/** A read of something the register does not hold. */
public class NotFoundInRegister extends UnknownResource {

    public NotFoundInRegister(String what, String id) {
        super("NOT_FOUND", what + " " + id + " is not in the register.");
    }
}
